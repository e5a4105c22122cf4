import fs from 'node:fs';
import { openFile } from '../../db/sqlite';

/** Garbage over the middle half of a file, as a failing disk or a half-synced copy would leave. */
export function corruptMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0xa5), 0, Math.floor(size / 2), Math.floor(size / 4));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Garbage over one table's or index's root page only: the file still opens (SQLite reads the schema,
 * not the table) and only a check that reads every page (quick_check, integrity_check) finds it.
 */
export function corruptTablePage(file: string, table: string, key: Buffer | null): void {
  const db = openFile(file, key, { readonly: true, fileMustExist: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const rootPage = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(table) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootPage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}
