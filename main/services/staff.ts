// The office's people: only an owner manages staff; an office never loses its last active owner.
// A new password closes that person's other sessions.
import { AppError } from '../../shared/api/result';
import type { StaffMember } from '../../shared/schemas/staff';
import {
  activeOwners,
  findStaff,
  findStaffByUsername,
  insertStaff,
  listStaff,
  updateStaff,
  type StaffRow,
} from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { hashPassword } from './passwords';
import { assertUncommonPassword } from './password-policy';

/**
 * Stores a new password hash read against `member`'s version — the hash takes a while, and an edit
 * that lands meanwhile wins: the caller hears of a conflict, nothing is audited as done — then signs
 * the member out everywhere but in the caller's own session.
 */
export function storePassword(
  call: Call,
  member: StaffRow,
  passwordHash: string,
  action: 'set_password' | 'change_password',
): null {
  return call.store.db.transaction(() => {
    const row = updateStaff(call.store.db, member.id, member.version, {
      passwordHash,
      updatedAt: call.now().toISOString(),
    });
    if (!row) throw new AppError('conflict', 'staleVersion');
    call.sessions.closeFor(member.id, call.session.token);
    audit(call, { action, entity: 'staff_member', entityId: member.id });
    return null;
  });
}

function toMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    version: row.version,
    fullName: row.fullName,
    username: row.username,
    role: row.role,
    licenseNumber: row.licenseNumber,
    active: row.active,
    secondFactor: row.totpSecret !== null,
  };
}

export function memberOf(call: Call, id: number): StaffRow {
  const row = findStaff(call.store.db, id);
  if (!row || row.officeId !== call.session.officeId) throw new AppError('not_found', 'staffNotFound');
  return row;
}

export const staffHandlers: Handlers<'staff.list' | 'staff.create' | 'staff.update' | 'staff.setPassword'> = {
  'staff.list': (call) => listStaff(call.store.db, call.session.officeId).map(toMember),
  'staff.create': async (call, input) => {
    assertUncommonPassword(input.password, 'password', [input.username, input.fullName]);
    const passwordHash = await hashPassword(input.password);
    return call.store.db.transaction(() => {
      if (findStaffByUsername(call.store.db, input.username))
        throw new AppError('duplicate', 'duplicateUsername', 'username');
      const stamp = call.now().toISOString();
      const { password: _password, ...fields } = input;
      const row = insertStaff(call.store.db, {
        ...fields,
        passwordHash,
        officeId: call.session.officeId,
        createdAt: stamp,
        updatedAt: stamp,
        createdBy: call.session.staffId,
      });
      audit(call, {
        action: 'create',
        entity: 'staff_member',
        entityId: row.id,
        details: { role: row.role, username: row.username },
      });
      return toMember(row);
    });
  },
  'staff.update': (call, input) =>
    call.store.db.transaction(() => {
      const before = memberOf(call, input.id);
      if (before.version !== input.version) throw new AppError('conflict', 'staleVersion');
      const { id, version, ...changes } = input;
      const row = updateStaff(call.store.db, id, version, { ...changes, updatedAt: call.now().toISOString() });
      if (!row) throw new AppError('conflict', 'staleVersion');
      if (activeOwners(call.store.db, call.session.officeId) === 0) throw new AppError('conflict', 'lastOwner', 'role');
      if (row.role !== before.role || !row.active) call.sessions.closeFor(id);
      audit(call, {
        action: 'update',
        entity: 'staff_member',
        entityId: id,
        details: { role: row.role, active: row.active },
      });
      return toMember(row);
    }),
  'staff.setPassword': async (call, input) => {
    const member = memberOf(call, input.id);
    assertUncommonPassword(input.password, 'password', [member.username, member.fullName]);
    return storePassword(call, member, await hashPassword(input.password), 'set_password');
  },
};
