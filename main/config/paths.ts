// Where things live: the app's own files (migrations, built renderer) and the office's data folder.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (or packaged app) root: this module sits two levels down, in source and in dist/. */
export const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const migrationsFolder = path.join(appRoot, 'db', 'migrations');
/** Build output folder; MITZUI_DIST lets parallel development builds live side by side. */
export const distDir = path.join(appRoot, process.env.MITZUI_DIST ?? 'dist');
export const rendererDir = path.join(distDir, 'renderer');

export const PRODUCT_NAME = 'Mitzui';

/** The same folder Electron's app.getPath('userData') gives, so desktop and browser mode share data. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
  home = os.homedir(),
): string {
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, PRODUCT_NAME);
}

/** The audit key folder: beside the app's configuration, never inside a data folder (whoever copies
 * or edits the data folder must not get the key with it). */
export function defaultKeyDir(userData: string): string {
  return path.join(path.dirname(userData), `${PRODUCT_NAME} Keys`);
}

/** backups/ holds the copies taken before a migration or a restore; daily/ the rotated automatic
 * ones; manual/ those taken on demand without a chosen folder. */
export function dataFiles(dataDir: string) {
  const backups = path.join(dataDir, 'backups');
  return {
    database: path.join(dataDir, 'mitzui.sqlite'),
    backups,
    dailyBackups: path.join(backups, 'daily'),
    manualBackups: path.join(backups, 'manual'),
  };
}
