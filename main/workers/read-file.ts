// Reads one file the office dropped in the inbox (a PDF's text layer, a scan by OCR, an e-mail's
// letters) on a thread of its own: the files come from outside, and a broken or hostile one must not
// stall or exhaust the app's thread. The app's side (main/inbox/read-in-worker.ts) bounds its time and
// memory.
import { parentPort, workerData } from 'node:worker_threads';
import { UnsupportedFileError } from '../inbox/file-text';
import { lettersIn, unreadableReason } from '../inbox/letters-in-file';
import type { ReadFileMessage, ReadFileWork } from './read-file-messages';

const { name, bytes } = workerData as ReadFileWork;
const post = (message: ReadFileMessage) => parentPort!.postMessage(message);
try {
  post({ ok: true, letters: await lettersIn(name, bytes) });
} catch (error) {
  post({
    ok: false,
    reason: error instanceof UnsupportedFileError ? 'unsupportedType' : unreadableReason(error),
    message: error instanceof Error ? error.message : String(error),
  });
}
