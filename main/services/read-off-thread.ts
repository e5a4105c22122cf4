// Read-only SQL on a worker thread with its own connection, for aggregates that take seconds on a
// 100,000-client store (the dashboard's): the app's thread keeps answering meanwhile. In WAL mode the
// worker reads the last committed state without blocking writers.
import { Worker } from 'node:worker_threads';
import { applyKey, driverUrl, keyOf, type Connection } from '../../db/sqlite';

export interface ReadQuery {
  sql: string;
  params: Record<string, unknown>;
}

// Dynamic imports work whether the worker's source is read as CommonJS or as an ES module.
const WORKER_SOURCE = `(async () => {
  const { parentPort, workerData } = await import('node:worker_threads');
  const { default: Driver } = await import(workerData.driver);
  const db = new Driver(workerData.file, { readonly: true, fileMustExist: true });
  try {
    if (workerData.hexKey) (${applyKey.toString()})(db, workerData.hexKey);
    db.pragma('mmap_size = 1073741824');
    parentPort.postMessage({ rows: workerData.queries.map((q) => db.prepare(q.sql).all(q.params)) });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  } finally {
    db.close();
  }
})();`;

/** Each query's rows, in order, read from the store `sqlite` is connected to, with its key. */
export function readOffThread(sqlite: Connection, queries: ReadQuery[]): Promise<unknown[][]> {
  const hexKey = keyOf(sqlite)?.toString('hex') ?? null;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverUrl, file: sqlite.name, hexKey, queries } });
    let answered = false;
    worker.once('message', (reply: { rows?: unknown[][]; error?: string }) => {
      answered = true;
      if (reply.rows) resolve(reply.rows);
      else reject(new Error(reply.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The read worker stopped (exit code ${code}) before it answered`));
    });
  });
}
