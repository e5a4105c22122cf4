// Signed-in sessions, kept in memory: a random token per login, ended by logout, by inactivity, or by
// an absolute lifetime that activity does not extend (a stolen token is not good forever).
import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/schemas/staff';

export interface Session {
  token: string;
  staffId: number;
  officeId: number;
  role: Role;
  /** The paired desk it was opened on (office server): the token is good from that desk only. */
  deviceId?: number;
}

/** What a token resolves to: a live session, one that timed out, or nothing at all. */
export type SessionState = Session | 'expired' | null;

interface Entry {
  session: Session;
  openedAt: number;
  lastSeen: number;
}

/** A working day and then some: a session is closed this long after sign-in, however busy. */
export const DEFAULT_ABSOLUTE_HOURS = 12;

export interface SessionOptions {
  absoluteHours?: number;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly absoluteMs: number;

  constructor(
    readonly idleMinutes: number,
    private readonly now: () => Date = () => new Date(),
    options: SessionOptions = {},
  ) {
    this.absoluteMs = (options.absoluteHours ?? DEFAULT_ABSOLUTE_HOURS) * 3_600_000;
  }

  open(staffId: number, officeId: number, role: Role, deviceId?: number): Session {
    const session = { token: randomBytes(32).toString('base64url'), staffId, officeId, role, ...(deviceId === undefined ? {} : { deviceId }) };
    const now = this.now().getTime();
    this.entries.set(session.token, { session, openedAt: now, lastSeen: now });
    return session;
  }

  /** Looks the token up and, when it is live, counts this call as activity. */
  resolve(token: string | null | undefined): SessionState {
    if (!token) return null;
    const entry = this.entries.get(token);
    if (!entry) return 'expired';
    const now = this.now().getTime();
    if (now - entry.lastSeen > this.idleMinutes * 60_000 || now - entry.openedAt > this.absoluteMs) {
      this.entries.delete(token);
      return 'expired';
    }
    entry.lastSeen = now;
    return entry.session;
  }

  close(token: string): void {
    this.entries.delete(token);
  }

  /**
   * Signs one staff member out everywhere (deactivated, role or password changed), except the session
   * `keep` — the one that changed its own password stays signed in.
   */
  closeFor(staffId: number, keep?: string): void {
    for (const [token, entry] of this.entries) if (entry.session.staffId === staffId && token !== keep) this.entries.delete(token);
  }

  /** Signs everyone out on one desk: its pairing was revoked. */
  closeForDevice(deviceId: number): void {
    for (const [token, entry] of this.entries) if (entry.session.deviceId === deviceId) this.entries.delete(token);
  }

  /** Signs everyone out, e.g. after a restore: the sessions may name staff the restored store lacks. */
  clear(): void {
    this.entries.clear();
  }
}
