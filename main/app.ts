// Opens the office's store and wires the services: what desktop and browser mode both start with.
import { openDatabase } from '../db/open';
import { dataFiles, migrationsFolder } from './config/paths';
import type { Services } from './services/context';
import { createDispatch, type Dispatch } from './services/dispatch';
import { SessionStore } from './services/sessions';

export const DEFAULT_IDLE_MINUTES = 30;

export interface AppOptions {
  dataDir: string;
  idleMinutes?: number;
  now?: () => Date;
}

export interface App extends Services {
  dispatch: Dispatch;
  close(): void;
}

export async function openApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const files = dataFiles(options.dataDir);
  const store = await openDatabase({ file: files.database, backupDir: files.backups, migrationsFolder, now });
  const services: Services = { store, sessions: new SessionStore(options.idleMinutes ?? DEFAULT_IDLE_MINUTES, now), now };
  return { ...services, dispatch: createDispatch(services), close: () => store.close() };
}
