// Encrypting a plain SQLite file in place under a data key (SQLite3 Multiple Ciphers rewrites every
// page in one transaction with PRAGMA rekey). It takes no WAL: the file is switched to a rollback
// journal first, which also keeps the rewrite atomic. Used on files nothing else has open: a staged
// restore of a backup from before encryption, and the copy an owner's conversion makes.
import { Database, isPlainFile, rekey, type Connection } from './sqlite';

/** Encrypts `db` (a connection to a plain file, no other connection open) under `key`. */
export function encryptConnection(db: Connection, key: Buffer): void {
  db.pragma('journal_mode = DELETE');
  rekey(db, key);
}

/** Encrypts a plain file under `key`; a file encrypted already is left as it is. */
export function encryptFile(file: string, key: Buffer): void {
  if (!isPlainFile(file)) return;
  const db = new Database(file, { fileMustExist: true });
  try {
    encryptConnection(db, key);
  } finally {
    db.close();
  }
}
