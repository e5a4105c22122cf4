// First run: the office and its owner. Only possible while the store holds no office.
import { AppError } from '../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import { firstOffice, insertOffice } from '../../db/repositories/offices';
import { findStaffByUsername, insertStaff } from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { hashPassword } from './passwords';
import { assertUncommonPassword } from './password-policy';

export function officeStatus(call: Call<null>): OutputOf<'office.status'> {
  const office = firstOffice(call.store.db);
  return { setupDone: office !== undefined, officeName: office?.name ?? null };
}

export async function setupOffice(call: Call<null>, input: ParsedInputOf<'office.setup'>): Promise<OutputOf<'office.setup'>> {
  const { db } = call.store;
  if (firstOffice(db)) throw new AppError('setup_done', 'setupDone');
  assertUncommonPassword(input.owner.password, 'owner.password', [input.owner.username, input.owner.fullName]);
  const passwordHash = await hashPassword(input.owner.password);
  return db.transaction(() => {
    if (firstOffice(db)) throw new AppError('setup_done', 'setupDone');
    if (findStaffByUsername(db, input.owner.username)) throw new AppError('duplicate', 'duplicateUsername', 'owner.username');
    const stamp = call.now().toISOString();
    const office = insertOffice(db, { ...input.office, createdAt: stamp, updatedAt: stamp });
    const owner = insertStaff(db, {
      officeId: office.id,
      fullName: input.owner.fullName,
      licenseNumber: input.owner.licenseNumber,
      username: input.owner.username,
      role: 'owner',
      passwordHash,
      createdAt: stamp,
      updatedAt: stamp,
    });
    const who = { officeId: office.id, staffId: owner.id };
    audit(call, { ...who, action: 'create', entity: 'office', entityId: office.id, details: { name: office.name } });
    audit(call, { ...who, action: 'create', entity: 'staff_member', entityId: owner.id, details: { role: 'owner', username: owner.username } });
    return { officeId: office.id };
  });
}

export const officeHandlers: Handlers<'office.status' | 'office.setup'> = {
  'office.status': officeStatus,
  'office.setup': setupOffice,
};
