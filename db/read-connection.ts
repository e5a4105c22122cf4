// A read-only connection of its own to the office's file, for work done on a worker thread (the
// whole-office scan). The one place such a connection is opened, so that whatever the main
// connection needs to read the file (a key, when the file is encrypted) is applied here as well.
// In WAL mode it reads the last committed state without blocking the app's writer.
import { drizzleOf, openFile, type Db } from './sqlite';

export interface ReadConnection {
  db: Db;
  close(): void;
}

/** `key`: the store's data key (null for a plain file), as the app's own connection was opened with. */
export function openReadConnection(file: string, key: Buffer | null): ReadConnection {
  const sqlite = openFile(file, key, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    return { db: drizzleOf(sqlite), close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
