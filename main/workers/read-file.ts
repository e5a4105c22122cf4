// Reads one file the office dropped in the inbox (a PDF's text layer, an e-mail's PDFs) on a thread of
// its own: the files come from outside, and a broken or hostile one must not stall or exhaust the app's
// thread. The app's side (main/inbox/read-in-worker.ts) bounds its time and memory.
import { parentPort, workerData } from 'node:worker_threads';
import { UnsupportedFileError, fileText } from '../inbox/file-text';
import type { ReadFileMessage, ReadFileWork } from './read-file-messages';

const { name, bytes } = workerData as ReadFileWork;
const post = (message: ReadFileMessage) => parentPort!.postMessage(message);
try {
  post({ ok: true, ...(await fileText(name, bytes)) });
} catch (error) {
  post({
    ok: false,
    unsupported: error instanceof UnsupportedFileError,
    message: error instanceof Error ? error.message : String(error),
  });
}
