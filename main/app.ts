// Opens the office's store and wires the services: what desktop and browser mode both start with.
import { migrationsFolder } from './config/paths';
import type { Services } from './services/context';
import { createDispatch, type Dispatch } from './services/dispatch';
import { SessionStore } from './services/sessions';
import { LoginThrottle } from './services/login-throttle';
import { PendingSecondFactor } from './services/pending-second-factor';
import { DEFAULT_KEEP_DAILY_BACKUPS, StoreKeeper } from './store-keeper';

export const DEFAULT_IDLE_MINUTES = 30;

export interface AppOptions {
  dataDir: string;
  idleMinutes?: number;
  /** Hours after sign-in when a session ends however active it is. */
  sessionHours?: number;
  /** How many automatic daily backups to keep. */
  keepDailyBackups?: number;
  now?: () => Date;
}

export interface App extends Services {
  dispatch: Dispatch;
  close(): void;
}

/** MITZUI_DAILY_BACKUPS, when set: how many daily backups to keep, for both shells. */
export function keepDailyBackupsFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.MITZUI_DAILY_BACKUPS;
  if (raw === undefined) return undefined;
  const keep = Number(raw);
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`Invalid MITZUI_DAILY_BACKUPS: ${raw}`);
  return keep;
}

/** Never fails on a broken data file: the app then starts in recovery (see StoreKeeper). */
export async function openApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const keeper = await StoreKeeper.open({
    dataDir: options.dataDir,
    migrationsFolder,
    now,
    keepDailyBackups: options.keepDailyBackups ?? DEFAULT_KEEP_DAILY_BACKUPS,
    log: console.error,
  });
  const services: Services = {
    // A getter, read as each call starts: after a restore every service sees the new store.
    get store() {
      return keeper.store;
    },
    sessions: new SessionStore(options.idleMinutes ?? DEFAULT_IDLE_MINUTES, now, { absoluteHours: options.sessionHours }),
    now,
    keeper,
    throttle: new LoginThrottle(now),
    pendingSecondFactor: new PendingSecondFactor(now),
  };
  return Object.assign(services, { dispatch: createDispatch(services), close: () => keeper.close() });
}
