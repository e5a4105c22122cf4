// The one place where the app's settings are read from the command line and the environment, and
// checked: a bad value stops the start with a message naming the setting, rather than quietly
// meaning something else (a non-numeric idle timeout once made sessions never expire).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { errorMessage } from '../../shared/locales/messages';
import { DEFAULT_RETENTION, type RetentionOptions } from '../../db/retention';
import { defaultKeyDir, userDataDir } from './paths';

export interface AppConfig {
  port: number;
  dataDir: string;
  idleMinutes: number;
  /** Hours after sign-in when a session ends, however active. */
  sessionHours: number;
  keepDailyBackups: number;
  retention: RetentionOptions;
  /** The audit key folder (MITZUI_KEY_DIR), outside the data folder. */
  keyDir: string;
  /** Where each daily backup is copied as well (MITZUI_SECOND_BACKUP_DIR: another disk or a share); null for none. */
  secondBackupDir: string | null;
}

export const DEFAULTS = {
  port: 5180,
  idleMinutes: 30,
  sessionHours: 12,
  keepDailyBackups: 14,
  keepNewestBackups: DEFAULT_RETENTION.keepNewestBackups,
  backupMaxAgeDays: DEFAULT_RETENTION.backupMaxAgeDays,
  exportMaxAgeDays: DEFAULT_RETENTION.exportMaxAgeDays,
  deletedRecordYears: DEFAULT_RETENTION.deletedRecordYears,
} as const;

const whole = (min: number, max: number) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

// Minutes and hours may be a fraction (tests time a session out in seconds), never zero or negative.
const minutes = (max: number) =>
  z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number)
    .pipe(z.number().gt(0).max(max));

/** Each setting: where it comes from (flag, then variable) and what it may be. */
const SETTINGS = {
  port: { flag: 'port', variable: 'PORT', schema: whole(0, 65_535), range: '0–65535' },
  idleMinutes: { flag: null, variable: 'MITZUI_IDLE_MINUTES', schema: minutes(24 * 60), range: '0–1440' },
  sessionHours: { flag: null, variable: 'MITZUI_SESSION_HOURS', schema: minutes(72), range: '0–72' },
  keepDailyBackups: { flag: null, variable: 'MITZUI_DAILY_BACKUPS', schema: whole(1, 3650), range: '1–3650' },
  keepNewestBackups: { flag: null, variable: 'MITZUI_KEEP_BACKUPS', schema: whole(1, 1000), range: '1–1000' },
  backupMaxAgeDays: { flag: null, variable: 'MITZUI_BACKUP_MAX_AGE_DAYS', schema: whole(1, 36_500), range: '1–36500' },
  exportMaxAgeDays: { flag: null, variable: 'MITZUI_EXPORT_MAX_AGE_DAYS', schema: whole(1, 36_500), range: '1–36500' },
  // The law keeps a client's file for years after it closes: never less than the Prescription Law's seven.
  deletedRecordYears: { flag: null, variable: 'MITZUI_DELETED_RETENTION_YEARS', schema: whole(7, 100), range: '7–100' },
} as const;

/**
 * Every file the app creates — store, backups, documents, exports — is readable by the account that
 * runs it only: medical data at the regulations' high security level. Set once at each entry point.
 */
export function keepFilesPrivate(): void {
  if (process.platform !== 'win32') process.umask(0o077);
}

export class ConfigError extends Error {}

/** Reads and checks every setting; throws a ConfigError listing every bad one. */
export function loadConfig(
  argv: string[],
  env: NodeJS.ProcessEnv,
  fallbackDataDir: string = userDataDir(env),
): AppConfig {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: false,
  });
  const problems: string[] = [];
  const read = (key: keyof typeof SETTINGS): number => {
    const setting = SETTINGS[key];
    const raw = (setting.flag ? values[setting.flag] : undefined) ?? env[setting.variable];
    if (raw === undefined || raw === '') return DEFAULTS[key];
    const parsed = setting.schema.safeParse(String(raw).trim());
    if (parsed.success) return parsed.data;
    problems.push(
      errorMessage('badSetting', {
        name: setting.flag ? `--${setting.flag} / ${setting.variable}` : setting.variable,
        value: String(raw),
        range: setting.range,
      }),
    );
    return DEFAULTS[key];
  };
  const config = {
    port: read('port'),
    idleMinutes: read('idleMinutes'),
    sessionHours: read('sessionHours'),
    keepDailyBackups: read('keepDailyBackups'),
    retention: {
      keepNewestBackups: read('keepNewestBackups'),
      backupMaxAgeDays: read('backupMaxAgeDays'),
      exportMaxAgeDays: read('exportMaxAgeDays'),
      deletedRecordYears: read('deletedRecordYears'),
    },
    dataDir: String(values['data-dir'] ?? (env.MITZUI_DATA_DIR || fallbackDataDir)),
    keyDir: env.MITZUI_KEY_DIR || defaultKeyDir(fallbackDataDir),
  };
  const secondBackupDir = readFolderSetting(env, 'MITZUI_SECOND_BACKUP_DIR', config.dataDir, problems);
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return { ...config, secondBackupDir };
}

/**
 * A folder setting (the second backup folder, the server's log folder) must be a full path outside
 * the data folder: a backup copy on the same disk as the store would not survive the disk, and a
 * relative path would depend on where the service starts.
 */
export function readFolderSetting(
  env: NodeJS.ProcessEnv,
  variable: string,
  dataDir: string,
  problems: string[],
): string | null {
  const raw = env[variable]?.trim();
  if (!raw) return null;
  const relative = path.relative(path.resolve(dataDir), path.resolve(raw));
  const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
  if (path.isAbsolute(raw) && !inside) return path.resolve(raw);
  problems.push(errorMessage('badFolderSetting', { name: variable, value: raw }));
  return null;
}

/** `--office URL` (or MITZUI_OFFICE_SERVER): start as a desk of that office server. */
export function officeServerArg(argv: string[], env: NodeJS.ProcessEnv): string | undefined {
  const { values } = parseArgs({ args: argv, options: { office: { type: 'string' } }, strict: false });
  return (typeof values.office === 'string' ? values.office : env.MITZUI_OFFICE_SERVER) || undefined;
}
