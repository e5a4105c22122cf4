import { z } from 'zod';
import { bodyFor, lawyers, owners, procedure } from '../procedure';
import {
  backupCreateInput,
  backupKeysInput,
  backupRestoreFromFolderInput,
  backupRestoreInput,
  MAX_UPLOADED_BACKUP_BYTES,
  type CreatedBackup,
  type BackupList,
  type RestoreResult,
} from '../../schemas/backup';
import {
  adoptOfficeInput,
  movePackageInput,
  moveUploadInput,
  MOVE_PART_BYTES,
  type MovePackage,
  type MoveReport,
  type MoveUploaded,
} from '../../schemas/move';

export const backupProcedures = {
  'backup.create': procedure<CreatedBackup>()({ input: backupCreateInput, access: lawyers, changes: 'backup' }),
  'backup.list': procedure<BackupList>()({ input: z.object({}), access: lawyers }),
  'backup.sealSecondCopy': procedure<null>()({ input: backupKeysInput, access: owners }),
  'backup.restore': procedure<RestoreResult>()({
    input: backupRestoreInput,
    access: owners,
    maxBodyBytes: bodyFor(MAX_UPLOADED_BACKUP_BYTES),
  }),
  'backup.restoreFromFolder': procedure<RestoreResult>()({ input: backupRestoreFromFolderInput, access: owners }),
  // Moving an office from one desk into a new, empty office server: the desk makes the package; the
  // server takes it in parts (a whole office is larger than one request), then adopts it, verified.
  'backup.movePackage': procedure<MovePackage>()({ input: movePackageInput, access: owners }),
  'backup.moveUpload': procedure<MoveUploaded>()({
    input: moveUploadInput,
    access: owners,
    maxBodyBytes: bodyFor(MOVE_PART_BYTES),
  }),
  'backup.adoptOffice': procedure<MoveReport>()({ input: adoptOfficeInput, access: owners }),
};
