// Backups of the office (store and documents): what the API takes (a folder's full path, a backup
// from the office's list or an uploaded one, an explicit confirmation) and gives.
import { z } from 'zod';
import { own } from '../api/validation';
import { validationMessage } from '../locales/messages';
import { requiredText } from './fields';

/** A full path as the user's system writes it: C:\… or \\server\… on Windows, /… elsewhere. */
const ABSOLUTE_PATH = /^(?:[A-Za-z]:[\\/]|\\\\|\/)/;

function absolutePath(field: 'folder') {
  return requiredText(field, 1000)
    .regex(ABSOLUTE_PATH, own(validationMessage('absolutePath', { field })))
    .refine((value) => !value.includes('\0'), own(validationMessage('absolutePath', { field })));
}

/** Replacing the office's data cannot be undone from the app, so the caller must say yes explicitly. */
const confirmRestore = z.literal(true, { error: own(validationMessage('confirmRestore')) });

/** A backup's file name as the office's list gives it: restore takes nothing else by name. */
export const BACKUP_FILE_NAME = /^[\w.-]+\.sqlite$/;

/** A store uploaded as a backup, up to 256 MiB (its base64 stays under the longest string V8 holds). */
export const MAX_UPLOADED_BACKUP_BYTES = 256 * 1024 * 1024;

/** A manifest lists the documents' fingerprints; a large office's runs to a few megabytes. */
const MAX_UPLOADED_MANIFEST_CHARS = 64 * 1024 * 1024;

const uploadedBackup = z.object({
  name: requiredText('file', 200),
  contentBase64: z
    .string()
    .min(1, own(validationMessage('fileEmpty')))
    .max(Math.ceil(MAX_UPLOADED_BACKUP_BYTES / 3) * 4, own(validationMessage('backupTooLarge'))),
  /** The text of the backup's manifest file beside it: it carries the recovery bundle the recovery key opens. */
  manifest: z
    .string()
    .max(MAX_UPLOADED_MANIFEST_CHARS, own(validationMessage('backupTooLarge')))
    .optional(),
});

/** Seals the office's keys in a backup outside the office, so it can be restored on a fresh install. */
export const MIN_BACKUP_PASSPHRASE = 12;

const backupPassphrase = z
  .string()
  .min(MIN_BACKUP_PASSPHRASE, own(validationMessage('backupPassphrase', { min: MIN_BACKUP_PASSPHRASE })))
  .max(200, own(validationMessage('backupPassphrase', { min: MIN_BACKUP_PASSPHRASE })));

/** The owner seals the keys into the second backup folder once, and again after the keys change. */
export const backupKeysInput = z.object({ passphrase: backupPassphrase });

/** A backup into a chosen folder (a disk, a USB stick) carries the keys, sealed by the passphrase. */
export const backupCreateInput = z
  .object({ folder: absolutePath('folder').optional(), passphrase: backupPassphrase.optional() })
  .refine((input) => input.folder === undefined || input.passphrase !== undefined, {
    message: own(validationMessage('backupPassphrase', { min: MIN_BACKUP_PASSPHRASE })),
    path: ['passphrase'],
  });
/** One of the office's own backups by name, or an uploaded file — never a path on the server. */
export const backupRestoreInput = z
  .object({
    backup: z
      .string()
      .regex(BACKUP_FILE_NAME, own(validationMessage('backupFromList')))
      .optional(),
    file: uploadedBackup.optional(),
    confirm: confirmRestore,
    /** On a fresh install: the office's recovery key opens the keys the backup's manifest carries. */
    recoveryKey: z.string().trim().min(1).max(200).optional(),
  })
  .refine((input) => (input.backup === undefined) !== (input.file === undefined), {
    message: own(validationMessage('backupFromList')),
    path: ['backup'],
  });
/** On a fresh install: the newest backup in a folder outside the office, under the keys sealed beside it. */
export const backupRestoreFromFolderInput = z.object({
  folder: absolutePath('folder'),
  passphrase: backupPassphrase,
  confirm: confirmRestore,
});
/** The recovery screen restores only for an owner of the office as the backup knows it. */
export const recoveryRestoreInput = z.object({
  confirm: confirmRestore,
  username: z
    .string()
    .min(1, own(validationMessage('required', { field: 'username' })))
    .max(100),
  password: z
    .string()
    .min(1, own(validationMessage('required', { field: 'password' })))
    .max(200),
});

/** daily: automatic, rotated; manual: on demand; the other two are taken before a migration or a restore. */
export type BackupKind = 'daily' | 'manual' | 'before-migration' | 'before-restore';

export interface BackupInfo {
  /** Full path on the machine that keeps the office's data; `backup.restore` takes the name. */
  file: string;
  name: string;
  kind: BackupKind;
  size: number;
  /** UTC ISO timestamp, from the name the backup was given when it was taken. */
  createdAt: string;
}

export interface CreatedBackup extends BackupInfo {
  /** Documents the backup carries (in its folder's pool). */
  documents: number;
  /** Documents whose file no longer matched its SHA-256, so were left out. */
  damagedDocuments: number;
}

/** A document row whose file was in neither the backup nor the office after a restore. */
export interface MissingDocument {
  name: string;
  /** The client's name, when the document belongs to one. */
  client: string | null;
}

/** The daily backup's last copy into the second backup folder (another disk or a share). */
export interface SecondCopyStatus {
  folder: string;
  /** When the last copy was tried (UTC ISO); null before the first since the app started. */
  at: string | null;
  /** Why it failed; null when it worked. */
  error: string | null;
}

export interface BackupList {
  /** The office's own backups folder; on-demand backups without a chosen folder land in it too. */
  folder: string;
  backups: BackupInfo[];
  /** Null when no second backup folder is set. */
  secondCopy: SecondCopyStatus | null;
  /** The second folder holds the office's current keys, sealed by a passphrase: a fresh install can restore from it. */
  secondCopyKeys: boolean;
}

export interface RestoreResult {
  /** The backup's name (or the uploaded file's). */
  restoredFrom: string;
  missingDocuments: MissingDocument[];
  /** The replaced database file, kept in the backups folder; null when there was none. */
  safetyCopy: BackupInfo | null;
}

export interface RecoveryStatus {
  /** Why the store would not open or check, as the error said it. */
  error: string;
  /** The newest backup that passes integrity_check and this build can open, if any. */
  latest: BackupInfo | null;
  /** The store is from a newer version of Mitzui: install that version; no restore is offered. */
  newerVersion: boolean;
  /** The store is encrypted and this machine's key is missing or does not open it: the recovery key can. */
  keyProblem: 'missing' | 'wrong' | null;
}
