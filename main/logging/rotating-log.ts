// The operations log on disk: one file, NAME.log (mitzui-server.log on the office server), moved aside at midnight
// (UTC, so a daylight-saving change never makes a day of 23 or 25 hours) and whenever it passes its
// size, the newest `keep` moved-aside files kept. A Writable stream, so pino writes to it as to any
// destination. The log names users, devices and procedures: readable by the service account only.
import fs from 'node:fs';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

export const LOG_FILE = 'mitzui-server.log';

export interface RotatingLogOptions {
  /** The log folder; made (0700) when missing. */
  dir: string;
  /** The live file's name without .log (default mitzui-server). */
  name?: string;
  /** The file is moved aside when it passes this many bytes (default 20 MiB). */
  maxBytes?: number;
  /** Moved-aside files kept (default 30: a month of days). */
  keep?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_KEEP = 30;

const pad = (n: number) => String(n).padStart(2, '0');

/** NAME-2026-12-03.1.log: the day the file was started, and its place within that day. */
export function namer(name: string) {
  return (at: Date | number | null, index?: number): string => {
    // The library passes null for the live file's name (its types leave that out).
    if (at === null) return `${name}.log`;
    const time = new Date(at);
    const day = `${time.getUTCFullYear()}-${pad(time.getUTCMonth() + 1)}-${pad(time.getUTCDate())}`;
    return `${name}-${day}.${index ?? 1}.log`;
  };
}

export const rotatedName = namer('mitzui-server');

export function rotatingLog(options: RotatingLogOptions): RotatingFileStream {
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const name = options.name ?? 'mitzui-server';
  return createStream(namer(name), {
    path: options.dir,
    size: `${options.maxBytes ?? DEFAULT_MAX_BYTES}B`,
    interval: '1d',
    intervalBoundary: true,
    intervalUTC: true,
    maxFiles: options.keep ?? DEFAULT_KEEP,
    history: `.${name}-log-history`,
    mode: 0o600,
  });
}
