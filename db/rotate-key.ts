// Rotating a data folder's data key. PRAGMA rekey is not crash-safe in place: a process killed while
// it commits leaves a file and a hot journal that neither key opens (measured with SQLite3 Multiple
// Ciphers 2.x under SIGKILL). So every file is rekeyed as a copy, flushed, and renamed over the
// original — the store and each backup are always wholly under one key. The new key is written to
// the key folder first (as `next`); once the store's copy is in place it becomes the folder's key,
// the old one kept (as `previous`) until the backups are done. Opening the store finishes whatever a
// crash interrupted (resumeRotation).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadDataKey, loadRotationKey, replaceDataKey, replaceRotationKey, type KeyVault } from './audit-key';
import { listBackups, syncFile, syncFolder } from './backup';
import { copyStoreOffThread } from './file-check';
import { isPlainFile, keyOf, openFile, opensWith, rekey, type Connection } from './sqlite';

export interface Rotation {
  vault: KeyVault;
  dataDir: string;
  /** The folders whose backups are rekeyed with the store. */
  backupFolders: string[];
  onProgress?: (done: number, total: number) => void;
  /** The documents' per-file keys rewrapped from the old data key to the new one (the documents' own module). */
  rewrapDocuments?: (from: Buffer, to: Buffer, onProgress: (done: number, total: number) => void) => Promise<void>;
  /** Runs once the new key is the folder's (the recovery bundle is sealed again over it). */
  onKeyChanged?: () => void;
  /** Runs once the backups are under the new key (their manifests get the bundle sealed over it). */
  onBackupsRekeyed?: () => void;
}

/** The file `copy` (a self-contained store under `from`) rewritten under `to` and flushed. */
export function rekeyCopy(copy: string, from: Buffer, to: Buffer): void {
  const db = openFile(copy, from, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    rekey(db, to);
  } finally {
    db.close();
  }
  syncFile(copy);
}

/** Each backup still under `from` rewritten under `to` (a copy renamed over it); one that opens with neither is left alone. */
function rekeyBackups(
  folders: string[],
  from: Buffer,
  to: Buffer,
  onProgress?: (done: number, total: number) => void,
): void {
  const files = listBackups(...folders)
    .map((backup) => backup.file)
    .filter((file) => !isPlainFile(file) && opensWith(file, from));
  files.forEach((file, done) => {
    const copy = `${file}.rekey`;
    fs.copyFileSync(file, copy);
    rekeyCopy(copy, from, to);
    fs.renameSync(copy, file);
    syncFolder(path.dirname(file));
    onProgress?.(done + 1, files.length);
  });
}

/**
 * Puts the new key in place once the store is under it, then the backups, then forgets the old key.
 * Each step can be repeated after a crash: the old key is kept (`previous`) before the folder's changes.
 */
function finish(rotation: Rotation, from: Buffer, to: Buffer): void {
  replaceRotationKey(rotation.vault, rotation.dataDir, 'previous', from);
  replaceDataKey(rotation.vault, rotation.dataDir, to);
  rotation.onKeyChanged?.();
  replaceRotationKey(rotation.vault, rotation.dataDir, 'next', null);
  rekeyBackups(rotation.backupFolders, from, to, rotation.onProgress);
  rotation.onBackupsRekeyed?.();
  replaceRotationKey(rotation.vault, rotation.dataDir, 'previous', null);
}

/**
 * Rotates the data key of the store open on `sqlite`: a checked copy rekeyed beside it, then `swap`
 * closes the store and renames the copy over it (the caller reopens). Returns the new key.
 */
export async function rotateDataKey(
  sqlite: Connection,
  rotation: Rotation,
  swap: (copy: string) => void,
): Promise<Buffer> {
  const from = keyOf(sqlite);
  if (!from) throw new Error('A plain store has no key to rotate: convert it first');
  const to = randomBytes(32);
  const copy = `${sqlite.name}.rekey`;
  fs.rmSync(copy, { force: true });
  try {
    if (!(await copyStoreOffThread(sqlite.name, copy, from)))
      throw new Error('The copy of the store failed integrity_check');
    rekeyCopy(copy, from, to);
    replaceRotationKey(rotation.vault, rotation.dataDir, 'next', to);
  } catch (error) {
    fs.rmSync(copy, { force: true });
    throw error;
  }
  swap(copy);
  await rotation.rewrapDocuments?.(from, to, rotation.onProgress ?? (() => undefined));
  finish(rotation, from, to);
  return to;
}

/**
 * Finishes a rotation a crash interrupted, before the store is opened: the store already under the
 * `next` key makes it the folder's key; a `next` key the store never got is dropped; backups left
 * under the `previous` key are rekeyed.
 */
export async function resumeRotation(file: string, rotation: Rotation): Promise<void> {
  const current = loadDataKey(rotation.vault, rotation.dataDir);
  const next = loadRotationKey(rotation.vault, rotation.dataDir, 'next');
  const previous = loadRotationKey(rotation.vault, rotation.dataDir, 'previous');
  // A copy that was never renamed into place.
  fs.rmSync(`${file}.rekey`, { force: true });
  if (next && current && fs.existsSync(file)) {
    const underNext = current.equals(next) || (!opensWith(file, current) && opensWith(file, next));
    if (!underNext) return replaceRotationKey(rotation.vault, rotation.dataDir, 'next', null);
    // Once the folder's key is the new one, the old one is the kept `previous`.
    const from = current.equals(next) ? previous : current;
    if (!from) throw new Error('An interrupted key rotation lost its old key');
    // The rewrap must take documents already under the new key as they are.
    await rotation.rewrapDocuments?.(from, next, rotation.onProgress ?? (() => undefined));
    finish(rotation, from, next);
  } else if (previous && current) {
    rotation.onKeyChanged?.();
    rekeyBackups(rotation.backupFolders, previous, current, rotation.onProgress);
    rotation.onBackupsRekeyed?.();
    replaceRotationKey(rotation.vault, rotation.dataDir, 'previous', null);
  }
}
