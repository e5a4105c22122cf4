// The office's store as the running app holds it. Opened at start — or, when the file will not open
// or fails quick_check, a recovery state in which only the recovery procedures work instead of a
// crash. quick_check reads the whole file (seconds at 100,000 clients), so it runs on a worker after
// the store opened: the sign-in screen is served meanwhile, and dispatch holds every other call until
// the check is done (whenChecked); a file from a newer version is not broken and is never offered for recovery. It takes the
// daily backup (then the day's housekeeping) and swaps a restored file in; services read the current
// store through call.store on every call, so a swap reaches all of them at once.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/api/result';
import { errorMessage } from '../shared/locales/messages';
import type { BackupInfo, CreatedBackup, SecondCopyStatus } from '../shared/schemas/backup';
import { backupName, collectBackupPool, listBackups, syncFolder, takeDailyBackup, writeBackup } from '../db/backup';
import { copyDailyBackup } from '../db/backup-copy';
import { quickCheckOffThread } from '../db/file-check';
import { encryptedCopyOf, encryptPlainBackups } from '../db/convert-store';
import { encryptExistingDocuments, rewrapDocuments } from './storage/document-keys';
import { documentFiles, documentsRoot, POOL_FOLDER } from '../db/backup-documents';
import { DatabaseTooNewError, openDatabase, StoreKeyError, type KeyProblem, type Store } from '../db/open';
import {
  dataKeyFor,
  folderKeysOf,
  loadAuditKey,
  loadBundleKey,
  loadDataKey,
  replaceBundleKey,
  replaceFolderKeys,
  secretsKeyFor,
  type FolderKeys,
  type KeyVault,
} from '../db/audit-key';
import { writeMovePackage, type MovePackageOptions } from '../db/move-package';
import { adoptStore, MoveRolledBackError, type Adoption } from '../db/move-adopt';
import type { MovePackage, MoveReport } from '../shared/schemas/move';
import { appendAudit } from '../db/repositories/audit';
import { firstOffice } from '../db/repositories/offices';
import { BackupRefusedError, refusalOf, restoreDatabase, type Restored } from '../db/restore';
import {
  cleanExports,
  DEFAULT_RETENTION,
  purgeCutoff,
  purgeDeleted,
  removeDocumentFiles,
  rotateOldBackups,
  type RetentionOptions,
} from '../db/retention';
import { dataFiles } from './config/paths';
import { lockDataFolder, type FolderLock } from './storage/folder-lock';
import {
  bundleKeyOf,
  newRecoveryKey,
  openRecoveryBundle,
  readRecoveryBundle,
  sealRecoveryBundle,
  writeRecoveryBundle,
  type RecoveryBundle,
} from '../db/recovery-key';
import { SealBrokenError } from '../db/key-seal';
import { clearRenewal, markRenewalDue, renewalDueSince } from '../db/recovery-key-renewal';
import { openFile, isPlainFile, opensWith } from '../db/sqlite';
import { rekeyCopy, resumeRotation, rotateDataKey, type Rotation } from '../db/rotate-key';
import { readManifest } from '../db/backup-manifest';
import { resealBackupBundles } from '../db/backup-bundle';

const DAILY_CHECK_MS = 60 * 60 * 1000;

export interface KeeperOptions {
  dataDir: string;
  keys: KeyVault;
  migrationsFolder: string;
  now: () => Date;
  keepDailyBackups: number;
  /** Defaults to DEFAULT_RETENTION. */
  retention?: RetentionOptions;
  log: (error: unknown) => void;
  /** A second folder (another disk or a share) that gets a whole copy of each daily backup. */
  secondBackupDir?: string | null;
  /** Runs on every store the keeper opens: at start and after a restore (the parameter packs it holds). */
  onOpen?: (store: Store) => void;
}

/** What an owner's conversion to encryption did. */
export interface StoreConversion {
  /** Rows of the store found again in its encrypted copy (the audit chain verified there too). */
  rows: number;
  backups: number;
  documents: number;
  /** Plain documents whose bytes no longer match their name: left as they are. */
  damagedDocuments: string[];
}

type State =
  | { kind: 'open'; store: Store }
  /** `keyProblem`: the store is encrypted and this machine's key folder cannot open it. */
  | { kind: 'recovery'; error: string; keyProblem?: KeyProblem }
  /** The file is from a newer version: nothing is served and nothing may be restored over it. */
  | { kind: 'tooNew'; error: string }
  | { kind: 'restoring' };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Stands in while there is no open store: whatever touches it gets the Hebrew recovery error. */
function unavailableStore(file: string, key: 'storeInRecovery' | 'storeRestoring' | 'storeTooNewInstall'): Store {
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

/** Seals the recovery bundle again over the folder's current keys (after the data key rotated); nothing when there is none. */
function resealBundle(options: KeeperOptions): void {
  const bundle = readRecoveryBundle(options.dataDir);
  const bundleKey = loadBundleKey(options.keys, options.dataDir);
  const keys = folderKeysOf(options.keys, options.dataDir);
  if (bundle && bundleKey && keys)
    writeRecoveryBundle(options.dataDir, sealRecoveryBundle(keys, bundleKey, options.now(), bundle));
}

function backupFoldersOf(dataDir: string): string[] {
  const files = dataFiles(dataDir);
  return [files.backups, files.dailyBackups, files.manualBackups];
}

/** The office's backups under its current data key carry its current recovery bundle (db/backup-bundle.ts). */
function resealBackups(options: KeeperOptions): void {
  const bundle = readRecoveryBundle(options.dataDir);
  const key = loadDataKey(options.keys, options.dataDir);
  if (bundle && key) resealBackupBundles(backupFoldersOf(options.dataDir), bundle, key);
}

function rotationOf(options: KeeperOptions): Rotation {
  const files = dataFiles(options.dataDir);
  return {
    vault: options.keys,
    dataDir: options.dataDir,
    backupFolders: backupFoldersOf(options.dataDir),
    onKeyChanged: () => resealBundle(options),
    onBackupsRekeyed: () => resealBackups(options),
    // The documents and the backups' shared pool: each file's own key rewrapped, its content untouched.
    // The second folder keeps the keys its passphrase sealed, and says so until the owner seals them again.
    rewrapDocuments: async (from, to, onProgress) => {
      for (const root of [documentsRoot(files.database), path.join(files.backups, POOL_FOLDER)]) {
        const report = await rewrapDocuments(root, from, to, (progress) => onProgress(progress.done, progress.total));
        if (report.failed.length > 0)
          options.log(
            new Error(`${report.failed.length} documents in ${root} opened with neither key during the key rotation`),
          );
      }
    },
  };
}

async function openChecked(options: KeeperOptions): Promise<State> {
  const files = dataFiles(options.dataDir);
  let store: Store | undefined;
  try {
    await resumeRotation(files.database, rotationOf(options));
    store = await openDatabase({
      file: files.database,
      backupDir: files.backups,
      keys: options.keys,
      migrationsFolder: options.migrationsFolder,
      now: options.now,
    });
    options.onOpen?.(store);
    return { kind: 'open', store };
  } catch (error) {
    store?.close();
    if (error instanceof DatabaseTooNewError) return { kind: 'tooNew', error: messageOf(error) };
    return {
      kind: 'recovery',
      error: messageOf(error),
      ...(error instanceof StoreKeyError && { keyProblem: error.problem }),
    };
  }
}

const UNAVAILABLE = { recovery: 'storeInRecovery', tooNew: 'storeTooNewInstall', restoring: 'storeRestoring' } as const;

/** A backup's restorability (being checked, or known), remembered while its file keeps its size and time. */
interface Checked {
  size: number;
  mtimeMs: number;
  restorable: Promise<boolean>;
}

export class StoreKeeper {
  readonly files: ReturnType<typeof dataFiles>;
  /** The document pool the office's own backups share. */
  readonly pool: string;
  private readonly checked = new Map<string, Checked>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private secondCopyStatus: SecondCopyStatus | null;
  private checking: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: KeeperOptions,
    private state: State,
    private readonly lock: FolderLock,
  ) {
    this.files = dataFiles(options.dataDir);
    this.pool = path.join(this.files.backups, POOL_FOLDER);
    this.secondCopyStatus = options.secondBackupDir ? { folder: options.secondBackupDir, at: null, error: null } : null;
  }

  /**
   * Takes the data folder's lock (throws FolderLockedError when another process holds it), opens the
   * store (or enters recovery), then checks for a due daily backup now and every hour.
   */
  static async open(options: KeeperOptions): Promise<StoreKeeper> {
    const lock = lockDataFolder(options.dataDir, options.now);
    const keeper = new StoreKeeper(options, await openChecked(options), lock);
    keeper.checking = keeper.checkOpenStore();
    keeper.timer = setInterval(() => void keeper.runDailyBackup(), DAILY_CHECK_MS);
    keeper.timer.unref();
    void keeper.checking.then(() => keeper.runDailyBackup());
    return keeper;
  }

  /** Done once the start-up quick_check has passed, or has put the keeper into recovery. */
  whenChecked(): Promise<void> {
    return this.checking;
  }

  /** quick_check on a worker; a store that fails it is closed and the keeper enters recovery. */
  private checkOpenStore(): Promise<void> {
    return this.exclusive(async () => {
      if (this.state.kind !== 'open') return;
      const detail = await quickCheckOffThread(this.files.database, this.storeKey()).catch((error: unknown) =>
        messageOf(error),
      );
      if (detail === 'ok' || this.closed) return;
      this.state.store.close();
      this.state = { kind: 'recovery', error: errorMessage('storeCheckFailed', { detail }) };
    });
  }

  get store(): Store {
    if (this.state.kind === 'open') return this.state.store;
    return unavailableStore(this.files.database, UNAVAILABLE[this.state.kind]);
  }

  /** Why the store would not open or check (also when it is from a newer version); null while it is fine. */
  get recoveryError(): string | null {
    return this.state.kind === 'recovery' || this.state.kind === 'tooNew' ? this.state.error : null;
  }

  /** The store is encrypted and its key is missing here or does not open it: the recovery key can. */
  get keyProblem(): KeyProblem | null {
    return (this.state.kind === 'recovery' && this.state.keyProblem) || null;
  }

  /** The store is from a newer version of Mitzui: the user must install it; no backup is restored over it. */
  get newerVersion(): boolean {
    return this.state.kind === 'tooNew';
  }

  private get folders(): string[] {
    return backupFoldersOf(this.options.dataDir);
  }

  /** The backups in the office's own folders, newest first. */
  list(): BackupInfo[] {
    return listBackups(...this.folders);
  }

  /** One of the office's own backups by its name. */
  find(name: string): BackupInfo | null {
    return this.list().find((backup) => backup.name === name) ?? null;
  }

  /**
   * The newest backup this build can restore. Safety copies of replaced files are passed over. Each
   * file is checked (integrity_check, which reads all of it, on a worker thread) once per size and
   * modification time; calls meanwhile wait for the same check.
   */
  async latestGoodBackup(): Promise<BackupInfo | null> {
    for (const backup of this.list()) {
      if (backup.kind !== 'before-restore' && (await this.restorable(backup.file))) return backup;
    }
    return null;
  }

  private restorable(file: string): Promise<boolean> {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return Promise.resolve(false);
    // Whole milliseconds: what every file system and copy tool keeps of a file's time.
    const mtimeMs = Math.floor(stat.mtimeMs);
    const known = this.checked.get(file);
    if (known && known.size === stat.size && known.mtimeMs === mtimeMs) return known.restorable;
    const restorable = refusalOf(file, this.storeKey(), this.options.migrationsFolder).then(
      (refusal) => refusal === null,
      () => false,
    );
    this.checked.set(file, { size: stat.size, mtimeMs, restorable });
    return restorable;
  }

  /** A backup into the office's manual folder shares its document pool; one into a chosen folder carries its own. */
  backup(folder: string): Promise<CreatedBackup> {
    const pool = path.resolve(folder) === path.resolve(this.files.manualBackups) ? { pool: this.pool } : {};
    return this.exclusive(() => writeBackup(this.store.sqlite, folder, backupName('manual', this.options.now()), pool));
  }

  /** Takes the daily backup when the newest is 24 hours old; never throws, so timers can call it. */
  runDailyBackup(): Promise<CreatedBackup | null> {
    return this.exclusive(async () => {
      if (this.state.kind !== 'open') return null;
      const { store } = this.state;
      const office = firstOffice(store.db);
      // Nothing to lose before the office is set up.
      if (!office) return null;
      const at = this.options.now();
      const backup = await takeDailyBackup(store.sqlite, this.files.dailyBackups, at, this.options.keepDailyBackups, {
        pool: this.pool,
      });
      if (backup) {
        appendAudit(store.db, {
          at: at.toISOString(),
          officeId: office.id,
          staffId: null,
          action: 'backup',
          entity: 'database',
          details: {
            kind: backup.kind,
            file: backup.file,
            size: backup.size,
            documents: backup.documents,
            damagedDocuments: backup.damagedDocuments,
          },
        });
        try {
          this.housekeeping(store, office.id, at);
        } catch (error) {
          // The backup stands; the next day's run tries the housekeeping again.
          this.options.log(error);
        }
        await this.copyToSecondFolder(store, office.id, backup, at);
      }
      return backup;
    }).catch((error: unknown) => {
      // Closing the app mid-backup aborts it; the next start takes it again.
      if (!this.closed) this.options.log(error);
      return null;
    });
  }

  /**
   * The last copy into the second backup folder; null when none is set. Before this process has
   * tried one, the newest daily backup already there stands for it (the folder may be offline: none).
   */
  get secondCopy(): SecondCopyStatus | null {
    const status = this.secondCopyStatus;
    if (!status || status.at !== null) return status;
    let newest: BackupInfo | undefined;
    try {
      newest = listBackups(status.folder).find((backup) => backup.kind === 'daily');
    } catch {
      // unreadable: shown as not copied yet
    }
    return { ...status, at: newest?.createdAt ?? null };
  }

  /**
   * The daily backup, copied whole into the second folder. A failure (a share that is offline, a full
   * disk) is logged, audited and shown with the backups, and never undoes the backup itself.
   */
  private async copyToSecondFolder(store: Store, officeId: number, backup: CreatedBackup, at: Date): Promise<void> {
    const folder = this.options.secondBackupDir;
    if (!folder) return;
    let details: Record<string, unknown>;
    try {
      const copy = await copyDailyBackup(backup.file, folder, this.options.keepDailyBackups, at);
      this.secondCopyStatus = { folder, at: at.toISOString(), error: null };
      details = { kind: 'second-copy', file: copy.file, size: copy.size, documents: copy.documents };
    } catch (error) {
      this.options.log(error);
      this.secondCopyStatus = { folder, at: at.toISOString(), error: messageOf(error) };
      details = { kind: 'second-copy', folder, error: messageOf(error) };
    }
    appendAudit(store.db, {
      at: at.toISOString(),
      officeId,
      staffId: null,
      action: 'backup',
      entity: 'database',
      details,
    });
  }

  /**
   * Once a day, after the daily backup: old backups and exported packages go, then the document
   * files no backup lists, then records deleted softly longer ago than the retention period — with
   * one audit row naming what was purged.
   */
  private housekeeping(store: Store, officeId: number, at: Date): void {
    const retention = this.options.retention ?? DEFAULT_RETENTION;
    rotateOldBackups(this.folders, at, retention);
    collectBackupPool(this.pool, this.folders);
    cleanExports(path.join(this.options.dataDir, 'exports'), at, retention);
    const cutoff = purgeCutoff(at, retention);
    const purged = purgeDeleted(store.sqlite, cutoff);
    if (Object.keys(purged.counts).length === 0) return;
    removeDocumentFiles(documentsRoot(store.file), purged.orphanedFiles);
    appendAudit(store.db, {
      at: at.toISOString(),
      officeId,
      staffId: null,
      action: 'purge',
      entity: 'database',
      details: { deletedBefore: cutoff, rows: purged.counts, files: purged.orphanedFiles.length },
    });
  }

  /**
   * Replaces the database file with a backup and opens it. Calls meanwhile get "restoring", so
   * nothing is written after the safety copy is taken. A refused backup leaves everything as it was.
   */
  restore(backupFile: string): Promise<Restored> {
    return this.exclusive(() => this.restoreNow(backupFile));
  }

  private async restoreNow(backupFile: string): Promise<Restored> {
    const previous = this.state;
    if (previous.kind === 'tooNew') throw new AppError('recovery', 'storeTooNewInstall');
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
        pools: [this.pool],
      });
      this.state = { kind: 'open', store: restored.store };
      this.options.onOpen?.(restored.store);
      return restored;
    } catch (error) {
      const untouched = error instanceof BackupRefusedError || (current?.sqlite.open ?? false);
      this.state = untouched ? previous : { kind: 'recovery', error: messageOf(error) };
      throw error;
    }
  }

  /**
   * Restores a backup under keys this machine lacks (a fresh install, its key folder empty or holding
   * a new office's keys) with the office's recovery key: the recovery bundle in the backup's manifest
   * gives the keys, which must open the backup before they replace this folder's. Refused while this
   * folder holds documents, which its own key seals. The replaced store's safety copy is rekeyed to the
   * restored keys, so it stays readable; a refused restore puts this folder's keys back.
   */
  restoreWithRecoveryKey(backupFile: string, recoveryKey: Buffer): Promise<Restored> {
    return this.exclusive(async () => {
      const bundle = readManifest(backupFile)?.recovery;
      if (!bundle) throw new AppError('not_found', 'backupRecoveryBundleMissing');
      let keys: FolderKeys;
      try {
        keys = openRecoveryBundle(bundle, recoveryKey);
      } catch (error) {
        if (error instanceof SealBrokenError) throw new AppError('validation', 'recoveryKeyWrong', 'recoveryKey');
        throw error;
      }
      const restored = await this.restoreUnderKeys(backupFile, keys);
      writeRecoveryBundle(this.options.dataDir, bundle);
      replaceBundleKey(this.options.keys, this.options.dataDir, bundleKeyOf(recoveryKey));
      markRenewalDue(this.options.dataDir, this.options.now());
      return restored;
    });
  }

  /** Restores a backup under keys from outside this folder (a sealed key file beside the backup). */
  restoreWithKeys(backupFile: string, keys: FolderKeys): Promise<Restored> {
    return this.exclusive(async () => {
      const restored = await this.restoreUnderKeys(backupFile, keys);
      markRenewalDue(this.options.dataDir, this.options.now());
      return restored;
    });
  }

  /** This folder's keys become `keys` for the restore, and go back if the backup is refused. */
  private async restoreUnderKeys(backupFile: string, keys: FolderKeys): Promise<Restored> {
    // The keys opened their seal: a backup they do not open is damaged.
    if (!opensWith(backupFile, keys.data)) throw new BackupRefusedError('corrupt');
    if (documentFiles(documentsRoot(this.files.database)).length > 0)
      throw new AppError('conflict', 'restoreKeysOfficeHasDocuments');
    const previousKeys = this.folderKeys();
    replaceFolderKeys(this.options.keys, this.options.dataDir, keys);
    let restored: Restored;
    try {
      restored = await this.restoreNow(backupFile);
    } catch (error) {
      // A refused backup left this folder's store in place: its own keys go back.
      if (previousKeys && opensWith(this.files.database, previousKeys.data))
        replaceFolderKeys(this.options.keys, this.options.dataDir, previousKeys);
      throw error;
    }
    if (restored.safetyCopy && previousKeys && !isPlainFile(restored.safetyCopy.file))
      rekeyCopy(restored.safetyCopy.file, previousKeys.data, keys.data);
    return restored;
  }

  /** This folder's keys, which a move package carries sealed; null before any store was opened here. */
  folderKeys(): FolderKeys | null {
    return folderKeysOf(this.options.keys, this.options.dataDir);
  }

  /** The move package of the whole office, written into `folder` (db/move-package.ts). */
  movePackage(folder: string, options: Omit<MovePackageOptions, 'now'>): Promise<MovePackage> {
    return this.exclusive(() => writeMovePackage(this.store.sqlite, folder, { ...options, now: this.options.now() }));
  }

  /**
   * Puts a moved office's store, documents and keys in place of this (empty) one and verifies them
   * (db/move-adopt.ts). A failed check, or any error, puts the empty store and this folder's own keys
   * back. Calls meanwhile get "restoring".
   */
  adopt(adoption: Pick<Adoption, 'store' | 'documents' | 'figures' | 'keys'>): Promise<MoveReport> {
    return this.exclusive(async () => {
      const previous = this.state;
      if (previous.kind !== 'open') throw new AppError('recovery', UNAVAILABLE[previous.kind]);
      const previousKeys = this.folderKeys()!;
      this.state = { kind: 'restoring' };
      try {
        const { store, report } = await adoptStore({
          ...adoption,
          current: previous.store,
          file: this.files.database,
          backupDir: this.files.backups,
          previousKeys,
          replaceKeys: (keys) => replaceFolderKeys(this.options.keys, this.options.dataDir, keys),
          migrationsFolder: this.options.migrationsFolder,
          vault: this.options.keys,
          now: this.options.now,
        });
        this.state = { kind: 'open', store };
        this.options.onOpen?.(store);
        return report;
      } catch (error) {
        if (error instanceof MoveRolledBackError) {
          this.state = { kind: 'open', store: error.store };
          this.options.onOpen?.(error.store);
          throw error.cause;
        }
        // Failing before the store was closed (its safety copy) leaves it as it was.
        this.state = previous.store.sqlite.open ? previous : { kind: 'recovery', error: messageOf(error) };
        throw error;
      }
    });
  }

  /** The key that seals secrets kept in this folder's store (db/audit-key.ts). */
  secretsKey(): Buffer {
    return secretsKeyFor(this.options.keys, this.options.dataDir);
  }

  /** The data key as the key folder holds it, or null when it is missing (a store from before encryption). */
  storeKey(): Buffer | null {
    return loadDataKey(this.options.keys, this.options.dataDir);
  }

  /** The key that encrypts this folder's store, backups and documents (db/audit-key.ts). */
  dataKey(): Buffer {
    return dataKeyFor(this.options.keys, this.options.dataDir);
  }

  /** The recovery bundle in the data folder; null before a recovery key was made. */
  recoveryBundle(): RecoveryBundle | null {
    return readRecoveryBundle(this.options.dataDir);
  }

  /**
   * A new recovery key for this folder: its bundle (the folder's keys sealed under it) replaces any
   * earlier one, so only the newest recovery key opens the office. The key itself is kept nowhere.
   */
  makeRecoveryKey(): Buffer {
    const keys = this.folderKeys();
    if (!keys) throw new AppError('recovery', 'storeInRecovery');
    const recoveryKey = newRecoveryKey();
    const bundleKey = bundleKeyOf(recoveryKey);
    writeRecoveryBundle(this.options.dataDir, sealRecoveryBundle(keys, bundleKey, this.options.now()));
    replaceBundleKey(this.options.keys, this.options.dataDir, bundleKey);
    resealBackups(this.options);
    return recoveryKey;
  }

  /** Since when a new recovery key is due: the office came here by its recovery key or a backup folder's keys. */
  recoveryKeyRenewalDue(): string | null {
    return renewalDueSince(this.options.dataDir);
  }

  /** The owner typed the groups back: the bundle records when, and no new key is due any more. */
  confirmRecoveryKey(): string {
    const bundle = this.recoveryBundle();
    if (!bundle) throw new AppError('not_found', 'recoveryKeyNotMade');
    const at = this.options.now().toISOString();
    writeRecoveryBundle(this.options.dataDir, { ...bundle, confirmedAt: at });
    clearRenewal(this.options.dataDir);
    resealBackups(this.options);
    return at;
  }

  /**
   * Opens an encrypted store whose key this machine lacks (or has wrong) with the office's recovery
   * key: the bundle's keys must open the store before they replace anything in the key folder.
   */
  recoverWithKey(recoveryKey: Buffer): Promise<void> {
    return this.exclusive(async () => {
      if (this.state.kind !== 'recovery' || !this.state.keyProblem) throw new AppError('recovery', 'notInRecovery');
      const bundle = this.recoveryBundle();
      if (!bundle) throw new AppError('not_found', 'recoveryBundleMissing');
      let keys: FolderKeys;
      try {
        keys = openRecoveryBundle(bundle, recoveryKey);
      } catch (error) {
        if (error instanceof SealBrokenError) throw new AppError('validation', 'recoveryKeyWrong', 'recoveryKey');
        throw error;
      }
      // Proves the key before the key folder changes: a bundle of another store is refused here.
      openFile(this.files.database, keys.data, { readonly: true, fileMustExist: true }).close();
      replaceFolderKeys(this.options.keys, this.options.dataDir, keys);
      replaceBundleKey(this.options.keys, this.options.dataDir, bundleKeyOf(recoveryKey));
      markRenewalDue(this.options.dataDir, this.options.now());
      this.state = await openChecked(this.options);
      if (this.state.kind !== 'open') throw new AppError('recovery', 'storeInRecovery');
    });
  }

  /**
   * A new data key for the store, its backups and its documents; the
   * recovery bundle is sealed again over it, so the same recovery key keeps opening the office.
   */
  rotateDataKey(onProgress?: (done: number, total: number) => void): Promise<void> {
    return this.exclusive(async () => {
      const previous = this.state;
      if (previous.kind !== 'open') throw new AppError('recovery', UNAVAILABLE[previous.kind]);
      // Calls meanwhile get "restoring": nothing is written after the copy is taken.
      this.state = { kind: 'restoring' };
      let swapped = false;
      const swap = (copy: string) => {
        this.swapIn(previous.store, copy);
        swapped = true;
      };
      try {
        await rotateDataKey(
          previous.store.sqlite,
          { ...rotationOf(this.options), ...(onProgress && { onProgress }) },
          swap,
        );
      } finally {
        this.state = swapped ? await openChecked(this.options) : previous;
        if (swapped && this.state.kind === 'open') this.options.onOpen?.(this.state.store);
      }
    });
  }

  /** Whether the store is plain SQLite still (made before encryption, not converted yet). */
  get storeIsPlain(): boolean {
    return isPlainFile(this.files.database);
  }

  /**
   * Encrypts a store made before encryption under the folder's data key: a verified encrypted copy
   * renamed over it (db/convert-store.ts), then its plain backups, then its documents and the backups'
   * pool (each file sealed on its own, so a pass cut short is finished by the next). Calls meanwhile
   * get "restoring".
   */
  encryptStore(): Promise<StoreConversion> {
    return this.exclusive(async () => {
      const previous = this.state;
      if (previous.kind !== 'open') throw new AppError('recovery', UNAVAILABLE[previous.kind]);
      if (!this.storeIsPlain) throw new AppError('bad_request', 'storeEncryptedAlready');
      const key = this.dataKey();
      const auditKey = loadAuditKey(this.options.keys, this.options.dataDir);
      if (!auditKey) throw new AppError('recovery', 'storeInRecovery');
      this.state = { kind: 'restoring' };
      let swapped = false;
      let rows = 0;
      try {
        const encrypted = await encryptedCopyOf(previous.store.sqlite, key, auditKey);
        rows = encrypted.rows;
        this.swapIn(previous.store, encrypted.copy);
        swapped = true;
      } finally {
        this.state = swapped ? await openChecked(this.options) : previous;
      }
      const backups = encryptPlainBackups(this.folders, key);
      const sealed = [
        await encryptExistingDocuments(documentsRoot(this.files.database), key),
        await encryptExistingDocuments(this.pool, key),
      ];
      return {
        rows,
        backups,
        documents: sealed.reduce((n, report) => n + report.sealed, 0),
        damagedDocuments: sealed.flatMap((report) => report.damaged),
      };
    });
  }

  /** Closes the open store and renames `copy` (a whole store, flushed) over its file. */
  private swapIn(store: Store, copy: string): void {
    store.close();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${this.files.database}${suffix}`, { force: true });
    fs.renameSync(copy, this.files.database);
    syncFolder(path.dirname(this.files.database));
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
