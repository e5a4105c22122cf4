// integrity_check of a database file on a worker thread, and the copy a backup starts from.
// better-sqlite3 runs both synchronously and they take seconds on a 100,000-client store
// (bench/RESULTS.md): on the app's own thread they would hold up every request meanwhile. The work
// itself is db/workers/file-check.ts, each job on a thread of its own.
import { isPlainFile } from './sqlite';
import { askWorker } from './workers/run-in-worker';

export interface FileCheck {
  schemaVersion: number;
}

/** What the worker is asked: `file` (the copy's target for 'copy'), under `hexKey` when given. */
export type FileCheckJob = { file: string; hexKey: string | null } & (
  { task: 'check' } | { task: 'quick' } | { task: 'copy'; source: string }
);

/** integrity_check on a worker thread; `key` opens the file unless it is plain SQLite. */
export function checkDatabaseFileOffThread(file: string, key: Buffer | null): Promise<FileCheck | null> {
  return askWorker<FileCheck | null>('file-check', {
    task: 'check',
    file,
    hexKey: key && !isPlainFile(file) ? key.toString('hex') : null,
  } satisfies FileCheckJob);
}

/** quick_check of the open store on a worker thread: 'ok', or what is wrong. It reads the whole file
 * (seconds at 100,000 clients), so the app serves its sign-in screen meanwhile. */
export async function quickCheckOffThread(file: string, key: Buffer | null): Promise<string> {
  return (
    (await askWorker<string | null>('file-check', {
      task: 'quick',
      file,
      hexKey: key && !isPlainFile(file) ? key.toString('hex') : null,
    } satisfies FileCheckJob)) ?? 'no answer'
  );
}

/**
 * Copies the store at `source` into `target` (which must not exist) under the same key, checks the
 * copy and flushes it, on a worker thread; null when the copy failed the check.
 */
export function copyStoreOffThread(source: string, target: string, key: Buffer | null): Promise<FileCheck | null> {
  return askWorker<FileCheck | null>('file-check', {
    task: 'copy',
    source,
    file: target,
    hexKey: key?.toString('hex') ?? null,
  } satisfies FileCheckJob);
}
