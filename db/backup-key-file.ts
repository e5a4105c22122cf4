// The keys a backup outside the office (another disk, a USB stick, a share) carries so it can be
// restored on a fresh install: the folder's keys sealed by a passphrase the owner chose (the scrypt
// seal of a move package, db/move-keys.ts), in one file beside the backups it serves. It names the data
// key it holds by its id (a derivation that gives the key away no more than the seal does), so a copy
// into the folder can tell whether the file still holds the current keys without the passphrase.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FolderKeys } from './audit-key';
import { openKeys, sealedKeysSchema, sealKeys } from './move-keys';
import { keyIdOf } from './sealed-file';
import { syncFolder } from './backup';

export const BACKUP_KEY_FILE = 'mitzui-keys.json';
/** What the seal vouches for besides the keys: that they are a backup folder's. */
const BOUND = Buffer.from('mitzui backup folder keys, format 1');

const keyFileSchema = z.object({
  format: z.literal(1),
  dataKeyId: z.string().regex(/^[0-9a-f]{16}$/),
  sealed: sealedKeysSchema,
});

/** The folder holds no key file (a backup copied without one, or by an older version). */
export class BackupKeyFileMissingError extends Error {
  constructor(folder: string) {
    super(`No ${BACKUP_KEY_FILE} in ${folder}`);
  }
}

function readKeyFile(folder: string): z.infer<typeof keyFileSchema> | null {
  const file = path.join(folder, BACKUP_KEY_FILE);
  if (!fs.existsSync(file)) return null;
  return keyFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The folder's key file holds these keys already (by the data key's id; no passphrase needed). */
export function backupKeyFileCurrent(folder: string, keys: FolderKeys): boolean {
  try {
    return readKeyFile(folder)?.dataKeyId === keyIdOf(keys.data).toString('hex');
  } catch {
    return false; // unreadable: written anew
  }
}

/** Seals `keys` with `passphrase` into the folder's key file (replacing an older one whole). */
export async function writeBackupKeyFile(folder: string, keys: FolderKeys, passphrase: string): Promise<void> {
  const content = {
    format: 1,
    dataKeyId: keyIdOf(keys.data).toString('hex'),
    sealed: await sealKeys(keys, passphrase, BOUND),
  };
  const target = path.join(folder, BACKUP_KEY_FILE);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify(content), { flag: 'wx', flush: true, mode: 0o600 });
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  syncFolder(folder);
}

/**
 * The keys of a backup folder (or of the folder a backup file lies in), opened with the passphrase:
 * throws BackupKeyFileMissingError without a key file, SealBrokenError for a wrong passphrase.
 */
export async function openBackupKeyFile(folder: string, passphrase: string): Promise<FolderKeys> {
  const content = readKeyFile(folder);
  if (!content) throw new BackupKeyFileMissingError(folder);
  return openKeys(content.sealed, passphrase, BOUND);
}
