// The recovery procedures answer only while the store would not open: restoring the latest good
// backup needs an owner's password as the backup itself knows it; the recovery key opens a store
// whose key was lost.
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { assertOwnerOfBackup } from './backup-owner';
import { restoreFrom } from './backup';
import { typedRecoveryKey } from './recovery-key';

function recoveryError(call: Call<null>): string {
  const error = call.keeper.recoveryError;
  if (error === null) throw new AppError('bad_request', 'notInRecovery');
  return error;
}

export async function recoveryStatus(call: Call<null>): Promise<OutputOf<'recovery.status'>> {
  const error = recoveryError(call);
  // A newer version's file is not broken: no backup is offered over it.
  if (call.keeper.newerVersion) return { error, latest: null, newerVersion: true, keyProblem: null };
  return {
    error,
    latest: await call.keeper.latestGoodBackup(),
    newerVersion: false,
    keyProblem: call.keeper.keyProblem,
  };
}

export async function restoreLatest(
  call: Call<null>,
  input: ParsedInputOf<'recovery.restoreLatest'>,
): Promise<OutputOf<'recovery.restoreLatest'>> {
  recoveryError(call);
  if (call.keeper.newerVersion) throw new AppError('recovery', 'storeTooNewInstall');
  const latest = await call.keeper.latestGoodBackup();
  if (!latest) throw new AppError('not_found', 'noGoodBackup');
  await assertOwnerOfBackup(
    call.keeper,
    call.now(),
    latest.file,
    call.keeper.storeKey(),
    input.username,
    input.password,
  );
  return restoreFrom(call, latest.file, latest.name);
}

async function openWithKey(
  call: Call<null>,
  input: ParsedInputOf<'recovery.openWithKey'>,
): Promise<OutputOf<'recovery.openWithKey'>> {
  await call.keeper.recoverWithKey(typedRecoveryKey(input.recoveryKey));
  audit({ ...call, store: call.keeper.store }, { action: 'store_key_recovered', entity: 'database', details: {} });
  return { opened: true };
}

export const recoveryHandlers: Handlers<'recovery.status' | 'recovery.restoreLatest' | 'recovery.openWithKey'> = {
  'recovery.status': recoveryStatus,
  'recovery.restoreLatest': restoreLatest,
  'recovery.openWithKey': openWithKey,
};
