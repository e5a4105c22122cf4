// Login, logout and "who am I". Failed logins are audited without revealing which part was wrong,
// throttled per username and per client address, and — where a second factor is set or required —
// a right password only opens a short second step (see second-factor.ts).
import { AppError } from '../../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { findOffice, firstOffice } from '../../../db/repositories/offices';
import { findStaff, findStaffByUsername, updateStaffSecrets } from '../../../db/repositories/staff';
import { audit, type Call } from '../context';
import type { Handlers } from '../handler';
import { lockoutHandlers } from './lockouts';
import { secondFactorHandlers } from './second-factor';
import { changePasswordHandlers } from './change-password';
import { assertMayTry, attemptOf, officeSummary, recordFailure, signIn, summary } from '../sign-in';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from '../passwords';
import { newTotpSecret, totpUri } from '../totp';

export async function login(call: Call<null>, input: ParsedInputOf<'auth.login'>): Promise<OutputOf<'auth.login'>> {
  if (!firstOffice(call.store.db)) throw new AppError('setup_required', 'setupRequired');
  const attempt = attemptOf(call, input.username);
  assertMayTry(call, attempt);
  const member = findStaffByUsername(call.store.db, input.username);
  call.throttle.begin(attempt);
  let matches: boolean;
  try {
    matches = await verifyPassword(input.password, member?.passwordHash ?? (await decoyHash()));
  } finally {
    call.throttle.end(attempt);
  }
  if (!member || !member.active || !matches) {
    recordFailure(call, attempt, member);
    throw new AppError('bad_credentials', 'badCredentials');
  }
  // Parameters raised since this hash was made: redo it now that the password is at hand.
  if (needsRehash(member.passwordHash))
    updateStaffSecrets(call.store.db, member.id, { passwordHash: await hashPassword(input.password) });

  if (member.totpSecret)
    return { secondFactor: 'verify', ...call.pendingSecondFactor.openLogin(member.id, attempt, null) };
  if (findOffice(call.store.db, member.officeId)?.requireSecondFactor) {
    const secret = newTotpSecret();
    const pending = call.pendingSecondFactor.openLogin(member.id, attempt, secret);
    return { secondFactor: 'enrol', ...pending, enrolment: { secret, uri: totpUri(secret, member.username) } };
  }
  return signIn(call, member, attempt);
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

export const authHandlers: Handlers<'auth.login' | 'auth.logout' | 'auth.me'> &
  typeof secondFactorHandlers &
  typeof lockoutHandlers &
  typeof changePasswordHandlers = {
  'auth.login': login,
  'auth.logout': logout,
  'auth.me': me,
  ...secondFactorHandlers,
  ...lockoutHandlers,
  ...changePasswordHandlers,
};
