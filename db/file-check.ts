// integrity_check of a database file, here or on a worker thread, and the copy a backup starts from.
// better-sqlite3 runs both synchronously and they take seconds on a 100,000-client store
// (bench/RESULTS.md): on the app's own thread they would hold up every request meanwhile.
import type { Connection, Database } from './sqlite';
import { applyKey, driverUrl, isPlainFile } from './sqlite';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface FileCheck {
  schemaVersion: number;
}

// The functions below run on the worker from their source text: they use only their parameters
// and each other (and applyKey, whose source goes with them), and nothing else of this module.

/** integrity_check on a read-only connection: the schema version when the file is sound, else null. */
function checkWith(Driver: typeof Database, keyWith: typeof applyKey, file: string, hexKey: string | null): FileCheck | null {
  let db: Connection | undefined;
  try {
    db = new Driver(file, { readonly: true, fileMustExist: true });
    if (hexKey) keyWith(db, hexKey);
    // The check reads every page, some of them several times: mapped reads skip a copy each time. An
    // encrypted file is never mapped (each page is decrypted and its HMAC checked as it is read), so a
    // larger page cache spares it decrypting a page again when the check comes back to it.
    db.pragma('mmap_size = 4294967296');
    if (hexKey) db.pragma('cache_size = -262144');
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
function copyFrozenWith(db: Connection, files: typeof fs, source: string, target: string): boolean {
  // A reader that pins the log makes the checkpoint wait: give up soon rather than hold the backup.
  const patience = db.pragma('busy_timeout', { simple: true });
  db.pragma('busy_timeout = 100');
  try {
    return tryCopyFrozen(db, files, source, target);
  } finally {
    db.pragma(`busy_timeout = ${patience}`);
  }
}

function tryCopyFrozen(db: Connection, files: typeof fs, source: string, target: string): boolean {
  for (let attempt = 0; attempt < 5; attempt++) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('BEGIN');
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      // A log that is empty now was empty when the read began: a reader on frames of the log would
      // have kept any checkpoint from truncating it. No log at all: not in WAL mode, and the shared
      // lock of the read keeps writers out of the file.
      if ((files.statSync(`${source}-wal`, { throwIfNoEntry: false })?.size ?? 0) === 0) {
        files.copyFileSync(source, target, files.constants.COPYFILE_EXCL);
        return true;
      }
    } finally {
      db.exec('COMMIT');
    }
  }
  return false;
}

/**
 * A consistent copy of the store in one self-contained file (out of WAL), under the store's own key,
 * checked, then flushed to the disk. Its own connection reads the last committed state while the app
 * keeps writing: a copy of the file's bytes (above), or VACUUM INTO (which writes with the source's
 * cipher and key; the backup API refuses an encrypted source into a keyless target).
 */
function copyWith(Driver: typeof Database, keyWith: typeof applyKey, files: typeof fs, source: string, target: string, hexKey: string | null): FileCheck | null {
  const db = new Driver(source, { fileMustExist: true });
  try {
    if (hexKey) keyWith(db, hexKey);
    if (!copyFrozenWith(db, files, source, target)) db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  const copy = new Driver(target, { fileMustExist: true });
  try {
    if (hexKey) keyWith(copy, hexKey);
    copy.pragma('journal_mode = DELETE');
  } catch {
    return null; // not a database under this key: damaged
  } finally {
    copy.close();
  }
  const checked = checkWith(Driver, keyWith, target, hexKey);
  if (checked) {
    const fd = files.openSync(target, 'r+');
    try {
      files.fsyncSync(fd);
    } finally {
      files.closeSync(fd);
    }
  }
  return checked;
}

/** quick_check of the store the app has open: 'ok', or what SQLite found wrong. */
function quickCheckWith(Driver: typeof Database, keyWith: typeof applyKey, file: string, hexKey: string | null): string {
  let db: Connection | undefined;
  try {
    db = new Driver(file, { readonly: true, fileMustExist: true });
    if (hexKey) keyWith(db, hexKey);
    db.pragma('mmap_size = 4294967296');
    return String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

// Dynamic imports work whether the worker's source is read as CommonJS or as an ES module.
const WORKER_SOURCE = `(async () => {
  const { parentPort, workerData: job } = await import('node:worker_threads');
  const { default: files } = await import('node:fs');
  const { default: Driver } = await import(job.driver);
  const keyWith = ${applyKey.toString()};
  ${checkWith.toString()}
  ${tryCopyFrozen.toString()}
  ${copyFrozenWith.toString()}
  const copy = ${copyWith.toString()};
  const quickCheck = ${quickCheckWith.toString()};
  const tasks = {
    check: () => checkWith(Driver, keyWith, job.file, job.hexKey),
    copy: () => copy(Driver, keyWith, files, job.source, job.file, job.hexKey),
    quick: () => quickCheck(Driver, keyWith, job.file, job.hexKey),
  };
  try {
    parentPort.postMessage({ result: tasks[job.task]() });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
})();`;

interface Job {
  task: 'check' | 'copy' | 'quick';
  file: string;
  hexKey: string | null;
  source?: string;
}

/** On a worker thread with its own connection, so this thread's event loop stays live. */
function offThread<T>(job: Job): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverUrl, ...job } });
    let answered = false;
    worker.once('message', (reply: { result?: T | null; error?: string }) => {
      answered = true;
      if (reply.error === undefined) resolve(reply.result ?? null);
      else reject(new Error(reply.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The file check stopped (exit code ${code}) before it answered`));
    });
  });
}

/** integrity_check on a worker thread; `key` opens the file unless it is plain SQLite. */
export function checkDatabaseFileOffThread(file: string, key: Buffer | null): Promise<FileCheck | null> {
  return offThread({ task: 'check', file, hexKey: key && !isPlainFile(file) ? key.toString('hex') : null });
}

/** quick_check of the open store on a worker thread: 'ok', or what is wrong. It reads the whole file
 * (seconds at 100,000 clients), so the app serves its sign-in screen meanwhile. */
export async function quickCheckOffThread(file: string, key: Buffer | null): Promise<string> {
  return (await offThread<string>({ task: 'quick', file, hexKey: key && !isPlainFile(file) ? key.toString('hex') : null })) ?? 'no answer';
}

/**
 * Copies the store at `source` into `target` (which must not exist) under the same key, checks the
 * copy and flushes it, on a worker thread; null when the copy failed the check.
 */
export function copyStoreOffThread(source: string, target: string, key: Buffer | null): Promise<FileCheck | null> {
  return offThread({ task: 'copy', source, file: target, hexKey: key?.toString('hex') ?? null });
}
