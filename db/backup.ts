// Backups of the office: the SQLite file, copied online (VACUUM INTO, under the store's own key, so
// a backup of an encrypted store is encrypted alike) and checked with integrity_check (on a worker thread); the documents, brought into
// the folder's shared pool and checked by SHA-256; a manifest naming both. Only then is the store
// renamed into place, so a backup under its final name is always whole. Names carry the kind and the
// UTC time they were taken; listing reads them back.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupInfo, BackupKind, CreatedBackup } from '../shared/schemas/backup';
import { collectPool, documentsRoot, POOL_FOLDER, poolDocuments } from './backup-documents';
import { auditHeadOf, manifestFileOf, poolOf, readManifest, writeManifest } from './backup-manifest';
import { copyStoreOffThread } from './file-check';
import { keyOf, type Connection } from './sqlite';
import { readRecoveryBundle } from './recovery-key';

const DAY_MS = 24 * 60 * 60 * 1000;

const PREFIX = { daily: 'mitzui-daily', manual: 'mitzui', 'before-restore': 'before-restore' } as const;

// The stamp is the ISO time with ':' and '.' made file-name safe; '-N' tells apart two backups of
// the same millisecond.
const BACKUP_NAME =
  /^(mitzui-daily|mitzui|before-migration-v\d+-to-v\d+|before-restore)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.sqlite$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export function backupName(kind: keyof typeof PREFIX, at: Date): string {
  return `${PREFIX[kind]}-${stamp(at)}.sqlite`;
}

export function beforeMigrationName(from: number, to: number, at: Date): string {
  return `before-migration-v${from}-to-v${to}-${stamp(at)}.sqlite`;
}

function kindOf(prefix: string): BackupKind {
  if (prefix === PREFIX.daily) return 'daily';
  if (prefix === PREFIX.manual) return 'manual';
  if (prefix === PREFIX['before-restore']) return 'before-restore';
  return 'before-migration';
}

function sequenceOf(name: string): number {
  return Number(BACKUP_NAME.exec(name)?.[7] ?? 1);
}

/** The backup at this path, when its name is one of ours and it is a file. */
export function describeBackup(file: string): BackupInfo | null {
  const name = path.basename(file);
  const match = BACKUP_NAME.exec(name);
  const stat = match && fs.statSync(file, { throwIfNoEntry: false });
  if (!match || !stat?.isFile()) return null;
  const [, prefix, day, hh, mm, ss, ms] = match as unknown as string[];
  return { file, name, kind: kindOf(prefix!), size: stat.size, createdAt: `${day}T${hh}:${mm}:${ss}.${ms}Z` };
}

/** Our backups in these folders (missing folders hold none), newest first. */
export function listBackups(...folders: string[]): BackupInfo[] {
  const found = folders.flatMap((folder) =>
    fs.existsSync(folder)
      ? fs.readdirSync(folder).flatMap((name) => describeBackup(path.join(folder, name)) ?? [])
      : [],
  );
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || sequenceOf(b.name) - sequenceOf(a.name));
}

/** Flushes a file's bytes to the disk before it is renamed into place. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable. Windows cannot open a folder for this; NTFS journals the rename itself. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // see above
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// A partial file carries who is writing it: another process's backup in progress is never removed.
const OWN_TAG = `${os.hostname().replace(/[^\w-]/g, '_')}-${process.pid}`;
const PARTIAL = /\.sqlite\.([\w-]+)-(\d+)-[0-9a-f]{12}\.partial$/;
const inFlight = new Set<string>();
/** A partial file nobody touched for this long was left by a crash. */
const ABANDONED_MS = DAY_MS;

function partialsOf(folder: string, base: string): string[] {
  return fs.readdirSync(folder).filter((entry) => entry.startsWith(`${base}.`) && PARTIAL.test(entry));
}

/** The file a backup is written to before it is renamed to `target`: tagged with this process. */
export function partialOf(target: string): string {
  return `${target}.${OWN_TAG}-${randomBytes(6).toString('hex')}.partial`;
}

/** `name` in `folder`, or name-2, name-3… so that no backup is ever overwritten. */
export function freePath(folder: string, name: string): string {
  const base = name.replace(/\.sqlite$/, '');
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? name : `${base}-${n}.sqlite`);
    if (!fs.existsSync(candidate) && partialsOf(folder, path.basename(candidate)).length === 0) return candidate;
  }
}

export interface BackupOptions {
  /** Where the documents are: by default the documents folder beside the store. */
  documents?: string;
  /** The document pool: by default mitzui-documents/ in the backup's folder. */
  pool?: string;
}

/**
 * Backs the office up into `folder` under `name` (or a free variant of it): on a worker thread, copy
 * the store to a partial file (one self-contained file, under the store's key), verify it with
 * integrity_check and flush it; pool the documents and check them; write the manifest (with the
 * recovery bundle of the store's data folder, when it has one); then rename the store into place.
 */
export async function writeBackup(
  sqlite: Connection,
  folder: string,
  name: string,
  options: BackupOptions = {},
): Promise<CreatedBackup> {
  fs.mkdirSync(folder, { recursive: true });
  const target = freePath(folder, name);
  const partial = partialOf(target);
  const pool = options.pool ?? path.join(folder, POOL_FOLDER);
  inFlight.add(partial);
  try {
    const key = keyOf(sqlite);
    if (!(await copyStoreOffThread(sqlite.name, partial, key)))
      throw new Error(`The backup ${partial} failed integrity_check`);
    const { documents, damaged } = await poolDocuments(options.documents ?? documentsRoot(sqlite.name), pool);
    const recovery = readRecoveryBundle(path.dirname(sqlite.name));
    writeManifest(target, {
      format: 1,
      store: path.basename(target),
      pool: path.relative(folder, pool),
      auditHead: auditHeadOf(partial, key),
      documents,
      damaged,
      ...(recovery && { recovery }),
    });
    fs.renameSync(partial, target);
    syncFolder(folder);
    return { ...describeBackup(target)!, documents: documents.length, damagedDocuments: damaged.length };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(manifestFileOf(target), { force: true });
    throw error;
  } finally {
    inFlight.delete(partial);
  }
}

/** Removes a backup with its manifest (and the WAL kept beside a broken file's safety copy). */
export function removeBackup(backup: BackupInfo): void {
  for (const file of [backup.file, `${backup.file}-wal`, manifestFileOf(backup.file)]) fs.rmSync(file, { force: true });
}

function untouchedForADay(file: string, now: Date): boolean {
  const mtime = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now.getTime();
  return now.getTime() - mtime >= ABANDONED_MS;
}

/**
 * Partial files this process left (not in flight), and any nobody has touched for a day (a crash);
 * likewise a manifest whose store never arrived.
 */
function removeOwnPartials(folder: string, now: Date): void {
  for (const entry of fs.readdirSync(folder)) {
    const file = path.join(folder, entry);
    const match = PARTIAL.exec(entry);
    if (match && !inFlight.has(file) && (`${match[1]}-${match[2]}` === OWN_TAG || untouchedForADay(file, now)))
      fs.rmSync(file, { force: true });
    const store = file.replace(/\.manifest\.json$/, '.sqlite');
    if (store !== file && !fs.existsSync(store) && untouchedForADay(file, now)) fs.rmSync(file, { force: true });
  }
}

/** Removes all but the newest `keep` daily backups in the folder, and partial files of its own. */
export function rotateDailyBackups(folder: string, keep: number, now = new Date()): void {
  if (!fs.existsSync(folder)) return;
  removeOwnPartials(folder, now);
  const older = listBackups(folder)
    .filter((backup) => backup.kind === 'daily')
    .slice(keep);
  for (const backup of older) removeBackup(backup);
}

/**
 * Removes pool files that no manifest in `folders` lists any more. Every manifest counts, also one
 * whose store is not (yet) renamed into place, so a backup being written keeps its files.
 */
export function collectBackupPool(pool: string, folders: string[]): number {
  const referenced = new Set<string>();
  for (const folder of folders.filter((f) => fs.existsSync(f))) {
    for (const entry of fs.readdirSync(folder).filter((e) => e.endsWith('.manifest.json'))) {
      const backupFile = path.join(folder, entry.replace(/\.manifest\.json$/, '.sqlite'));
      const manifest = readManifest(backupFile);
      if (manifest && poolOf(backupFile, manifest) === path.resolve(pool))
        for (const document of manifest.documents) referenced.add(document.sha256);
    }
  }
  return collectPool(pool, referenced);
}

/** Due when the folder holds no daily backup taken within the 24 hours before `now`. */
export function dailyBackupDue(folder: string, now: Date): boolean {
  const newest = listBackups(folder).find((backup) => backup.kind === 'daily');
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/** The daily backup when it is due, then the rotation; null when it was not due. */
export async function takeDailyBackup(
  sqlite: Connection,
  folder: string,
  now: Date,
  keep: number,
  options: BackupOptions = {},
): Promise<CreatedBackup | null> {
  if (!dailyBackupDue(folder, now)) return null;
  const backup = await writeBackup(sqlite, folder, backupName('daily', now), options);
  rotateDailyBackups(folder, keep, now);
  return backup;
}
