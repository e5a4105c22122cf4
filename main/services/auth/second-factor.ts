// The second factor: enrolling a TOTP app (the secret is shown once, then kept sealed and never
// returned), single-use recovery codes, the sign-in's second step, and the owner's office-wide rule.
import { AppError } from '../../../shared/api/result';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { findOffice, setRequireSecondFactor } from '../../../db/repositories/offices';
import { findStaff, updateStaffSecrets, type StaffRow } from '../../../db/repositories/staff';
import { openSecret, sealSecret } from '../../security/secret-box';
import { assertMayTry, recordFailure, signIn } from '../sign-in';
import { audit, type Call } from '../context';
import type { Handlers } from '../handler';
import { verifyPassword } from '../passwords';
import { newRecoveryCodes, newTotpSecret, recoveryCodesLeft, spendRecoveryCode, totpStep, totpUri } from '../totp';
import type { Session } from '../sessions';

function secretsKey(call: Call<Session | null>): Buffer {
  return call.keeper.secretsKey();
}

/**
 * The stored secret, or null when its key is not at hand (a store moved without its key file): the
 * recovery codes, kept as hashes, still sign in, and the person can then enrol again.
 */
function storedSecret(call: Call<Session | null>, member: StaffRow): string | null {
  if (!member.totpSecret) return null;
  try {
    return openSecret(secretsKey(call), member.totpSecret);
  } catch {
    return null;
  }
}

function self(call: Call): StaffRow {
  const member = findStaff(call.store.db, call.session.staffId);
  if (!member) throw new AppError('unauthenticated', 'unauthenticated');
  return member;
}

/** A code from the app for this secret, each 30-second step once. */
function acceptTotp(call: Call<Session | null>, member: StaffRow, secret: string, code: string): boolean {
  const step = totpStep(secret, code, call.now());
  return step !== null && call.pendingSecondFactor.acceptStep(member.id, step);
}

/** A code from the app or an unused recovery code, which it then spends. */
function acceptCode(call: Call<Session | null>, member: StaffRow, secret: string | null, code: string): boolean {
  if (secret !== null && acceptTotp(call, member, secret, code)) return true;
  const left = spendRecoveryCode(member.recoveryCodes, code);
  if (left === null) return false;
  updateStaffSecrets(call.store.db, member.id, { recoveryCodes: left });
  return true;
}

/** Stores a confirmed secret with fresh recovery codes; the codes are returned this once only. */
function enrol(call: Call<Session | null>, member: StaffRow, secret: string): string[] {
  const { codes, hashes } = newRecoveryCodes();
  updateStaffSecrets(call.store.db, member.id, {
    totpSecret: sealSecret(secretsKey(call), secret),
    recoveryCodes: hashes,
  });
  audit(call, {
    officeId: member.officeId,
    staffId: member.id,
    action: 'second_factor_on',
    entity: 'staff_member',
    entityId: member.id,
  });
  return codes;
}

async function loginSecondFactor(
  call: Call<null>,
  input: ParsedInputOf<'auth.loginSecondFactor'>,
): Promise<OutputOf<'auth.loginSecondFactor'>> {
  const pending = call.pendingSecondFactor.login(input.pendingToken);
  if (!pending) throw new AppError('unauthenticated', 'secondFactorExpired');
  assertMayTry(call, pending.attempt);
  const member = findStaff(call.store.db, pending.staffId);
  if (!member?.active) throw new AppError('unauthenticated', 'secondFactorExpired');
  const accepted = pending.enrolSecret
    ? acceptTotp(call, member, pending.enrolSecret, input.code)
    : acceptCode(call, member, storedSecret(call, member), input.code);
  if (!accepted) {
    call.pendingSecondFactor.wrongCode(input.pendingToken);
    recordFailure(call, pending.attempt, member);
    throw new AppError('bad_credentials', 'secondFactorWrong', 'code');
  }
  call.pendingSecondFactor.closeLogin(input.pendingToken);
  return call.store.db.transaction(() => {
    const recoveryCodes = pending.enrolSecret ? enrol(call, member, pending.enrolSecret) : undefined;
    const signedIn = signIn(call, member, pending.attempt);
    return recoveryCodes ? { ...signedIn, recoveryCodes } : signedIn;
  });
}

export const secondFactorHandlers: Handlers<
  | 'auth.loginSecondFactor'
  | 'auth.secondFactorStatus'
  | 'auth.startSecondFactor'
  | 'auth.confirmSecondFactor'
  | 'auth.disableSecondFactor'
  | 'auth.requireSecondFactor'
  | 'auth.resetSecondFactor'
> = {
  'auth.loginSecondFactor': loginSecondFactor,
  'auth.secondFactorStatus': (call) => {
    const member = self(call);
    return {
      enabled: member.totpSecret !== null,
      required: findOffice(call.store.db, call.session.officeId)?.requireSecondFactor ?? false,
      recoveryCodesLeft: recoveryCodesLeft(member.recoveryCodes),
    };
  },
  'auth.startSecondFactor': (call) => {
    const member = self(call);
    const secret = newTotpSecret();
    call.pendingSecondFactor.startEnrolment(member.id, secret);
    return { secret, uri: totpUri(secret, member.username) };
  },
  'auth.confirmSecondFactor': (call, input) => {
    const member = self(call);
    const secret = call.pendingSecondFactor.enrolment(member.id);
    if (!secret) throw new AppError('conflict', 'secondFactorNotStarted');
    if (!acceptTotp(call, member, secret, input.code)) throw new AppError('validation', 'secondFactorWrong', 'code');
    call.pendingSecondFactor.endEnrolment(member.id);
    return { recoveryCodes: call.store.db.transaction(() => enrol(call, member, secret)) };
  },
  'auth.disableSecondFactor': async (call, input) => {
    const member = self(call);
    if (!(await verifyPassword(input.password, member.passwordHash)))
      throw new AppError('validation', 'wrongPassword', 'password');
    if (findOffice(call.store.db, member.officeId)?.requireSecondFactor)
      throw new AppError('conflict', 'secondFactorRequired');
    call.store.db.transaction(() => {
      updateStaffSecrets(call.store.db, member.id, { totpSecret: null, recoveryCodes: null });
      audit(call, { action: 'second_factor_off', entity: 'staff_member', entityId: member.id });
    });
    return null;
  },
  'auth.resetSecondFactor': (call, input) => {
    const member = findStaff(call.store.db, input.id);
    if (!member || member.officeId !== call.session.officeId) throw new AppError('not_found', 'staffNotFound');
    call.store.db.transaction(() => {
      updateStaffSecrets(call.store.db, member.id, { totpSecret: null, recoveryCodes: null });
      audit(call, { action: 'second_factor_reset', entity: 'staff_member', entityId: member.id });
    });
    return null;
  },
  'auth.requireSecondFactor': (call, input) => {
    // The owner who turns it on must not lock themself out on the next sign-in without an app set.
    if (input.required && self(call).totpSecret === null) throw new AppError('conflict', 'secondFactorMissing');
    call.store.db.transaction(() => {
      setRequireSecondFactor(call.store.db, call.session.officeId, input.required, call.now().toISOString());
      audit(call, {
        action: 'update',
        entity: 'office',
        entityId: call.session.officeId,
        details: { requireSecondFactor: input.required },
      });
    });
    return null;
  },
};
