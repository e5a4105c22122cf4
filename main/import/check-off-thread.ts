// The import's check (main/workers/import-check.ts) read from inside the import's transaction. A
// better-sqlite3 transaction cannot await, so this thread takes the worker's messages off their port
// directly (receiveMessageOnPort) and, when none is there yet, sleeps on a counter the worker bumps
// with each message (db/workers/wait-for-post.ts) — the check of the next rows runs while this thread writes.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { runInWorker } from '../../db/workers/run-in-worker';
import { waitForPost } from '../../db/workers/wait-for-post';
import type { ImportBook, OfficeKeys } from '../../shared/transfer/plan';
import type { ImportCheckMessage, ImportCheckWork } from '../workers/import-check-messages';

/** A check silent this long has died (its thread ran out of memory, say): the import fails and is taken back. */
const SILENCE_MS = 60_000;

export interface CheckRun {
  /** The worker's next message, waiting for it. */
  next(): ImportCheckMessage;
  /** Ends the worker, wherever it is. */
  stop(): void;
}

export function checkOffThread(book: ImportBook, office: OfficeKeys): CheckRun {
  const { port1, port2 } = new MessageChannel();
  const posted = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const counter = new Int32Array(posted);
  const work: ImportCheckWork = {
    book,
    idNumbers: [...office.idNumbers],
    fileNumbers: [...office.fileNumbers],
    port: port2,
    posted,
  };
  const run = runInWorker<never>('import-check', work, () => undefined, undefined, [port2]);
  // Stopped at the end of every import; a thread that fails shows here as a 'failed' message or silence.
  run.done.catch(() => undefined);
  return {
    next() {
      for (;;) {
        const seen = Atomics.load(counter, 0);
        const received = receiveMessageOnPort(port1);
        if (received) return received.message as ImportCheckMessage;
        if (!waitForPost(counter, seen, SILENCE_MS))
          throw new Error(`The import check posted nothing for ${SILENCE_MS / 1000} s`);
      }
    },
    stop() {
      run.stop();
      port1.close();
    },
  };
}
