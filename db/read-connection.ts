// A read-only connection of its own to the office's file, for work done on a worker thread (the
// whole-office scan). The one place such a connection is opened, so that whatever the main
// connection needs to read the file (a key, when the file is encrypted) is applied here as well.
// In WAL mode it reads the last committed state without blocking the app's writer.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from './open';
import * as schema from './schema';

export interface ReadConnection {
  db: Db;
  close(): void;
}

export function openReadConnection(file: string): ReadConnection {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    return { db: drizzle(sqlite, { schema }), close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
