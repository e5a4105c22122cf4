// Backups on demand and their list (owner and lawyer), restore (owner only), and the two recovery
// procedures, which answer only while the store would not open. Every backup and restore is audited.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { ErrorKey } from '../../shared/locales/messages';
import type { RestoreResult } from '../../shared/schemas/backup';
import { findStaff } from '../../db/repositories/staff';
import { BackupRefusedError, type RefusalReason, type Restored } from '../../db/restore';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import type { Session } from './sessions';

const REFUSALS: Record<RefusalReason, ErrorKey> = {
  missing: 'backupFileMissing',
  current: 'backupIsCurrent',
  corrupt: 'backupCorrupt',
  tooNew: 'backupTooNew',
};

function writableFolder(folder: string): string {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new AppError('validation', 'backupFolderMissing', 'folder');
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new AppError('validation', 'backupFolderNotWritable', 'folder');
  }
  return folder;
}

export async function createBackup(call: Call, input: ParsedInputOf<'backup.create'>): Promise<OutputOf<'backup.create'>> {
  const folder = input.folder === undefined ? call.keeper.files.manualBackups : writableFolder(input.folder);
  const backup = await call.keeper.backup(folder);
  audit(call, { action: 'backup', entity: 'database', details: { kind: backup.kind, file: backup.file, size: backup.size } });
  return backup;
}

export function listOfficeBackups(call: Call): OutputOf<'backup.list'> {
  return { folder: call.keeper.files.backups, backups: call.keeper.list() };
}

/** Restores, signs everyone out and audits into the restored store; `field` names the input at fault. */
async function restoreFrom(call: Call<Session | null>, file: string, field?: string): Promise<RestoreResult> {
  const from = path.resolve(file);
  let restored: Restored;
  try {
    restored = await call.keeper.restore(file);
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
      details: { from, safetyCopy: restored.safetyCopy?.file ?? null, byStaffId: session?.staffId ?? null },
    },
  );
  return { restoredFrom: from, safetyCopy: restored.safetyCopy };
}

export function restoreBackup(call: Call, input: ParsedInputOf<'backup.restore'>): Promise<OutputOf<'backup.restore'>> {
  return restoreFrom(call, input.file, 'file');
}

function recoveryError(call: Call<null>): string {
  const error = call.keeper.recoveryError;
  if (error === null) throw new AppError('bad_request', 'notInRecovery');
  return error;
}

export function recoveryStatus(call: Call<null>): OutputOf<'recovery.status'> {
  return { error: recoveryError(call), latest: call.keeper.latestGoodBackup() };
}

export async function restoreLatest(call: Call<null>): Promise<OutputOf<'recovery.restoreLatest'>> {
  recoveryError(call);
  const latest = call.keeper.latestGoodBackup();
  if (!latest) throw new AppError('not_found', 'noGoodBackup');
  return restoreFrom(call, latest.file);
}

export const backupHandlers: Handlers<'backup.create' | 'backup.list' | 'backup.restore' | 'recovery.status' | 'recovery.restoreLatest'> = {
  'backup.create': createBackup,
  'backup.list': listOfficeBackups,
  'backup.restore': restoreBackup,
  'recovery.status': recoveryStatus,
  'recovery.restoreLatest': restoreLatest,
};
