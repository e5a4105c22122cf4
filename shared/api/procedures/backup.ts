import { z } from 'zod';
import { bodyFor, lawyers, owners, procedure } from '../procedure';
import {
  backupCreateInput,
  backupKeysInput,
  backupRestoreInput,
  MAX_UPLOADED_BACKUP_BYTES,
  recoveryRestoreInput,
  type CreatedBackup,
  type BackupList,
  type RecoveryStatus,
  type RestoreResult,
} from '../../schemas/backup';
import { adoptOfficeInput, movePackageInput, moveUploadInput, MOVE_PART_BYTES, type MovePackage, type MoveReport, type MoveUploaded } from '../../schemas/move';

export const backupProcedures = {
  'backup.create': procedure<CreatedBackup>()({ input: backupCreateInput, access: lawyers, changes: 'backup' }),
  'backup.list': procedure<BackupList>()({ input: z.object({}), access: lawyers }),
  'backup.sealSecondCopy': procedure<null>()({ input: backupKeysInput, access: owners }),
  'backup.restore': procedure<RestoreResult>()({ input: backupRestoreInput, access: owners, maxBodyBytes: bodyFor(MAX_UPLOADED_BACKUP_BYTES) }),
  // Moving an office from one desk into a new, empty office server: the desk makes the package; the
  // server takes it in parts (a whole office is larger than one request), then adopts it, verified.
  'backup.movePackage': procedure<MovePackage>()({ input: movePackageInput, access: owners }),
  'backup.moveUpload': procedure<MoveUploaded>()({ input: moveUploadInput, access: owners, maxBodyBytes: bodyFor(MOVE_PART_BYTES) }),
  'backup.adoptOffice': procedure<MoveReport>()({ input: adoptOfficeInput, access: owners }),
  // Public because nobody can sign in while the store is broken; they answer only in that state, and
  // restoring needs an owner's username and password as the backup knows them.
  'recovery.status': procedure<RecoveryStatus>()({ input: z.object({}), access: 'public', beforeCheck: true }),
  'recovery.restoreLatest': procedure<RestoreResult>()({ input: recoveryRestoreInput, access: 'public' }),
};
