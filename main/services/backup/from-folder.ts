// A backup folder outside the office (a USB stick, a second disk) holds backups and the office's keys
// sealed by the owner's backup passphrase: on a fresh install the newest backup there is restored
// under those keys. Nothing here changes the office; the keys are only opened.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import { BACKUP_FILE_NAME } from '../../../shared/schemas/backup';
import type { FolderKeys } from '../../../db/audit-key';
import { BackupKeyFileMissingError, openBackupKeyFile } from '../../../db/backup-key-file';
import { SealBrokenError } from '../../../db/key-seal';

export interface FolderBackup {
  file: string;
  name: string;
  keys: FolderKeys;
}

/** The folder's newest backup (its name carries the time it was taken) and the keys sealed beside it. */
export async function newestFolderBackup(folder: string, passphrase: string): Promise<FolderBackup> {
  let keys: FolderKeys;
  try {
    keys = await openBackupKeyFile(folder, passphrase);
  } catch (error) {
    if (error instanceof BackupKeyFileMissingError) throw new AppError('validation', 'backupKeyFileMissing', 'folder');
    if (error instanceof SealBrokenError) throw new AppError('validation', 'backupPassphraseWrong', 'passphrase');
    throw error;
  }
  const name = fs
    .readdirSync(folder)
    .filter((entry) => BACKUP_FILE_NAME.test(entry))
    .sort()
    .at(-1);
  if (!name) throw new AppError('validation', 'backupFolderEmpty', 'folder');
  return { file: path.join(folder, name), name, keys };
}
