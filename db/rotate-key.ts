// Rotating a data folder's data key. The new key is written to the key folder first (as `next`), then
// the store is rekeyed — PRAGMA rekey rewrites every page in one transaction under a rollback journal
// (SQLite3 Multiple Ciphers refuses it in WAL mode), so a crash leaves the file wholly under the old
// key or wholly under the new one. Only then does the new key become the folder's, the old one kept
// (as `previous`) until the office's backups are rekeyed too, one file (one transaction) at a time.
// Opening the store finishes whatever a crash interrupted (resumeRotation).
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { loadDataKey, loadRotationKey, replaceDataKey, replaceRotationKey, type KeyVault } from './audit-key';
import { listBackups } from './backup';
import { isPlainFile, keyOf, openFile, rekey, type Connection } from './sqlite';

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
}

/** Whether `key` opens the file (its first page decrypts); a writable open also rolls back a hot journal. */
function opensWith(file: string, key: Buffer, writable = false): boolean {
  try {
    openFile(file, key, { readonly: !writable, fileMustExist: true }).close();
    return true;
  } catch {
    return false;
  }
}

/** Rekeys the open store's connection in place, back to WAL afterwards. */
function rekeyStore(sqlite: Connection, key: Buffer): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  try {
    rekey(sqlite, key);
  } finally {
    sqlite.pragma('journal_mode = WAL');
  }
}

/** Each backup still under `from` rewritten under `to`; one that opens with neither is left alone. */
function rekeyBackups(folders: string[], from: Buffer, to: Buffer, onProgress?: (done: number, total: number) => void): void {
  const files = listBackups(...folders)
    .map((backup) => backup.file)
    .filter((file) => !isPlainFile(file) && opensWith(file, from));
  files.forEach((file, done) => {
    const db = openFile(file, from, { fileMustExist: true });
    try {
      db.pragma('journal_mode = DELETE');
      rekey(db, to);
    } finally {
      db.close();
    }
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
  replaceRotationKey(rotation.vault, rotation.dataDir, 'previous', null);
}

/** Rotates the data key of the store open on `sqlite`; returns the new key. */
export async function rotateDataKey(sqlite: Connection, rotation: Rotation): Promise<Buffer> {
  const from = keyOf(sqlite);
  if (!from) throw new Error('A plain store has no key to rotate: convert it first');
  const to = randomBytes(32);
  replaceRotationKey(rotation.vault, rotation.dataDir, 'next', to);
  rekeyStore(sqlite, to);
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
  if (next && current && fs.existsSync(file)) {
    // Tried with the old key first, writable: a hot journal means the rekey never committed, and only
    // the old key reads the journal's pages to roll it back. The new key is tried only after.
    const underNext = current.equals(next) || (!opensWith(file, current, true) && opensWith(file, next));
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
    replaceRotationKey(rotation.vault, rotation.dataDir, 'previous', null);
  }
}
