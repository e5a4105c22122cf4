// What waits between the two steps of a second factor, in memory: sign-ins whose password was right
// (a short-lived token, a few tries), enrolments awaiting their first code, and the last TOTP step
// each person used, so a code seen over a shoulder cannot be replayed within its 30 seconds.
import { randomBytes } from 'node:crypto';
import type { LoginAttempt } from './login-throttle';

const PENDING_MINUTES = 5;
const MAX_TRIES = 5;

export interface PendingLogin {
  staffId: number;
  attempt: LoginAttempt;
  /** Set when the office requires a second factor this person has not enrolled yet. */
  enrolSecret: string | null;
  expiresAt: number;
  tries: number;
}

export class PendingSecondFactor {
  private readonly logins = new Map<string, PendingLogin>();
  private readonly enrolments = new Map<number, { secret: string; expiresAt: number }>();
  private readonly lastSteps = new Map<number, number>();

  constructor(private readonly now: () => Date) {}

  openLogin(
    staffId: number,
    attempt: LoginAttempt,
    enrolSecret: string | null,
  ): { pendingToken: string; expiresInSeconds: number } {
    const pendingToken = randomBytes(32).toString('base64url');
    this.logins.set(pendingToken, { staffId, attempt, enrolSecret, expiresAt: this.expiry(), tries: 0 });
    for (const [token, login] of this.logins) if (login.expiresAt <= this.time()) this.logins.delete(token);
    return { pendingToken, expiresInSeconds: PENDING_MINUTES * 60 };
  }

  login(pendingToken: string): PendingLogin | undefined {
    const login = this.logins.get(pendingToken);
    if (login && login.expiresAt > this.time()) return login;
    this.logins.delete(pendingToken);
    return undefined;
  }

  /** Counts a wrong code; the token is spent after a few. */
  wrongCode(pendingToken: string): void {
    const login = this.logins.get(pendingToken);
    if (login && ++login.tries >= MAX_TRIES) this.logins.delete(pendingToken);
  }

  closeLogin(pendingToken: string): void {
    this.logins.delete(pendingToken);
  }

  startEnrolment(staffId: number, secret: string): void {
    this.enrolments.set(staffId, { secret, expiresAt: this.expiry() });
  }

  /** The secret being enrolled, while it is fresh. */
  enrolment(staffId: number): string | undefined {
    const entry = this.enrolments.get(staffId);
    return entry && entry.expiresAt > this.time() ? entry.secret : undefined;
  }

  endEnrolment(staffId: number): void {
    this.enrolments.delete(staffId);
  }

  /** Accepts a TOTP step once per person, and only forwards in time. */
  acceptStep(staffId: number, step: number): boolean {
    if (step <= (this.lastSteps.get(staffId) ?? -1)) return false;
    this.lastSteps.set(staffId, step);
    return true;
  }

  private time(): number {
    return this.now().getTime();
  }

  private expiry(): number {
    return this.time() + PENDING_MINUTES * 60_000;
  }
}
