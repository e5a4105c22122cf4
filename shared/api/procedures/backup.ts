import { z } from 'zod';
import { bodyFor, lawyers, owners, procedure } from '../procedure';
import {
  backupCreateInput,
  backupRestoreInput,
  MAX_UPLOADED_BACKUP_BYTES,
  recoveryRestoreInput,
  type CreatedBackup,
  type BackupList,
  type RecoveryStatus,
  type RestoreResult,
} from '../../schemas/backup';

export const backupProcedures = {
  'backup.create': procedure<CreatedBackup>()({ input: backupCreateInput, access: lawyers, changes: 'backup' }),
  'backup.list': procedure<BackupList>()({ input: z.object({}), access: lawyers }),
  'backup.restore': procedure<RestoreResult>()({ input: backupRestoreInput, access: owners, maxBodyBytes: bodyFor(MAX_UPLOADED_BACKUP_BYTES) }),
  // Public because nobody can sign in while the store is broken; they answer only in that state, and
  // restoring needs an owner's username and password as the backup knows them.
  'recovery.status': procedure<RecoveryStatus>()({ input: z.object({}), access: 'public' }),
  'recovery.restoreLatest': procedure<RestoreResult>()({ input: recoveryRestoreInput, access: 'public' }),
};
