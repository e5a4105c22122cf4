// The recovery screen's procedures. Public because nobody can sign in while the store will not open;
// they answer only in that state. Restoring needs an owner's username and password as the backup
// knows them; the recovery key opens an encrypted store whose key this machine lacks.
import { z } from 'zod';
import { procedure } from '../procedure';
import { recoveryRestoreInput, type RecoveryStatus, type RestoreResult } from '../../schemas/backup';
import { recoveryKeyText } from './recovery-key';

export const recoveryProcedures = {
  'recovery.status': procedure<RecoveryStatus>()({ input: z.object({}), access: 'public', beforeCheck: true }),
  'recovery.restoreLatest': procedure<RestoreResult>()({ input: recoveryRestoreInput, access: 'public' }),
  'recovery.openWithKey': procedure<{ opened: true }>()({
    input: z.object({ recoveryKey: recoveryKeyText }),
    access: 'public',
  }),
};
