// The one SQLite driver of the app: better-sqlite3 built with SQLite3 Multiple Ciphers. A store is
// encrypted with the SQLCipher 4 scheme (the format the `sqlcipher` tool opens) under the data folder's
// 256-bit data key, given as a raw key (x'…'), so no password derivation runs at open. A file that is
// still plain SQLite (from before encryption, until the owner converts it) opens without the key.
// The plain `better-sqlite3` package stays installed only because drizzle-orm/better-sqlite3 imports
// it when loaded; no file is ever opened through it.
import Database from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import fs from 'node:fs';
import * as schema from './schema';

export { Database };
export type Connection = Database.Database;

/** The drizzle handle with its connection. One connection, so a service's
 * db.transaction(() => …) covers every statement made through it until the callback returns. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Connection };

/** drizzle over a connection of this driver (drizzle's types name the plain build's class). */
export function drizzleOf(sqlite: Connection): Db {
  return drizzle(sqlite, { schema }) as unknown as Db;
}

/** The key a connection was opened with; null for a plain file. Backups and workers reuse it. */
const keys = new WeakMap<Connection, Buffer | null>();

/** Selects SQLCipher 4 and applies a raw 256-bit key (hex); nothing is read until the next statement. */
export function applyKey(db: { pragma(source: string): unknown }, hexKey: string): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${hexKey}'"`);
}

/**
 * Rewrites every page of the connection's file under `key` in one transaction (from plain, or from
 * the key it was opened with). SQLite3 Multiple Ciphers refuses it in WAL mode.
 */
export function rekey(db: Connection, key: Buffer): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  keys.set(db, key);
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The file starts with plain SQLite's header: it is not encrypted. A missing or empty file is not plain. */
export function isPlainFile(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(PLAIN_HEADER.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(PLAIN_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The file exists and holds data (a new store is an absent or empty file). */
export function hasContent(file: string): boolean {
  return (fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

/**
 * Opens a store file: with `key` unless the file is plain SQLite (a new, empty file is created
 * encrypted). Reads the schema once, so a wrong key or a missing one fails here (SQLITE_NOTADB),
 * before anything is written.
 */
export function openFile(file: string, key: Buffer | null, options?: Database.Options): Connection {
  const db = new Database(file, options);
  const used = key && !isPlainFile(file) ? key : null;
  try {
    if (used) applyKey(db, used.toString('hex'));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    throw error;
  }
  keys.set(db, used);
  return db;
}

/** Whether `key` opens the file (its first page decrypts). */
export function opensWith(file: string, key: Buffer): boolean {
  try {
    openFile(file, key, { readonly: true, fileMustExist: true }).close();
    return true;
  } catch {
    return false;
  }
}

/** The key this connection was opened with (null: a plain file). */
export function keyOf(db: Connection): Buffer | null {
  return keys.get(db) ?? null;
}

export function isNotADatabase(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB';
}
