// The parts of signing in that both steps share: the throttle's verdict, counting a failure in the
// audit (one row per burst), and opening the session once every factor has passed.
import { AppError } from '../../shared/api/result';
import type { SignedIn } from '../../shared/api/contract';
import type { StaffSummary } from '../../shared/schemas/staff';
import type { Db } from '../../db/open';
import { findOffice } from '../../db/repositories/offices';
import type { StaffRow } from '../../db/repositories/staff';
import { audit, type Call } from './context';
import type { LoginAttempt } from './login-throttle';

export function summary(row: StaffRow): StaffSummary {
  return { id: row.id, fullName: row.fullName, username: row.username, role: row.role };
}

export function officeSummary(db: Db, officeId: number) {
  const office = findOffice(db, officeId);
  if (!office) throw new AppError('not_found', 'notFound');
  return { id: office.id, name: office.name };
}

const clock = new Intl.DateTimeFormat('he-IL', { timeZone: 'Asia/Jerusalem', hour: '2-digit', minute: '2-digit' });

/** Refuses the attempt, before any password is checked, while its username or address must wait. */
export function assertMayTry(call: Pick<Call<null>, 'throttle'>, attempt: LoginAttempt): void {
  const refusal = call.throttle.check(attempt);
  if (!refusal) return;
  if (refusal.locked)
    throw new AppError('throttled', 'loginLocked', undefined, { until: clock.format(new Date(refusal.until)) });
  if (refusal.waitSeconds === 1) throw new AppError('throttled', 'loginWaitSecond');
  throw new AppError('throttled', 'loginWait', undefined, { seconds: refusal.waitSeconds });
}

/**
 * Counts a failed try. The audit gets one row per burst — when the address starts one, or a real
 * staff member's username does — and one when a lock falls. A name no staff member has is never
 * written down: people type their password into the username field.
 */
export function recordFailure(call: Call<null>, attempt: LoginAttempt, member: StaffRow | undefined): void {
  const outcome = call.throttle.fail(attempt);
  const who = member ? { username: member.username } : {};
  const row = { officeId: member?.officeId ?? null, entity: 'staff_member', entityId: member?.id ?? null };
  if (outcome.newBurst.includes('address') || (member && outcome.newBurst.includes('username'))) {
    audit(call, { ...row, action: 'login_failed', details: { from: attempt.address, ...who } });
  }
  for (const lock of outcome.lockedNow) {
    if (lock.kind === 'username' && !member) continue;
    audit(call, {
      ...row,
      action: 'login_locked',
      details: { kind: lock.kind, failures: lock.failures, from: attempt.address, ...who },
    });
  }
}

export function attemptOf(call: Call<null>, username: string): LoginAttempt {
  return { username, address: call.origin.clientAddress };
}

/** Opens the session once every factor has passed. */
export function signIn(call: Call<null>, member: StaffRow, attempt: LoginAttempt): SignedIn {
  const failedBefore = call.throttle.succeed(attempt);
  const session = call.sessions.open(member.id, member.officeId, member.role, call.origin.deviceId);
  const details = { from: attempt.address, ...(failedBefore > 0 ? { failedBefore } : {}) };
  audit({ ...call, session }, { action: 'login', entity: 'staff_member', entityId: member.id, details });
  return {
    token: session.token,
    idleMinutes: call.sessions.idleMinutes,
    staff: summary(member),
    office: officeSummary(call.store.db, member.officeId),
  };
}
