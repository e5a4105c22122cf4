// integrity_check of a database file, here or on a worker thread. better-sqlite3 runs the check
// synchronously and it takes seconds on a 100,000-client store (bench/RESULTS.md): on the app's own
// thread it would hold up every request meanwhile, so backups finish their copy on a worker.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface FileCheck {
  schemaVersion: number;
}

// The two functions below run on the worker from their source text: they use only their parameters
// and each other, and nothing else of this module.

/** integrity_check on a read-only connection: the schema version when the file is sound, else null. */
function checkWith(Driver: typeof Database, file: string): FileCheck | null {
  let db: Database.Database | undefined;
  try {
    db = new Driver(file, { readonly: true, fileMustExist: true });
    // The check reads every page, some of them several times: mapped reads skip a copy each time.
    db.pragma('mmap_size = 4294967296');
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return null;
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** A fresh online copy made one self-contained file (out of WAL), checked, then flushed to the disk. */
function finishCopyWith(Driver: typeof Database, files: typeof fs, file: string): FileCheck | null {
  let copy: Database.Database | undefined;
  try {
    copy = new Driver(file, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
  } catch {
    return null; // a copy this broken fails the check as well
  } finally {
    copy?.close();
  }
  const checked = checkWith(Driver, file);
  if (checked) {
    const fd = files.openSync(file, 'r+');
    try {
      files.fsyncSync(fd);
    } finally {
      files.closeSync(fd);
    }
  }
  return checked;
}

/** quick_check of the store the app has open: 'ok', or what SQLite found wrong. */
function quickCheckWith(Driver: typeof Database, file: string): string {
  let db: Database.Database | undefined;
  try {
    db = new Driver(file, { readonly: true, fileMustExist: true });
    db.pragma('mmap_size = 4294967296');
    return String(db.pragma('quick_check', { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

type Task = 'check' | 'finish' | 'quick';

// Dynamic imports work whether the worker's source is read as CommonJS or as an ES module.
const WORKER_SOURCE = `(async () => {
  const { parentPort, workerData } = await import('node:worker_threads');
  const { default: files } = await import('node:fs');
  const { default: Driver } = await import(workerData.driver);
  ${checkWith.toString()}
  const finishCopy = ${finishCopyWith.toString()};
  const quickCheck = ${quickCheckWith.toString()};
  const tasks = { check: () => checkWith(Driver, workerData.file), finish: () => finishCopy(Driver, files, workerData.file), quick: () => quickCheck(Driver, workerData.file) };
  parentPort.postMessage(tasks[workerData.task]());
})();`;

const driver = pathToFileURL(createRequire(import.meta.url).resolve('better-sqlite3')).href;

/** On a worker thread with its own connection, so this thread's event loop stays live. */
function offThread<T>(file: string, task: Task): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, task } });
    let answered = false;
    worker.once('message', (result: T) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The file check stopped (exit code ${code}) before it answered`));
    });
  });
}

/** integrity_check on a worker thread. */
export function checkDatabaseFileOffThread(file: string): Promise<FileCheck | null> {
  return offThread(file, 'check');
}

/** quick_check of an open store on a worker thread: 'ok', or what is wrong. It reads the whole file
 * (4–5 s at 100,000 clients), so the app serves its sign-in screen meanwhile. */
export function quickCheckOffThread(file: string): Promise<string> {
  return offThread(file, 'quick');
}

/** A fresh online copy made self-contained, checked and flushed, on a worker thread; null when it failed the check. */
export function finishCopyOffThread(file: string): Promise<FileCheck | null> {
  return offThread(file, 'finish');
}
