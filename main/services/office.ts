// The office: first run (the office and its owner, only while the store holds no office), its
// details, which staff may not change.
import { AppError } from '../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { OfficeDetails } from '../../shared/schemas/staff';
import { findOffice, firstOffice, insertOffice, updateOffice, type OfficeRow } from '../../db/repositories/offices';
import { findStaffByUsername, insertStaff } from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { hashPassword } from './passwords';
import { assertUncommonPassword } from './password-policy';

export function officeStatus(call: Call<null>): OutputOf<'office.status'> {
  const office = firstOffice(call.store.db);
  return { setupDone: office !== undefined, officeName: office?.name ?? null };
}

export async function setupOffice(
  call: Call<null>,
  input: ParsedInputOf<'office.setup'>,
): Promise<OutputOf<'office.setup'>> {
  const { db } = call.store;
  if (firstOffice(db)) throw new AppError('setup_done', 'setupDone');
  assertUncommonPassword(input.owner.password, 'owner.password', [input.owner.username, input.owner.fullName]);
  const passwordHash = await hashPassword(input.owner.password);
  return db.transaction(() => {
    if (firstOffice(db)) throw new AppError('setup_done', 'setupDone');
    if (findStaffByUsername(db, input.owner.username))
      throw new AppError('duplicate', 'duplicateUsername', 'owner.username');
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
    audit(call, {
      ...who,
      action: 'create',
      entity: 'staff_member',
      entityId: owner.id,
      details: { role: 'owner', username: owner.username },
    });
    return { officeId: office.id };
  });
}

function toOffice(row: OfficeRow): OfficeDetails {
  return { id: row.id, version: row.version, name: row.name, address: row.address, phone: row.phone };
}

export const officeHandlers: Handlers<'office.status' | 'office.setup' | 'office.get' | 'office.update'> = {
  'office.status': officeStatus,
  'office.setup': setupOffice,
  'office.get': (call) => {
    const office = findOffice(call.store.db, call.session.officeId);
    if (!office) throw new AppError('not_found', 'officeNotFound');
    return toOffice(office);
  },
  'office.update': (call, input) =>
    call.store.db.transaction(() => {
      const { version, ...changes } = input;
      const row = updateOffice(call.store.db, call.session.officeId, version, {
        ...changes,
        updatedAt: call.now().toISOString(),
      });
      if (!row) throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'update', entity: 'office', entityId: row.id });
      return toOffice(row);
    }),
};
