// Restoring the office's database file from a backup. Nothing is touched until the backup has been
// copied beside the database and that copy has passed integrity_check and the schema-version check;
// then the current file is kept as a safety copy, closed, and the copy renamed over it.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../shared/schemas/backup';
import { backupName, describeBackup, freePath, syncFile, syncFolder, writeBackup } from './backup';
import { checkDatabaseFile, checkDatabaseFileOffThread, type FileCheck } from './file-check';
import type { KeyVault } from './audit-key';
import { knownSchemaVersion, openDatabase, type Store } from './open';

export type RefusalReason = 'missing' | 'current' | 'corrupt' | 'tooNew';

/** The backup cannot be restored; the current database is as it was. */
export class BackupRefusedError extends Error {
  constructor(readonly reason: RefusalReason) {
    super(`Backup refused: ${reason}`);
  }
}

export interface RestoreOptions {
  /** The open store, or null when the file would not open: then it is copied byte for byte. */
  current: Store | null;
  file: string;
  backupFile: string;
  /** Where the safety copy of the replaced file goes (and any before-migration backup). */
  backupDir: string;
  keys: KeyVault;
  migrationsFolder: string;
  now: () => Date;
}

export interface Restored {
  store: Store;
  safetyCopy: BackupInfo | null;
}

function copyDurably(from: string, to: string): void {
  fs.copyFileSync(from, to);
  syncFile(to);
}

function refusalFor(checked: FileCheck | null, migrationsFolder: string): RefusalReason | null {
  // Every store this app opened carries a schema version; 0 means some other SQLite file.
  if (!checked || checked.schemaVersion < 1) return 'corrupt';
  return checked.schemaVersion > knownSchemaVersion(migrationsFolder) ? 'tooNew' : null;
}

/** Why this file could not be restored by this build, or null when it can. */
export function refusalOf(file: string, migrationsFolder: string): RefusalReason | null {
  return refusalFor(checkDatabaseFile(file), migrationsFolder);
}

/** Stages the backup beside the database file and checks the staged bytes (on a worker thread), which are what gets installed. */
async function stage(options: RestoreOptions): Promise<string> {
  const source = path.resolve(options.backupFile);
  if (source === path.resolve(options.file)) throw new BackupRefusedError('current');
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) throw new BackupRefusedError('missing');
  const staged = `${options.file}.restoring`;
  copyDurably(source, staged);
  const refusal = refusalFor(await checkDatabaseFileOffThread(staged), options.migrationsFolder);
  // Reading a copy of a WAL-mode file leaves an empty WAL and index beside it.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${staged}${suffix}`, { force: true });
  if (refusal) {
    fs.rmSync(staged, { force: true });
    throw new BackupRefusedError(refusal);
  }
  return staged;
}

/** A broken file cannot be backed up through SQLite: keep its bytes, and its WAL beside them. */
function copyBroken(file: string, folder: string, at: Date): BackupInfo | null {
  if (!fs.existsSync(file)) return null;
  fs.mkdirSync(folder, { recursive: true });
  const target = freePath(folder, backupName('before-restore', at));
  if (fs.existsSync(`${file}-wal`)) copyDurably(`${file}-wal`, `${target}-wal`);
  copyDurably(file, target);
  syncFolder(folder);
  return describeBackup(target);
}

export async function restoreDatabase(options: RestoreOptions): Promise<Restored> {
  const staged = await stage(options);
  let safetyCopy: BackupInfo | null;
  try {
    safetyCopy = options.current
      ? await writeBackup(options.current.sqlite, options.backupDir, backupName('before-restore', options.now()))
      : copyBroken(options.file, options.backupDir, options.now());
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  }

  options.current?.close();
  // A WAL, shared-memory index or hot journal left by the old file would be replayed into the new one.
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${options.file}${suffix}`, { force: true });
  fs.renameSync(staged, options.file);
  syncFolder(path.dirname(options.file));

  const store = await openDatabase({
    file: options.file,
    backupDir: options.backupDir,
    keys: options.keys,
    migrationsFolder: options.migrationsFolder,
    now: options.now,
  });
  return { store, safetyCopy };
}
