// One process per data folder. Two processes on one SQLite store lose data in ways SQLite cannot
// see: after a restore in one, the other keeps writing to the replaced file and answers "ok". So the
// process that opens a folder creates `mitzui.lock` exclusively (O_EXCL) and holds it for its life,
// with its pid, host and start time inside; a second opener is refused with a message naming the
// holder. A lock left by a process that died (same host, pid no longer running, or a half-written
// lock file) is taken over; takeovers are serialised by a second exclusive file, so two starting
// processes cannot both take the same stale lock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { isoToDisplay, todayInIsrael } from '../../shared/dates';
import { errorMessage } from '../../shared/locales/messages';

export const LOCK_FILE = 'mitzui.lock';
/** A lock or takeover file this old that cannot be read was left by a crash mid-write. */
const HALF_WRITTEN_MS = 10_000;

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  /** Tells this process's lock apart from a later one with a reused pid. */
  id: string;
}

export interface FolderLock {
  readonly holder: LockHolder;
  release(): void;
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Jerusalem',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** dd/mm/yyyy HH:MM in Israel, as the office reads the clock. */
function israelTime(at: Date): string {
  return `${isoToDisplay(todayInIsrael(at))} ${clock.format(at)}`;
}

/** The folder is held by another running process (or by one on another machine). */
export class FolderLockedError extends Error {
  constructor(readonly holder: LockHolder) {
    super(
      errorMessage('dataFolderLocked', {
        pid: holder.pid,
        host: holder.host,
        since: israelTime(new Date(holder.startedAt)),
      }),
    );
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (
      typeof parsed.pid === 'number' &&
      typeof parsed.host === 'string' &&
      typeof parsed.startedAt === 'string' &&
      typeof parsed.id === 'string'
    ) {
      return parsed as LockHolder;
    }
  } catch {
    // missing or half-written
  }
  return null;
}

function ageMs(file: string): number {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? Date.now() - stat.mtimeMs : Infinity;
}

/** Whether the lock at `file` belongs to nobody alive; only a holder on this host can be checked. */
function isStale(file: string): boolean {
  const holder = readHolder(file);
  if (!holder) return ageMs(file) > HALF_WRITTEN_MS;
  return holder.host === os.hostname() && holder.pid !== process.pid && !isRunning(holder.pid);
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Removes a stale lock while holding the takeover file, re-checking under it. */
function takeOverStale(file: string): void {
  const takeover = `${file}.takeover`;
  if (!createExclusive(takeover, String(process.pid))) {
    // Another process is taking over now, or crashed doing so long ago.
    if (ageMs(takeover) > HALF_WRITTEN_MS) fs.rmSync(takeover, { force: true });
    return;
  }
  try {
    if (isStale(file)) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

/** Takes the folder's lock or throws FolderLockedError naming the holder. */
export function lockDataFolder(folder: string, now: () => Date = () => new Date()): FolderLock {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: now().toISOString(),
    id: randomUUID(),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, JSON.stringify(holder))) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock: never one a later process took after ours was (wrongly) judged stale.
        if (readHolder(file)?.id === holder.id) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { holder, release };
    }
    if (!isStale(file)) {
      const current = readHolder(file);
      // A lock being written this instant has no content yet: look again shortly.
      if (current) throw new FolderLockedError(current);
    } else {
      takeOverStale(file);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 * (attempt + 1));
  }
  const current = readHolder(file);
  throw current ? new FolderLockedError(current) : new Error(errorMessage('dataFolderLockUnreadable', { file }));
}
