// The operations log: one structured (pino, JSON lines) logger for the app, the office server's
// requests, start-up, backups and migrations, into rotating files in the log folder (the data
// folder's logs/ unless MITZUI_LOG_DIR names another). It holds what IT needs to find a fault —
// times, procedures, error types and stacks, the reference a user was shown — and never personal
// data: fields that may hold it are removed by path, and numbers that could be an ID number, a
// phone or a file number are masked in every message and stack, since an unexpected error may quote
// the row it failed on (Protection of Privacy Regulations (Data Security) 2017: logs are kept to
// what their purpose needs).
import type { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { rotatingLog } from './rotating-log';

export type { Logger } from 'pino';

/** Keys that name, reach or identify a person, at any of the first levels of a logged object. */
const SENSITIVE = [
  'idNumber',
  'firstNameHe',
  'lastNameHe',
  'firstNameEn',
  'lastNameEn',
  'fullName',
  'name',
  'phone',
  'mobilePhone',
  'email',
  'address',
  'token',
  'password',
  'currentPassword',
  'newPassword',
  'passphrase',
  'recoveryKey',
  'secret',
  'code',
  'authorization',
  'cookie',
];

export const REDACT_PATHS = [
  'req',
  'res',
  'body',
  'headers',
  'input',
  ...SENSITIVE.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/**
 * Runs of five or more digits (dashes and spaces between them allowed): ID numbers, phones, bank
 * accounts. ISO dates and times are matched first and kept.
 */
const NUMBER_RUN = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|\d(?:[\s-]?\d){4,}/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const EMAIL = /[^\s@'"<>]+@[^\s@'"<>]+\.[A-Za-z]{2,}/g;

export function scrub(text: string): string {
  return text.replace(EMAIL, '[email]').replace(NUMBER_RUN, (run) => (ISO_DATE.test(run) ? run : '[number]'));
}

function scrubbedError(error: unknown): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? scrub(error) : error;
  const serialized = pino.stdSerializers.err(error);
  return { ...serialized, message: scrub(serialized.message), stack: scrub(serialized.stack) };
}

/** A logger to `destination`; level info unless told. */
export function createLogger(
  destination: Writable | pino.DestinationStream,
  level: pino.Level | 'silent' = 'info',
): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, remove: true },
      serializers: { err: scrubbedError, error: scrubbedError },
      hooks: {
        // Messages are scrubbed too: a caller may have built one from a value.
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination as pino.DestinationStream,
  );
}

export interface FileLogger {
  logger: Logger;
  /** Flushes and closes the file: the last lines are on disk before the process ends. */
  close(): Promise<void>;
}

/** The logger writing to rotating files `name`.log in `dir`. */
export function fileLogger(dir: string, name: string): FileLogger {
  const stream = rotatingLog({ dir, name });
  return { logger: createLogger(stream), close: () => new Promise<void>((done) => stream.end(done)) };
}
