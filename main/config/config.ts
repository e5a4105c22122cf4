// The one place where the app's settings are read from the command line and the environment, and
// checked: a bad value stops the start with a message naming the setting, rather than quietly
// meaning something else (a non-numeric idle timeout once made sessions never expire).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { errorMessage } from '../../shared/locales/messages';
import { defaultKeyDir, userDataDir } from './paths';

export interface AppConfig {
  port: number;
  dataDir: string;
  idleMinutes: number;
  keepDailyBackups: number;
  /** The audit key folder (MITZUI_KEY_DIR), outside the data folder. */
  keyDir: string;
}

export const DEFAULTS = { port: 5180, idleMinutes: 30, keepDailyBackups: 14 } as const;

const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

// Minutes may be a fraction (tests time a session out in seconds), never zero or negative.
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
  keepDailyBackups: { flag: null, variable: 'MITZUI_DAILY_BACKUPS', schema: whole(1, 3650), range: '1–3650' },
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
export function loadConfig(argv: string[], env: NodeJS.ProcessEnv, fallbackDataDir: string = userDataDir(env)): AppConfig {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, 'data-dir': { type: 'string' } }, strict: false });
  const problems: string[] = [];
  const read = (key: keyof typeof SETTINGS): number => {
    const setting = SETTINGS[key];
    const raw = (setting.flag ? values[setting.flag] : undefined) ?? env[setting.variable];
    if (raw === undefined || raw === '') return DEFAULTS[key];
    const parsed = setting.schema.safeParse(String(raw).trim());
    if (parsed.success) return parsed.data;
    problems.push(errorMessage('badSetting', { name: setting.flag ? `--${setting.flag} / ${setting.variable}` : setting.variable, value: String(raw), range: setting.range }));
    return DEFAULTS[key];
  };
  const config = {
    port: read('port'),
    idleMinutes: read('idleMinutes'),
    keepDailyBackups: read('keepDailyBackups'),
    dataDir: String(values['data-dir'] ?? (env.MITZUI_DATA_DIR || fallbackDataDir)),
    keyDir: env.MITZUI_KEY_DIR || defaultKeyDir(fallbackDataDir),
  };
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return config;
}
