import { z } from 'zod';
import { everyone, owners, procedure } from '../procedure';
import { passwordText, recordId } from '../../schemas/fields';
import { changePasswordInput, loginInput, secondFactorCode, type StaffSummary } from '../../schemas/staff';

export interface OfficeSummary {
  id: number;
  name: string;
}

export interface SignedIn {
  token: string;
  idleMinutes: number;
  staff: StaffSummary;
  office: OfficeSummary;
}

/** A new TOTP secret, shown once: as text and as an otpauth:// address for a QR code. */
export interface TotpEnrolment {
  secret: string;
  uri: string;
}

/**
 * The password was right and a second factor is due: 'verify' asks for a code from the app (or a
 * recovery code); 'enrol' — the office requires a second factor the person has not set — shows a new
 * secret to confirm first. The pending token is good for a few minutes and a few tries.
 */
export type SecondStep =
  | { secondFactor: 'verify'; pendingToken: string; expiresInSeconds: number }
  | { secondFactor: 'enrol'; pendingToken: string; expiresInSeconds: number; enrolment: TotpEnrolment };

export type LoginReply = SignedIn | SecondStep;

/** Recovery codes are shown once, when made; only their hashes are kept. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

export interface SecondFactorStatus {
  enabled: boolean;
  /** The office requires a second factor of everyone. */
  required: boolean;
  recoveryCodesLeft: number;
}

/** A sign-in lock in force: on a staff member's username or on a client address. */
export interface Lockout {
  kind: 'username' | 'address';
  key: string;
  /** The staff member's name for a username lock (a lock on an unknown name is shown without it). */
  fullName: string | null;
  failures: number;
  lockedUntil: string;
}

const noInput = z.object({});

export const authProcedures = {
  'auth.login': procedure<LoginReply>()({ input: loginInput, access: 'public' }),
  'auth.loginSecondFactor': procedure<SignedIn & Partial<RecoveryCodes>>()({
    input: z.object({ pendingToken: z.string().min(1).max(200), code: secondFactorCode }),
    access: 'public',
  }),
  'auth.logout': procedure<null>()({ input: noInput, access: everyone }),
  'auth.me': procedure<Omit<SignedIn, 'token'>>()({ input: noInput, access: everyone }),
  'auth.secondFactorStatus': procedure<SecondFactorStatus>()({ input: noInput, access: everyone }),
  'auth.startSecondFactor': procedure<TotpEnrolment>()({ input: noInput, access: everyone }),
  'auth.confirmSecondFactor': procedure<RecoveryCodes>()({
    input: z.object({ code: secondFactorCode }),
    access: everyone,
  }),
  'auth.disableSecondFactor': procedure<null>()({
    input: z.object({ password: passwordText('password') }),
    access: everyone,
  }),
  'auth.requireSecondFactor': procedure<null>()({
    input: z.object({ required: z.boolean() }),
    access: owners,
    changes: 'office',
  }),
  /** The owner clears a member's second factor (a lost phone and lost codes); they enrol again. */
  'auth.resetSecondFactor': procedure<null>()({ input: z.object({ id: recordId }), access: owners, changes: 'staff' }),
  'auth.lockouts': procedure<Lockout[]>()({ input: noInput, access: owners }),
  'auth.unlock': procedure<null>()({
    input: z.object({ kind: z.enum(['username', 'address']), key: z.string().min(1).max(200) }),
    access: owners,
    changes: 'lockout',
  }),
  'auth.changePassword': procedure<null>()({ input: changePasswordInput, access: everyone }),
};
