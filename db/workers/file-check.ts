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
    // The checks read every page, some of them several times: mapped reads skip a copy each time. An
    // encrypted file is never mapped (each page is decrypted and its HMAC checked as it is read), so a
    // larger page cache spares it decrypting a page again when the check comes back to it.
    db.pragma('mmap_size = 4294967296');
    if (hexKey) db.pragma('cache_size = -262144');
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
 * Copies the store file's bytes while they cannot change: a WAL checkpoint empties the log, then a
 * read transaction begun on an empty log reads the file alone, and SQLite lets no checkpoint write
 * into the file while such a reader is open (https://sqlite.org/wal.html, "checkpoint starvation";
 * wal.c: backfill takes WAL_READ_LOCK(0) exclusively). Writers go on into the log meanwhile. The
 * pages are copied as they are, already encrypted under the store's key: nothing is decrypted or
 * encrypted again, which is what made a VACUUM INTO of an encrypted store cost over twice a plain one.
 * False when a writer got into the log first every time: the caller falls back to VACUUM INTO.
 */
function copyFrozen(db: Connection, source: string, target: string): boolean {
  // A reader that pins the log makes the checkpoint wait: give up soon rather than hold the backup.
  const patience = db.pragma('busy_timeout', { simple: true });
  db.pragma('busy_timeout = 100');
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('BEGIN');
      try {
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        // A log that is empty now was empty when the read began: a reader on frames of the log would
        // have kept any checkpoint from truncating it. No log at all: not in WAL mode, and the shared
        // lock of the read keeps writers out of the file.
        if ((fs.statSync(`${source}-wal`, { throwIfNoEntry: false })?.size ?? 0) === 0) {
          fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
          return true;
        }
      } finally {
        db.exec('COMMIT');
      }
    }
    return false;
  } finally {
    db.pragma(`busy_timeout = ${patience}`);
  }
}

/**
 * A consistent copy of the store in one self-contained file (out of WAL), under the store's own key,
 * checked, then flushed to the disk. Its own connection reads the last committed state while the app
 * keeps writing: a copy of the file's bytes (above), or VACUUM INTO (which writes with the source's
 * cipher and key; the backup API refuses an encrypted source into a keyless target).
 */
function copy(source: string, target: string, hexKey: string | null): FileCheck | null {
  const db = new Database(source, { fileMustExist: true });
  try {
    if (hexKey) applyKey(db, hexKey);
    if (!copyFrozen(db, source, target)) db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  const copied = new Database(target, { fileMustExist: true });
  try {
    if (hexKey) applyKey(copied, hexKey);
    copied.pragma('journal_mode = DELETE');
  } catch {
    return null; // not a database under this key: damaged
  } finally {
    copied.close();
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
