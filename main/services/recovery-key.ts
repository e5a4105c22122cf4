// The recovery key procedures. A new key is shown once, with its sheet; the app keeps it in memory
// only until the owner types two of its groups back (or makes another), then nowhere.
import { randomInt } from 'node:crypto';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { isoToDisplay, todayInIsrael } from '../../shared/dates';
import { firstOffice } from '../../db/repositories/offices';
import { parseRecoveryKey, recoveryKeyGroups, RecoveryKeyFormatError, RECOVERY_GROUPS } from '../../db/recovery-key';
import type { StoreKeeper } from '../store-keeper';
import { recoverySheetPdf } from '../security/recovery-sheet';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

interface Pending {
  groups: string[];
  check: [number, number];
}

const pendingOf = new WeakMap<StoreKeeper, Pending>();

function state(call: Call): OutputOf<'recoveryKey.state'> {
  const bundle = call.keeper.recoveryBundle();
  return {
    createdAt: bundle?.createdAt ?? null,
    confirmedAt: bundle?.confirmedAt ?? null,
    storePlain: call.keeper.storeIsPlain,
    renewDue: call.keeper.recoveryKeyRenewalDue() !== null,
  };
}

function twoPositions(): [number, number] {
  const first = randomInt(RECOVERY_GROUPS);
  const second = (first + 1 + randomInt(RECOVERY_GROUPS - 1)) % RECOVERY_GROUPS;
  return first < second ? [first, second] : [second, first];
}

async function create(call: Call): Promise<OutputOf<'recoveryKey.create'>> {
  const groups = recoveryKeyGroups(call.keeper.makeRecoveryKey());
  const check = twoPositions();
  pendingOf.set(call.keeper, { groups, check });
  audit(call, { action: 'recovery_key_created', entity: 'office', details: {} });
  const office = firstOffice(call.store.db)?.name ?? '';
  const sheet = await recoverySheetPdf(office, groups, isoToDisplay(todayInIsrael(call.now())));
  return { groups, check, sheetBase64: Buffer.from(sheet).toString('base64') };
}

function confirm(call: Call, input: ParsedInputOf<'recoveryKey.confirm'>): OutputOf<'recoveryKey.state'> {
  const pending = pendingOf.get(call.keeper);
  if (!pending) throw new AppError('conflict', 'recoveryKeyNotPending');
  const typed = input.groups.map((group) => group.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1'));
  if (typed.some((group, i) => group !== pending.groups[pending.check[i]!]))
    throw new AppError('validation', 'recoveryKeyGroupsWrong', 'groups');
  call.keeper.confirmRecoveryKey();
  pendingOf.delete(call.keeper);
  audit(call, { action: 'recovery_key_confirmed', entity: 'office', details: {} });
  return state(call);
}

/** The recovery key as the owner typed it; a mistyped one is refused naming the field. */
export function typedRecoveryKey(typed: string): Buffer {
  try {
    return parseRecoveryKey(typed);
  } catch (error) {
    if (error instanceof RecoveryKeyFormatError) throw new AppError('validation', 'recoveryKeyMistyped', 'recoveryKey');
    throw error;
  }
}

export const recoveryKeyHandlers: Handlers<'recoveryKey.state' | 'recoveryKey.create' | 'recoveryKey.confirm'> = {
  'recoveryKey.state': state,
  'recoveryKey.create': create,
  'recoveryKey.confirm': confirm,
};
