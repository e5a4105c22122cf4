// Login, logout and "who am I". Failed logins are audited without revealing which part was wrong.
import { AppError } from '../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { StaffSummary } from '../../shared/schemas/staff';
import type { Db } from '../../db/open';
import { findOffice, firstOffice } from '../../db/repositories/offices';
import { findStaff, findStaffByUsername, type StaffRow } from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { decoyHash, verifyPassword } from './passwords';

function summary(row: StaffRow): StaffSummary {
  return { id: row.id, fullName: row.fullName, username: row.username, role: row.role };
}

function officeSummary(db: Db, officeId: number) {
  const office = findOffice(db, officeId);
  if (!office) throw new AppError('not_found', 'notFound');
  return { id: office.id, name: office.name };
}

export async function login(call: Call<null>, input: ParsedInputOf<'auth.login'>): Promise<OutputOf<'auth.login'>> {
  if (!firstOffice(call.store.db)) throw new AppError('setup_required', 'setupRequired');
  const member = findStaffByUsername(call.store.db, input.username);
  const matches = await verifyPassword(input.password, member?.passwordHash ?? (await decoyHash()));
  if (!member || !member.active || !matches) {
    audit(call, {
      officeId: member?.officeId ?? null,
      action: 'login_failed',
      entity: 'staff_member',
      entityId: member?.id ?? null,
      details: { username: input.username },
    });
    throw new AppError('bad_credentials', 'badCredentials');
  }
  const session = call.sessions.open(member.id, member.officeId, member.role);
  audit({ ...call, session }, { action: 'login', entity: 'staff_member', entityId: member.id });
  return {
    token: session.token,
    idleMinutes: call.sessions.idleMinutes,
    staff: summary(member),
    office: officeSummary(call.store.db, member.officeId),
  };
}

export function logout(call: Call): OutputOf<'auth.logout'> {
  call.sessions.close(call.session.token);
  audit(call, { action: 'logout', entity: 'staff_member', entityId: call.session.staffId });
  return null;
}

export function me(call: Call): OutputOf<'auth.me'> {
  const member = findStaff(call.store.db, call.session.staffId);
  if (!member) throw new AppError('unauthenticated', 'unauthenticated');
  return {
    idleMinutes: call.sessions.idleMinutes,
    staff: summary(member),
    office: officeSummary(call.store.db, call.session.officeId),
  };
}

export const authHandlers: Handlers<'auth.login' | 'auth.logout' | 'auth.me'> = {
  'auth.login': login,
  'auth.logout': logout,
  'auth.me': me,
};
