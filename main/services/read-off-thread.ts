// Read-only SQL on reader threads with connections of their own, for aggregates that take a large
// part of a second on a 100,000-client store (the dashboard's): the app's thread keeps answering
// meanwhile. In WAL mode a reader sees the last committed state without blocking writers. The threads
// stay up between requests (starting one costs more than the dashboard's smaller batch), two of them,
// so the dashboard's two batches run side by side; they do not keep the process alive while idle.
// Each keeps its connection to the store between requests, and closes it before the app closes the
// store (db/close-hooks.ts): a restore renames another file over it.
import { beforeClose } from '../../db/close-hooks';
import type { ReadQuery } from '../../db/repositories/dashboard';
import { keyOf, type Connection } from '../../db/sqlite';
import { runInWorker, type WorkerRun } from '../../db/workers/run-in-worker';
import { waitForPost } from '../../db/workers/wait-for-post';
import type { CloseRequest, ReaderData, ReadReply, ReadRequest } from '../workers/read-queries-messages';

const READERS = 2;
/** A reader that has not closed its connection by then (a statement running long) is ended. */
const CLOSE_WAIT_MS = 10_000;

interface Pending {
  request: ReadRequest;
  resolve(rows: unknown[][]): void;
  reject(error: Error): void;
}

interface Reader {
  run: WorkerRun<ReadRequest | CloseRequest>;
  busy: Pending | null;
  /** How many close requests the reader has carried out. */
  closed: Int32Array;
}

const readers: Reader[] = [];
const queue: Pending[] = [];
let nextId = 1;
/** Each store connection the readers read for, by number. */
const stores = new WeakMap<Connection, number>();
let nextStore = 1;

function startReader(): Reader {
  const data: ReaderData = { closed: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
  const reader: Reader = {
    busy: null,
    closed: new Int32Array(data.closed),
    run: runInWorker<ReadReply, ReadRequest | CloseRequest>('read-queries', data, (reply) => {
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
    if (!readers.includes(reader)) return;
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

/**
 * Before the app closes a store: requests for it still queued fail, and each reader closes its
 * connection to it. This thread waits for that (the file may be renamed over right after); a reader
 * still running a statement finishes it first.
 */
function closeReaders(store: number): void {
  for (const pending of queue.filter((p) => p.request.store === store)) {
    queue.splice(queue.indexOf(pending), 1);
    pending.reject(new Error('The store was closed'));
  }
  for (const reader of [...readers]) {
    const before = Atomics.load(reader.closed, 0);
    reader.run.post({ kind: 'close', store });
    if (!waitForPost(reader.closed, before, CLOSE_WAIT_MS)) {
      readers.splice(readers.indexOf(reader), 1);
      reader.busy?.reject(new Error('The store was closed'));
      reader.run.stop();
    }
  }
}

function storeNumber(sqlite: Connection): number {
  let store = stores.get(sqlite);
  if (store === undefined) {
    const number = (store = nextStore++);
    stores.set(sqlite, number);
    beforeClose(sqlite, () => closeReaders(number));
  }
  return store;
}

/** Each query's rows, in order, read from the store `sqlite` is connected to, with its key. */
export function readOffThread(sqlite: Connection, queries: ReadQuery[]): Promise<unknown[][]> {
  const request: ReadRequest = {
    kind: 'read',
    id: nextId++,
    store: storeNumber(sqlite),
    file: sqlite.name,
    hexKey: keyOf(sqlite)?.toString('hex') ?? null,
    queries,
  };
  return new Promise((resolve, reject) => {
    queue.push({ request, resolve, reject });
    dispatch();
  });
}
