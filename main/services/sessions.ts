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
  private readonly endListeners = new Set<(token: string) => void>();

  constructor(
    readonly idleMinutes: number,
    private readonly now: () => Date = () => new Date(),
    options: SessionOptions = {},
  ) {
    this.absoluteMs = (options.absoluteHours ?? DEFAULT_ABSOLUTE_HOURS) * 3_600_000;
  }

  open(staffId: number, officeId: number, role: Role, deviceId?: number): Session {
    const session = {
      token: randomBytes(32).toString('base64url'),
      staffId,
      officeId,
      role,
      ...(deviceId === undefined ? {} : { deviceId }),
    };
    const now = this.now().getTime();
    this.entries.set(session.token, { session, openedAt: now, lastSeen: now });
    return session;
  }

  /** Looks the token up and, when it is live, counts this call as activity. */
  resolve(token: string | null | undefined): SessionState {
    const state = this.peek(token);
    const entry = typeof state === 'object' && state !== null ? this.entries.get(state.token) : undefined;
    if (entry) entry.lastSeen = this.now().getTime();
    return state;
  }

  /** Looks the token up without counting it as activity: an open change stream keeps no one signed in. */
  peek(token: string | null | undefined): SessionState {
    if (!token) return null;
    const entry = this.entries.get(token);
    if (!entry) return 'expired';
    const now = this.now().getTime();
    if (now - entry.lastSeen > this.idleMinutes * 60_000 || now - entry.openedAt > this.absoluteMs) {
      this.close(token);
      return 'expired';
    }
    return entry.session;
  }

  /** Called with each session's token as it ends, however it ends (a timeout is noticed when looked up). */
  onEnd(listener: (token: string) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  close(token: string): void {
    if (!this.entries.delete(token)) return;
    for (const listener of this.endListeners) listener(token);
  }

  /**
   * Signs one staff member out everywhere (deactivated, role or password changed), except the session
   * `keep` — the one that changed its own password stays signed in.
   */
  closeFor(staffId: number, keep?: string): void {
    for (const [token, entry] of this.entries)
      if (entry.session.staffId === staffId && token !== keep) this.close(token);
  }

  /** Signs everyone out on one desk: its pairing was revoked. */
  closeForDevice(deviceId: number): void {
    for (const [token, entry] of this.entries) if (entry.session.deviceId === deviceId) this.entries.delete(token);
  }

  /** Signs everyone out, e.g. after a restore: the sessions may name staff the restored store lacks. */
  clear(): void {
    for (const token of [...this.entries.keys()]) this.close(token);
  }
}
