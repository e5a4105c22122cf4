// The letters of a dropped file, read on a worker thread (main/workers/read-file.ts) within a time
// limit and a heap cap: a PDF from outside may be broken, or built to make pdf.js loop or swell, and the
// app's thread keeps answering meanwhile. Each failure comes back as the reason the item is unreadable.
import type { FileLetter } from './letters-in-file';
import type { UnreadableReason } from '../../shared/inbox/item';
import type { ReadFileMessage, ReadFileWork } from '../workers/read-file-messages';
import { runInWorker } from '../../db/workers/run-in-worker';

export interface ReadLimits {
  /** How long one file may take: a PDF's text layer well under a second, a scanned page's OCR seconds. */
  timeoutMs: number;
  /** The worker's heap; pdf.js reads a letter in a few tens of megabytes. */
  heapMb: number;
}

export const defaultReadLimits: ReadLimits = { timeoutMs: 120_000, heapMb: 256 };

export type WorkerRead = { ok: true; letters: FileLetter[] } | { ok: false; reason: UnreadableReason; message: string };

export function readFileInWorker(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits = defaultReadLimits,
): Promise<WorkerRead> {
  return new Promise((resolve) => {
    let answer: WorkerRead | null = null;
    const work: ReadFileWork = { name, bytes };
    const run = runInWorker<ReadFileMessage>(
      'read-file',
      work,
      (message) => {
        answer = message;
      },
      { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: Math.min(32, limits.heapMb) },
    );
    const timer = setTimeout(() => {
      answer = { ok: false, reason: 'timeout', message: `Reading took over ${limits.timeoutMs} ms` };
      run.stop();
    }, limits.timeoutMs);
    void run.done
      .then(
        () => resolve(answer ?? { ok: false, reason: 'broken', message: 'The reader ended without an answer' }),
        (error: unknown) => {
          const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
          resolve(
            answer ?? {
              ok: false,
              reason: outOfMemory ? 'tooLarge' : 'broken',
              message: error instanceof Error ? error.message : String(error),
            },
          );
        },
      )
      .finally(() => clearTimeout(timer));
  });
}
