// The file check's worker (db/file-check.ts): integrity_check, quick_check or a checked copy of a
// database file on a connection of its own, answered once (db/workers/run-in-worker.ts askWorker).
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { applyKey, Database, type Connection } from '../sqlite';
import type { FileCheck, FileCheckJob } from '../file-check';

/** A read-only connection to `file`, keyed when `hexKey` is given. */
function openReadOnly(file: string, hexKey: string | null): Connection {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (hexKey) applyKey(db, hexKey);
    // The checks read every page, some of them several times: mapped reads skip a copy each time.
    db.pragma('mmap_size = 4294967296');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** integrity_check on a read-only connection: the schema version when the file is sound, else null. */
function check(file: string, hexKey: string | null): FileCheck | null {
  let db: Connection | undefined;
  try {
    db = openReadOnly(file, hexKey);
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return null;
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * A consistent copy of the store in one self-contained file, encrypted under the store's own key
 * (VACUUM INTO writes with the source's cipher and key; the backup API refuses an encrypted source
 * into a keyless target), checked, then flushed to the disk. Its own connection reads the last
 * committed state while the app keeps writing.
 */
function copy(source: string, target: string, hexKey: string | null): FileCheck | null {
  const db = new Database(source, { fileMustExist: true });
  try {
    if (hexKey) applyKey(db, hexKey);
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  const checked = check(target, hexKey);
  if (checked) {
    const fd = fs.openSync(target, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
  return checked;
}

/** quick_check of the store the app has open: 'ok', or what SQLite found wrong. */
function quickCheck(file: string, hexKey: string | null): string {
  let db: Connection | undefined;
  try {
    db = openReadOnly(file, hexKey);
    return String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

function run(job: FileCheckJob): FileCheck | string | null {
  if (job.task === 'check') return check(job.file, job.hexKey);
  if (job.task === 'quick') return quickCheck(job.file, job.hexKey);
  return copy(job.source, job.file, job.hexKey);
}

try {
  parentPort!.postMessage({ result: run(workerData as FileCheckJob) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
