// Backups of the office's store: what the API takes (full paths, an explicit confirmation) and gives.
import { z } from 'zod';
import { own } from '../api/validation';
import { validationMessage } from '../locales/messages';
import { requiredText } from './fields';

/** A full path as the user's system writes it: C:\… or \\server\… on Windows, /… elsewhere. */
const ABSOLUTE_PATH = /^(?:[A-Za-z]:[\\/]|\\\\|\/)/;

function absolutePath(field: 'folder' | 'file') {
  return requiredText(field, 1000)
    .regex(ABSOLUTE_PATH, own(validationMessage('absolutePath', { field })))
    .refine((value) => !value.includes('\0'), own(validationMessage('absolutePath', { field })));
}

/** Replacing the office's data cannot be undone from the app, so the caller must say yes explicitly. */
const confirmRestore = z.literal(true, { error: own(validationMessage('confirmRestore')) });

export const backupCreateInput = z.object({ folder: absolutePath('folder').optional() });
export const backupRestoreInput = z.object({ file: absolutePath('file'), confirm: confirmRestore });
export const recoveryRestoreInput = z.object({ confirm: confirmRestore });

/** daily: automatic, rotated; manual: on demand; the other two are taken before a migration or a restore. */
export type BackupKind = 'daily' | 'manual' | 'before-migration' | 'before-restore';

export interface BackupInfo {
  /** Full path, as `backup.restore` takes it. */
  file: string;
  name: string;
  kind: BackupKind;
  size: number;
  /** UTC ISO timestamp, from the name the backup was given when it was taken. */
  createdAt: string;
}

export interface BackupList {
  /** The office's own backups folder; on-demand backups without a chosen folder land in it too. */
  folder: string;
  backups: BackupInfo[];
}

export interface RestoreResult {
  restoredFrom: string;
  /** The replaced database file, kept in the backups folder; null when there was none. */
  safetyCopy: BackupInfo | null;
}

export interface RecoveryStatus {
  /** Why the store would not open or check, as the error said it. */
  error: string;
  /** The newest backup that passes integrity_check and this build can open, if any. */
  latest: BackupInfo | null;
}
