// The office's store as the running app holds it. Opened at start — or, when the file will not open
// or fails quick_check, a recovery state in which only the recovery procedures work instead of a
// crash. It takes the daily backup and swaps a restored file in; services read the current store
// through call.store on every call, so a swap reaches all of them at once.
import { AppError } from '../shared/api/result';
import { errorMessage } from '../shared/locales/messages';
import type { BackupInfo } from '../shared/schemas/backup';
import { backupName, listBackups, takeDailyBackup, writeBackup } from '../db/backup';
import type { KeyVault } from '../db/audit-key';
import { openDatabase, type Store } from '../db/open';
import { appendAudit } from '../db/repositories/audit';
import { firstOffice } from '../db/repositories/offices';
import { BackupRefusedError, refusalOf, restoreDatabase, type Restored } from '../db/restore';
import { dataFiles } from './config/paths';
import { lockDataFolder, type FolderLock } from './storage/folder-lock';

const DAILY_CHECK_MS = 60 * 60 * 1000;

export interface KeeperOptions {
  dataDir: string;
  keys: KeyVault;
  migrationsFolder: string;
  now: () => Date;
  keepDailyBackups: number;
  log: (error: unknown) => void;
}

type State = { kind: 'open'; store: Store } | { kind: 'recovery'; error: string } | { kind: 'restoring' };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Stands in while there is no open store: whatever touches it gets the Hebrew recovery error. */
function unavailableStore(file: string, key: 'storeInRecovery' | 'storeRestoring'): Store {
  const refuse = (): never => {
    throw new AppError('recovery', key);
  };
  return {
    get db() {
      return refuse();
    },
    get sqlite() {
      return refuse();
    },
    file,
    close: () => undefined,
  };
}

async function openChecked(options: KeeperOptions): Promise<State> {
  const files = dataFiles(options.dataDir);
  let store: Store | undefined;
  try {
    store = await openDatabase({ file: files.database, backupDir: files.backups, keys: options.keys, migrationsFolder: options.migrationsFolder, now: options.now });
    const check = String(store.sqlite.pragma('quick_check', { simple: true }));
    if (check !== 'ok') throw new Error(errorMessage('storeCheckFailed', { detail: check }));
    return { kind: 'open', store };
  } catch (error) {
    store?.close();
    return { kind: 'recovery', error: messageOf(error) };
  }
}

export class StoreKeeper {
  readonly files: ReturnType<typeof dataFiles>;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly options: KeeperOptions,
    private state: State,
    private readonly lock: FolderLock,
  ) {
    this.files = dataFiles(options.dataDir);
  }

  /**
   * Takes the data folder's lock (throws FolderLockedError when another process holds it), opens the
   * store (or enters recovery), then checks for a due daily backup now and every hour.
   */
  static async open(options: KeeperOptions): Promise<StoreKeeper> {
    const lock = lockDataFolder(options.dataDir, options.now);
    const keeper = new StoreKeeper(options, await openChecked(options), lock);
    keeper.timer = setInterval(() => void keeper.runDailyBackup(), DAILY_CHECK_MS);
    keeper.timer.unref();
    void keeper.runDailyBackup();
    return keeper;
  }

  get store(): Store {
    if (this.state.kind === 'open') return this.state.store;
    return unavailableStore(this.files.database, this.state.kind === 'recovery' ? 'storeInRecovery' : 'storeRestoring');
  }

  /** Why the store would not open or check; null while it is fine. */
  get recoveryError(): string | null {
    return this.state.kind === 'recovery' ? this.state.error : null;
  }

  /** The backups in the office's own folders, newest first. */
  list(): BackupInfo[] {
    return listBackups(this.files.backups, this.files.dailyBackups, this.files.manualBackups);
  }

  /** The newest backup this build can restore. Safety copies of replaced files are passed over. */
  latestGoodBackup(): BackupInfo | null {
    return this.list().find((backup) => backup.kind !== 'before-restore' && refusalOf(backup.file, this.options.migrationsFolder) === null) ?? null;
  }

  backup(folder: string): Promise<BackupInfo> {
    return this.exclusive(() => writeBackup(this.store.sqlite, folder, backupName('manual', this.options.now())));
  }

  /** Takes the daily backup when the newest is 24 hours old; never throws, so timers can call it. */
  runDailyBackup(): Promise<BackupInfo | null> {
    return this.exclusive(async () => {
      if (this.state.kind !== 'open') return null;
      const { store } = this.state;
      const office = firstOffice(store.db);
      // Nothing to lose before the office is set up.
      if (!office) return null;
      const at = this.options.now();
      const backup = await takeDailyBackup(store.sqlite, this.files.dailyBackups, at, this.options.keepDailyBackups);
      if (backup) {
        appendAudit(store.db, {
          at: at.toISOString(),
          officeId: office.id,
          staffId: null,
          action: 'backup',
          entity: 'database',
          details: { kind: backup.kind, file: backup.file, size: backup.size },
        });
      }
      return backup;
    }).catch((error: unknown) => {
      // Closing the app mid-backup aborts it; the next start takes it again.
      if (!this.closed) this.options.log(error);
      return null;
    });
  }

  /**
   * Replaces the database file with a backup and opens it. Calls meanwhile get "restoring", so
   * nothing is written after the safety copy is taken. A refused backup leaves everything as it was.
   */
  restore(backupFile: string): Promise<Restored> {
    return this.exclusive(async () => {
      const previous = this.state;
      const current = previous.kind === 'open' ? previous.store : null;
      this.state = { kind: 'restoring' };
      try {
        const restored = await restoreDatabase({
          current,
          file: this.files.database,
          backupFile,
          backupDir: this.files.backups,
          keys: this.options.keys,
          migrationsFolder: this.options.migrationsFolder,
          now: this.options.now,
        });
        this.state = { kind: 'open', store: restored.store };
        return restored;
      } catch (error) {
        const untouched = error instanceof BackupRefusedError || (current?.sqlite.open ?? false);
        this.state = untouched ? previous : { kind: 'recovery', error: messageOf(error) };
        throw error;
      }
    });
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    if (this.state.kind === 'open') this.state.store.close();
    this.lock.release();
  }

  /** Backups and restores one at a time: a restore must not close the file under a running backup. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
