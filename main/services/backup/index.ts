// Backups on demand and their list (owner and lawyer), restore (owner only) of one of the office's
// own backups or an uploaded file. Every backup and restore is audited.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { ErrorKey } from '../../../shared/locales/messages';
import type { BackupInfo, RestoreResult } from '../../../shared/schemas/backup';
import { findStaff } from '../../../db/repositories/staff';
import { backupKeyFileCurrent, writeBackupKeyFile } from '../../../db/backup-key-file';
import { manifestFileOf } from '../../../db/backup-manifest';
import type { FolderKeys } from '../../../db/audit-key';
import { BackupRefusedError, type RefusalReason, type Restored } from '../../../db/restore';
import { audit, type Call } from '../context';
import type { Handlers } from '../handler';
import { typedRecoveryKey } from '../recovery-key';
import type { Session } from '../sessions';
import { newestFolderBackup } from './from-folder';
import { moveHandlers } from './move';

const REFUSALS: Record<RefusalReason, ErrorKey> = {
  missing: 'backupFileMissing',
  current: 'backupIsCurrent',
  corrupt: 'backupCorrupt',
  tooNew: 'backupTooNew',
};

function writableFolder(folder: string): string {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new AppError('validation', 'backupFolderMissing', 'folder');
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new AppError('validation', 'backupFolderNotWritable', 'folder');
  }
  return folder;
}

/** The folder gets the office's keys sealed by the passphrase (again: the owner may be changing it). */
async function sealKeysInto(call: Call, folder: string, passphrase: string): Promise<void> {
  const keys = call.keeper.folderKeys();
  if (keys) await writeBackupKeyFile(folder, keys, passphrase);
}

export async function createBackup(
  call: Call,
  input: ParsedInputOf<'backup.create'>,
): Promise<OutputOf<'backup.create'>> {
  const folder = input.folder === undefined ? call.keeper.files.manualBackups : writableFolder(input.folder);
  const backup = await call.keeper.backup(folder);
  if (input.folder !== undefined) await sealKeysInto(call, folder, input.passphrase!);
  audit(call, {
    action: 'backup',
    entity: 'database',
    details: {
      kind: backup.kind,
      file: backup.file,
      size: backup.size,
      documents: backup.documents,
      damagedDocuments: backup.damagedDocuments,
    },
  });
  return backup;
}

export function listOfficeBackups(call: Call): OutputOf<'backup.list'> {
  const second = call.keeper.secondCopy;
  const keys = call.keeper.folderKeys();
  const secondCopyKeys = !!second && !!keys && backupKeyFileCurrent(second.folder, keys);
  return { folder: call.keeper.files.backups, backups: call.keeper.list(), secondCopy: second, secondCopyKeys };
}

/** Seals the office's keys into the second backup folder with the owner's passphrase. */
async function sealSecondCopy(call: Call, input: ParsedInputOf<'backup.sealSecondCopy'>): Promise<null> {
  const second = call.keeper.secondCopy;
  if (!second) throw new AppError('not_found', 'noSecondCopyFolder');
  await sealKeysInto(call, writableFolder(second.folder), input.passphrase);
  audit(call, { action: 'backup_keys', entity: 'database', details: { folder: second.folder } });
  return null;
}

/**
 * Restores, signs everyone out and audits into the restored store; `field` names the input at fault.
 * With `recoveryKey`, the keys come from the backup's own recovery bundle (a fresh install).
 */
export async function restoreFrom(
  call: Call<Session | null>,
  file: string,
  from: string,
  field?: string,
  recoveryKey?: Buffer,
  folderKeys?: FolderKeys,
): Promise<RestoreResult> {
  let restored: Restored;
  try {
    restored = await (recoveryKey
      ? call.keeper.restoreWithRecoveryKey(file, recoveryKey)
      : folderKeys
        ? call.keeper.restoreWithKeys(file, folderKeys)
        : call.keeper.restore(file));
  } catch (error) {
    if (error instanceof BackupRefusedError) throw new AppError('validation', REFUSALS[error.reason], field);
    throw error;
  }
  // The restored store may hold other staff or other passwords: everyone signs in again.
  call.sessions.clear();

  const store = call.keeper.store;
  const { session } = call;
  // The row links to the caller only if the restored store knows them; the details always name them.
  const known = session !== null && findStaff(store.db, session.staffId)?.officeId === session.officeId;
  audit(
    { ...call, store },
    {
      ...(known ? {} : { officeId: null, staffId: null }),
      action: 'restore',
      entity: 'database',
      details: {
        from,
        safetyCopy: restored.safetyCopy?.file ?? null,
        byStaffId: session?.staffId ?? null,
        missingDocuments: restored.missingDocuments.length,
        withRecoveryKey: recoveryKey !== undefined,
        withFolderKeys: folderKeys !== undefined,
      },
    },
  );
  return { restoredFrom: from, safetyCopy: restored.safetyCopy, missingDocuments: restored.missingDocuments };
}

function listed(call: Call<Session | null>, name: string): BackupInfo {
  const backup = call.keeper.find(name);
  if (!backup) throw new AppError('validation', 'backupNotInList', 'backup');
  return backup;
}

/** An uploaded store waits beside the data file (never in a folder the caller names) until restored. */
async function restoreUploaded(
  call: Call,
  upload: { name: string; contentBase64: string; manifest?: string },
  recoveryKey?: Buffer,
): Promise<RestoreResult> {
  // Named as a backup is, so its uploaded manifest sits where readManifest looks for it.
  // The recovery bundle travels in the backup's manifest: without it the key has nothing to open.
  if (recoveryKey && upload.manifest === undefined)
    throw new AppError('validation', 'backupManifestNotUploaded', 'file');
  const file = `${call.keeper.files.database}.${randomBytes(6).toString('hex')}.upload.sqlite`;
  const manifest = manifestFileOf(file);
  fs.writeFileSync(file, Buffer.from(upload.contentBase64, 'base64'), { flag: 'wx', flush: true });
  try {
    if (upload.manifest !== undefined) fs.writeFileSync(manifest, upload.manifest, { flag: 'wx', flush: true });
    return await restoreFrom(call, file, upload.name, 'file', recoveryKey);
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(manifest, { force: true });
  }
}

export function restoreBackup(call: Call, input: ParsedInputOf<'backup.restore'>): Promise<OutputOf<'backup.restore'>> {
  const recoveryKey = input.recoveryKey === undefined ? undefined : typedRecoveryKey(input.recoveryKey);
  if (input.file) return restoreUploaded(call, input.file, recoveryKey);
  const backup = listed(call, input.backup!);
  return restoreFrom(call, backup.file, backup.name, 'backup', recoveryKey);
}

/** A fresh install: the newest backup in a folder outside the office, under the keys sealed there. */
async function restoreFromFolder(call: Call, input: ParsedInputOf<'backup.restoreFromFolder'>): Promise<RestoreResult> {
  const { file, name, keys } = await newestFolderBackup(input.folder, input.passphrase);
  return restoreFrom(call, file, name, 'folder', undefined, keys);
}

export const backupHandlers: Handlers<
  'backup.create' | 'backup.sealSecondCopy' | 'backup.list' | 'backup.restore' | 'backup.restoreFromFolder'
> &
  typeof moveHandlers = {
  'backup.create': createBackup,
  'backup.sealSecondCopy': sealSecondCopy,
  'backup.list': listOfficeBackups,
  'backup.restore': restoreBackup,
  'backup.restoreFromFolder': restoreFromFolder,
  ...moveHandlers,
};
