// Opens the office's store and wires the services: what desktop and browser mode both start with.
import path from 'node:path';
import type { KeyVault } from '../db/audit-key';
import type { RetentionOptions } from '../db/retention';
import { migrationsFolder } from './config/paths';
import type { Services } from './services/context';
import { createDispatch, type Dispatch } from './services/dispatch';
import { SessionStore } from './services/sessions';
import { DEFAULTS } from './config/config';
import { LoginThrottle } from './services/login-throttle';
import { PendingSecondFactor } from './services/pending-second-factor';
import { StoreKeeper } from './store-keeper';
import { ChangeBus } from './services/changes';
import { applyStoredPacks } from './services/packs';
import { PUBLISHER_KEYS, type TrustedKey } from '../shared/rules/packs/publisher-key';
import { fileLogger, type FileLogger, type Logger } from './logging/logger';
import { InboxFolder } from './inbox/watched-folder';

export interface AppOptions {
  dataDir: string;
  idleMinutes?: number;
  /** Hours after sign-in when a session ends however active it is. */
  sessionHours?: number;
  /** How many automatic daily backups to keep. */
  keepDailyBackups?: number;
  /** Where each daily backup is copied as well; none when absent. */
  secondBackupDir?: string | null;
  /** The audit key's folder (and, in the desktop, the keychain that wraps it). */
  keys: KeyVault;
  /** How long old backups, exported packages and deleted records are kept. */
  retention?: RetentionOptions;
  /** Failed sign-ins so far: the unlock screen's failures count on as sign-in failures. */
  throttle?: LoginThrottle;
  /** The keys parameter packs may be signed with; the publisher's unless a test brings its own. */
  trustedPackKeys?: readonly TrustedKey[];
  now?: () => Date;
  /** The operations log's folder: the data folder's logs/ unless told (the office server's MITZUI_LOG_DIR). */
  logDir?: string | null;
}

/** The data folder's log folder, where the operations log goes unless another is set. */
export function logFolder(options: Pick<AppOptions, 'dataDir' | 'logDir'>): string {
  return options.logDir ?? path.join(options.dataDir, 'logs');
}

export interface App extends Services {
  dispatch: Dispatch;
  /** The operations log (main/logging/logger.ts). */
  logger: Logger;
  close(): void;
  /** Resolves once the log's last lines are on disk after close(). */
  logFlushed(): Promise<void>;
}

/** Never fails on a broken data file: the app then starts in recovery (see StoreKeeper). */
export async function openApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const trustedPackKeys = options.trustedPackKeys ?? PUBLISHER_KEYS;
  const log: FileLogger = fileLogger(logFolder(options), 'mitzui');
  const { logger } = log;
  const keeper = await StoreKeeper.open({
    dataDir: options.dataDir,
    keys: options.keys,
    migrationsFolder,
    now,
    keepDailyBackups: options.keepDailyBackups ?? DEFAULTS.keepDailyBackups,
    retention: options.retention,
    secondBackupDir: options.secondBackupDir,
    log: (error) => logger.error({ err: error }, 'store'),
    onOpen: (store) => applyStoredPacks(store.db, trustedPackKeys, (message) => logger.warn(message)),
  });
  const services: Services = {
    // A getter, read as each call starts: after a restore every service sees the new store.
    get store() {
      return keeper.store;
    },
    sessions: new SessionStore(options.idleMinutes ?? DEFAULTS.idleMinutes, now, {
      absoluteHours: options.sessionHours,
    }),
    now,
    keeper,
    throttle: options.throttle ?? new LoginThrottle(now),
    pendingSecondFactor: new PendingSecondFactor(now),
    trustedPackKeys,
    changes: new ChangeBus(now),
  };
  const inboxFolder = new InboxFolder(services, { dataDir: options.dataDir, log: logger });
  services.inboxFolder = inboxFolder;
  inboxFolder.start();
  logger.info({ recovery: keeper.recoveryError !== null, keyProblem: keeper.keyProblem }, 'started');
  let flushed: Promise<void> | undefined;
  const close = () => {
    // Watching stops at once; a file being read when the store closes is taken on the next start.
    void inboxFolder.close();
    keeper.close();
    if (flushed) return;
    logger.info('stopped');
    // Nothing may write to the ended file: a late line (a second close, a worker answering after)
    // would throw "write after end" out of whatever logged it.
    logger.level = 'silent';
    flushed = log.close();
  };
  const logFlushed = () => flushed ?? Promise.resolve();
  return Object.assign(services, { dispatch: createDispatch(services, { log: logger }), logger, close, logFlushed });
}
