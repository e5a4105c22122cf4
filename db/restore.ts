// Restoring the office from a backup. Nothing is replaced until the backup has been copied beside
// the database and that copy has passed integrity_check and the schema-version check; the documents
// it names are then brought back from the backup's pool (adding files never harms: they are
// content-addressed); then the current file is kept as a safety copy, closed, and the copy renamed
// over it. Document rows whose file could be found nowhere are reported by name.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, MissingDocument } from '../shared/schemas/backup';
import { backupName, describeBackup, freePath, syncFile, syncFolder, writeBackup } from './backup';
import { bringBackDocuments, documentPath, documentsRoot } from './backup-documents';
import { poolOf, readManifest } from './backup-manifest';
import { checkDatabaseFileOffThread, type FileCheck } from './file-check';
import { loadDataKey, type KeyVault } from './audit-key';
import { openFile } from './sqlite';
import { encryptFile } from './encrypt-file';
import { forgetAuditHead } from './audit-head-file';
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
  /** Document pools to look in after the backup's own (the office's pool, for an uploaded store). */
  pools?: string[];
}

export interface Restored {
  store: Store;
  safetyCopy: BackupInfo | null;
  missingDocuments: MissingDocument[];
}

/** Every document file the store's rows point at (a backup from an older version may lack a table). */
function documentHashes(file: string, key: Buffer | null): string[] {
  const db = openFile(file, key, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('document', 'signed_paper')")
      .pluck()
      .all() as string[];
    return tables.flatMap((table) => db.prepare(`SELECT DISTINCT sha256 FROM "${table}"`).pluck().all() as string[]);
  } finally {
    db.close();
  }
}

/** Live document rows without their file, with the client they belong to. */
export function documentsWithoutFile(store: Store): MissingDocument[] {
  const root = documentsRoot(store.file);
  const rows = store.sqlite
    .prepare(
      `SELECT d.sha256, d.original_name AS name, p.first_name_he AS first, p.last_name_he AS last
       FROM document d LEFT JOIN insured_person p ON p.id = d.insured_person_id
       WHERE d.deleted_at IS NULL ORDER BY d.id`,
    )
    .all() as { sha256: string; name: string; first: string | null; last: string | null }[];
  return rows
    .filter((row) => !fs.existsSync(documentPath(root, row.sha256)))
    .map((row) => ({ name: row.name, client: row.last === null ? null : `${row.first ?? ''} ${row.last}`.trim() }));
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

/**
 * Why this file could not be restored by this build, or null when it can; checked on a worker thread.
 * `key` is the office's data key: a backup it does not open (another office's) is refused as corrupt.
 */
export async function refusalOf(
  file: string,
  key: Buffer | null,
  migrationsFolder: string,
): Promise<RefusalReason | null> {
  return refusalFor(await checkDatabaseFileOffThread(file, key), migrationsFolder);
}

/** Stages the backup beside the database file and checks the staged bytes (on a worker thread), which are what gets installed. */
async function stage(options: RestoreOptions): Promise<string> {
  const source = path.resolve(options.backupFile);
  if (source === path.resolve(options.file)) throw new BackupRefusedError('current');
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) throw new BackupRefusedError('missing');
  const staged = `${options.file}.restoring`;
  copyDurably(source, staged);
  const key = loadDataKey(options.keys, path.dirname(options.file));
  const refusal = refusalFor(await checkDatabaseFileOffThread(staged, key), options.migrationsFolder);
  try {
    if (refusal) throw new BackupRefusedError(refusal);
    // A backup from before the office's store was encrypted comes back encrypted.
    if (key) encryptFile(staged, key);
    const manifest = readManifest(source);
    const pools = [...(manifest ? [poolOf(source, manifest)] : []), ...(options.pools ?? [])];
    await bringBackDocuments(documentsRoot(options.file), documentHashes(staged, key), pools);
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  } finally {
    // Reading a copy of a WAL-mode file leaves an empty WAL and index beside it.
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${staged}${suffix}`, { force: true });
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
  forgetAuditHead(options.keys, path.dirname(options.file));

  const store = await openDatabase({
    file: options.file,
    backupDir: options.backupDir,
    keys: options.keys,
    migrationsFolder: options.migrationsFolder,
    now: options.now,
  });
  return { store, safetyCopy, missingDocuments: documentsWithoutFile(store) };
}

/** The password hash of an active owner with this username, as the backup file knows them. */
export function ownerPasswordHashIn(backupFile: string, key: Buffer | null, username: string): string | undefined {
  const db = openFile(backupFile, key, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare("SELECT password_hash FROM staff_member WHERE username = ? AND role = 'owner' AND active = 1")
      .pluck()
      .get(username) as string | undefined;
  } finally {
    db.close();
  }
}
