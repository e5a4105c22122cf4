// Backups of the office's SQLite file: taken online with SQLite's backup API, made self-contained,
// checked with integrity_check (on a worker thread) and only then renamed into place, so a backup
// under its final name is always whole. Names carry the kind and the UTC time they were taken;
// listing reads them back.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../shared/schemas/backup';
import { finishCopyOffThread } from './file-check';

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
    fs.existsSync(folder) ? fs.readdirSync(folder).flatMap((name) => describeBackup(path.join(folder, name)) ?? []) : [],
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

/** `name` in `folder`, or name-2, name-3… so that no backup is ever overwritten. */
export function freePath(folder: string, name: string): string {
  const base = name.replace(/\.sqlite$/, '');
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? name : `${base}-${n}.sqlite`);
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
  }
}

// Pages the online copy takes between turns of the event loop (4 MiB of 4 KiB pages, a few ms each):
// with better-sqlite3's default of 100 the copy of a 330 MiB store took about twice as long.
const PAGES_PER_STEP = 1000;

/**
 * Backs the open database up into `folder` under `name` (or a free variant of it): copy to a
 * .partial file, then on a worker thread switch the copy out of WAL so it is one file, verify it with
 * integrity_check and flush it; then rename it into place.
 */
export async function writeBackup(sqlite: Database.Database, folder: string, name: string): Promise<BackupInfo> {
  fs.mkdirSync(folder, { recursive: true });
  const target = freePath(folder, name);
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial, { progress: () => PAGES_PER_STEP });
    if (!(await finishCopyOffThread(partial))) throw new Error(`The backup ${partial} failed integrity_check`);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  syncFolder(folder);
  return describeBackup(target)!;
}

/** Removes all but the newest `keep` daily backups in the folder, and partial files a crash left. */
export function rotateDailyBackups(folder: string, keep: number): void {
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder)) {
    if (name.endsWith('.sqlite.partial')) fs.rmSync(path.join(folder, name), { force: true });
  }
  const older = listBackups(folder)
    .filter((backup) => backup.kind === 'daily')
    .slice(keep);
  for (const backup of older) fs.rmSync(backup.file, { force: true });
}

/** Due when the folder holds no daily backup taken within the 24 hours before `now`. */
export function dailyBackupDue(folder: string, now: Date): boolean {
  const newest = listBackups(folder).find((backup) => backup.kind === 'daily');
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/** The daily backup when it is due, then the rotation; null when it was not due. */
export async function takeDailyBackup(sqlite: Database.Database, folder: string, now: Date, keep: number): Promise<BackupInfo | null> {
  if (!dailyBackupDue(folder, now)) return null;
  const backup = await writeBackup(sqlite, folder, backupName('daily', now));
  rotateDailyBackups(folder, keep);
  return backup;
}
