// A reader thread of main/services/read-off-thread.ts: it stays up between requests and keeps one
// connection to the store, opened at its first request and closed when the app closes the store (or
// when a request comes for another store connection: a restored or rekeyed file). Opening an encrypted
// connection costs milliseconds and leaves the page cache cold; the dashboard reads every few seconds.
import { parentPort, workerData } from 'node:worker_threads';
import { openFile, type Connection } from '../../db/sqlite';
import type { CloseRequest, ReaderData, ReadReply, ReadRequest } from './read-queries-messages';

type Statement = ReturnType<Connection['prepare']>;

const closed = new Int32Array((workerData as ReaderData).closed);
/** The connection, and its statements by SQL text (the dashboard's are the same each time). */
let open: { store: number; db: Connection; statements: Map<string, Statement> } | null = null;
/** Statements kept at most; the dashboard has a dozen. */
const KEPT_STATEMENTS = 100;

function close(): void {
  open?.db.close();
  open = null;
}

function connection({ store, file, hexKey }: ReadRequest): NonNullable<typeof open> {
  if (open?.store === store) return open;
  close();
  const db = openFile(file, hexKey === null ? null : Buffer.from(hexKey, 'hex'), {
    readonly: true,
    fileMustExist: true,
  });
  db.pragma('mmap_size = 1073741824');
  open = { store, db, statements: new Map() };
  return open;
}

function answer(request: ReadRequest): unknown[][] {
  const { db, statements } = connection(request);
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      if (statements.size >= KEPT_STATEMENTS) statements.clear();
      statements.set(sql, (prepared = db.prepare(sql)));
    }
    return prepared;
  };
  // One read transaction: every statement sees the same committed state.
  return db.transaction(() => request.queries.map((q) => statement(q.sql).all(q.params)))();
}

parentPort!.on('message', (request: ReadRequest | CloseRequest) => {
  if (request.kind === 'close') {
    if (open?.store === request.store) close();
    // The app's thread waits on this count before it closes its own connection.
    Atomics.add(closed, 0, 1);
    Atomics.notify(closed, 0);
    return;
  }
  let reply: ReadReply;
  try {
    reply = { id: request.id, rows: answer(request) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
