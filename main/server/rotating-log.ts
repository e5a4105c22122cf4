// The server's operations log on disk: one file, mitzui-server.log, that is moved aside at midnight
// (UTC, so a daylight-saving change never makes a day of 23 or 25 hours) and whenever it passes its
// size, the newest `keep` moved-aside files kept. A Writable stream, so pino writes to it as to any
// destination. The log names users, devices and procedures: readable by the service account only.
import fs from 'node:fs';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

export const LOG_FILE = 'mitzui-server.log';

export interface RotatingLogOptions {
  /** The log folder; made (0700) when missing. */
  dir: string;
  /** The file is moved aside when it passes this many bytes (default 20 MiB). */
  maxBytes?: number;
  /** Moved-aside files kept (default 30: a month of days). */
  keep?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_KEEP = 30;

const pad = (n: number) => String(n).padStart(2, '0');

/** mitzui-server-2026-12-03.1.log: the day the file was started, and its place within that day. */
export function rotatedName(at: Date | number | null, index?: number): string {
  // The library passes null for the live file's name (its types leave that out).
  if (at === null) return LOG_FILE;
  const time = new Date(at);
  const day = `${time.getUTCFullYear()}-${pad(time.getUTCMonth() + 1)}-${pad(time.getUTCDate())}`;
  return `mitzui-server-${day}.${index ?? 1}.log`;
}

export function rotatingLog(options: RotatingLogOptions): RotatingFileStream {
  fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  return createStream(rotatedName, {
    path: options.dir,
    size: `${options.maxBytes ?? DEFAULT_MAX_BYTES}B`,
    interval: '1d',
    intervalBoundary: true,
    intervalUTC: true,
    maxFiles: options.keep ?? DEFAULT_KEEP,
    history: '.mitzui-server-log-history',
    mode: 0o600,
  });
}
