// Converting an office whose store was made before encryption. The plain store is copied (VACUUM INTO,
// checked, on a worker), the copy encrypted under the data key and opened again with that key, and
// only when every table holds the same number of rows and the audit chain still verifies is it handed
// back to be renamed over the plain file. The plain backups go the same way one by one (a copy
// encrypted, then renamed over the original), so no file is ever half plain, half encrypted.
import fs from 'node:fs';
import path from 'node:path';
import type { AuditKey } from './audit-key';
import { listBackups, syncFile, syncFolder } from './backup';
import { encryptFile } from './encrypt-file';
import { copyStoreOffThread } from './file-check';
import { tableCounts } from './move-package';
import { verifyAuditChain } from './repositories/audit';
import { drizzleOf, isPlainFile, openFile, type Connection } from './sqlite';

/** The encrypted copy did not hold what the plain store holds: nothing was replaced. */
export class ConversionCheckError extends Error {}

/** An encrypted, verified copy of the plain store open on `sqlite`, beside it, and how many rows it was checked to hold; the caller renames it in. */
export async function encryptedCopyOf(
  sqlite: Connection,
  key: Buffer,
  auditKey: AuditKey,
): Promise<{ copy: string; rows: number }> {
  const copy = `${sqlite.name}.encrypting`;
  fs.rmSync(copy, { force: true });
  try {
    if (!(await copyStoreOffThread(sqlite.name, copy, null)))
      throw new ConversionCheckError('The copy of the plain store failed integrity_check');
    encryptFile(copy, key);
    if (isPlainFile(copy)) throw new ConversionCheckError('The copy is still plain');
    const encrypted = openFile(copy, key, { readonly: true, fileMustExist: true });
    let rows: number;
    try {
      const [before, after] = [tableCounts(sqlite), tableCounts(encrypted)];
      if (JSON.stringify(before) !== JSON.stringify(after))
        throw new ConversionCheckError('The encrypted copy does not hold the same rows');
      if (!verifyAuditChain(drizzleOf(encrypted), [], auditKey).ok)
        throw new ConversionCheckError('The audit chain does not verify in the encrypted copy');
      rows = Object.values(after).reduce((sum, count) => sum + count, 0);
    } finally {
      encrypted.close();
    }
    syncFile(copy);
    return { copy, rows };
  } catch (error) {
    fs.rmSync(copy, { force: true });
    throw error;
  }
}

/** Every plain backup in `folders` encrypted under `key` (a copy renamed over it); how many. */
export function encryptPlainBackups(folders: string[], key: Buffer): number {
  const plain = listBackups(...folders).filter((backup) => isPlainFile(backup.file));
  for (const { file } of plain) {
    const copy = `${file}.encrypting`;
    fs.copyFileSync(file, copy);
    encryptFile(copy, key);
    syncFile(copy);
    fs.renameSync(copy, file);
    syncFolder(path.dirname(file));
  }
  return plain.length;
}
