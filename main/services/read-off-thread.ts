// Read-only SQL on reader threads with connections of their own, for aggregates that take a large
// part of a second on a 100,000-client store (the dashboard's): the app's thread keeps answering
// meanwhile. In WAL mode a reader sees the last committed state without blocking writers. The threads
// stay up between requests (starting one costs more than the dashboard's smaller batch), two of them,
// so the dashboard's two batches run side by side; they do not keep the process alive while idle.
import type { ReadQuery } from '../../db/repositories/dashboard';
import { keyOf, type Connection } from '../../db/sqlite';
import { runInWorker, type WorkerRun } from '../../db/workers/run-in-worker';
import type { ReadReply, ReadRequest } from '../workers/read-queries-messages';

const READERS = 2;

interface Pending {
  request: ReadRequest;
  resolve(rows: unknown[][]): void;
  reject(error: Error): void;
}

interface Reader {
  run: WorkerRun<ReadRequest>;
  busy: Pending | null;
}

const readers: Reader[] = [];
const queue: Pending[] = [];
let nextId = 1;

function startReader(): Reader {
  const reader: Reader = {
    busy: null,
    run: runInWorker<ReadReply, ReadRequest>('read-queries', null, (reply) => {
      const pending = reader.busy;
      if (pending?.request.id !== reply.id) return;
      reader.busy = null;
      if ('rows' in reply) pending.resolve(reply.rows);
      else pending.reject(new Error(reply.error));
      dispatch();
    }),
  };
  // A reader that ended is replaced on the next request; its request fails with it.
  const gone = (error: unknown) => {
    readers.splice(readers.indexOf(reader), 1);
    reader.busy?.reject(error instanceof Error ? error : new Error('The reader thread ended before it answered'));
    reader.busy = null;
    dispatch();
  };
  reader.run.done.then(gone, gone);
  readers.push(reader);
  return reader;
}

/** Hands queued requests to idle readers, starting readers up to READERS; idle ones let the process end. */
function dispatch(): void {
  while (queue.length > 0) {
    const reader = readers.find((r) => r.busy === null) ?? (readers.length < READERS ? startReader() : null);
    if (!reader) return;
    reader.busy = queue.shift()!;
    reader.run.hold(true);
    reader.run.post(reader.busy.request);
  }
  for (const reader of readers) if (reader.busy === null) reader.run.hold(false);
}

/** Each query's rows, in order, read from the store `sqlite` is connected to, with its key. */
export function readOffThread(sqlite: Connection, queries: ReadQuery[]): Promise<unknown[][]> {
  const request: ReadRequest = {
    id: nextId++,
    file: sqlite.name,
    hexKey: keyOf(sqlite)?.toString('hex') ?? null,
    queries,
  };
  return new Promise((resolve, reject) => {
    queue.push({ request, resolve, reject });
    dispatch();
  });
}
