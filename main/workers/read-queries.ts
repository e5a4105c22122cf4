// A reader thread of main/services/read-off-thread.ts: it stays up between requests, and runs each
// request's read-only statements on a connection it opens for that request and closes after it, so
// no connection outlives a request (a restore may rename another file over the store meanwhile).
import { parentPort } from 'node:worker_threads';
import { openFile } from '../../db/sqlite';
import type { ReadReply, ReadRequest } from './read-queries-messages';

function answer({ file, hexKey, queries }: ReadRequest): unknown[][] {
  const db = openFile(file, hexKey === null ? null : Buffer.from(hexKey, 'hex'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    db.pragma('mmap_size = 1073741824');
    // One read transaction: every statement sees the same committed state.
    return db.transaction(() => queries.map((q) => db.prepare(q.sql).all(q.params)))();
  } finally {
    db.close();
  }
}

parentPort!.on('message', (request: ReadRequest) => {
  let reply: ReadReply;
  try {
    reply = { id: request.id, rows: answer(request) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
