// The office and its people: only an owner manages staff; staff may not change the office; an
// office never loses its last active owner. A new password closes that person's other sessions.
import { AppError } from '../../shared/api/result';
import type { OfficeDetails, StaffMember } from '../../shared/schemas/staff';
import { findOffice, updateOffice, type OfficeRow } from '../../db/repositories/offices';
import { activeOwners, findStaff, findStaffByUsername, insertStaff, listStaff, updateStaff, type StaffRow } from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { hashPassword, verifyPassword } from './passwords';
import { assertUncommonPassword } from './password-policy';

/**
 * Stores a new password hash read against `member`'s version — the hash takes a while, and an edit
 * that lands meanwhile wins: the caller hears of a conflict, nothing is audited as done — then signs
 * the member out everywhere but in the caller's own session.
 */
function storePassword(call: Call, member: StaffRow, passwordHash: string, action: 'set_password' | 'change_password'): null {
  return call.store.db.transaction(() => {
    const row = updateStaff(call.store.db, member.id, member.version, { passwordHash, updatedAt: call.now().toISOString() });
    if (!row) throw new AppError('conflict', 'staleVersion');
    call.sessions.closeFor(member.id, call.session.token);
    audit(call, { action, entity: 'staff_member', entityId: member.id });
    return null;
  });
}

function toMember(row: StaffRow): StaffMember {
  return { id: row.id, version: row.version, fullName: row.fullName, username: row.username, role: row.role, licenseNumber: row.licenseNumber, active: row.active, secondFactor: row.totpSecret !== null };
}

function toOffice(row: OfficeRow): OfficeDetails {
  return { id: row.id, version: row.version, name: row.name, address: row.address, phone: row.phone };
}

function memberOf(call: Call, id: number): StaffRow {
  const row = findStaff(call.store.db, id);
  if (!row || row.officeId !== call.session.officeId) throw new AppError('not_found', 'staffNotFound');
  return row;
}

export const staffHandlers: Handlers<
  'staff.list' | 'staff.create' | 'staff.update' | 'staff.setPassword' | 'auth.changePassword' | 'office.get' | 'office.update'
> = {
  'staff.list': (call) => listStaff(call.store.db, call.session.officeId).map(toMember),
  'staff.create': async (call, input) => {
    assertUncommonPassword(input.password, 'password', [input.username, input.fullName]);
    const passwordHash = await hashPassword(input.password);
    return call.store.db.transaction(() => {
      if (findStaffByUsername(call.store.db, input.username)) throw new AppError('duplicate', 'duplicateUsername', 'username');
      const stamp = call.now().toISOString();
      const { password: _password, ...fields } = input;
      const row = insertStaff(call.store.db, { ...fields, passwordHash, officeId: call.session.officeId, createdAt: stamp, updatedAt: stamp, createdBy: call.session.staffId });
      audit(call, { action: 'create', entity: 'staff_member', entityId: row.id, details: { role: row.role, username: row.username } });
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
      audit(call, { action: 'update', entity: 'staff_member', entityId: id, details: { role: row.role, active: row.active } });
      return toMember(row);
    }),
  'staff.setPassword': async (call, input) => {
    const member = memberOf(call, input.id);
    assertUncommonPassword(input.password, 'password', [member.username, member.fullName]);
    return storePassword(call, member, await hashPassword(input.password), 'set_password');
  },
  'auth.changePassword': async (call, input) => {
    const me = memberOf(call, call.session.staffId);
    if (!(await verifyPassword(input.currentPassword, me.passwordHash))) throw new AppError('validation', 'wrongPassword', 'currentPassword');
    assertUncommonPassword(input.newPassword, 'newPassword', [me.username, me.fullName]);
    return storePassword(call, me, await hashPassword(input.newPassword), 'change_password');
  },
  'office.get': (call) => {
    const office = findOffice(call.store.db, call.session.officeId);
    if (!office) throw new AppError('not_found', 'officeNotFound');
    return toOffice(office);
  },
  'office.update': (call, input) =>
    call.store.db.transaction(() => {
      const { version, ...changes } = input;
      const row = updateOffice(call.store.db, call.session.officeId, version, { ...changes, updatedAt: call.now().toISOString() });
      if (!row) throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'update', entity: 'office', entityId: row.id });
      return toOffice(row);
    }),
};
