// Signed-in sessions, kept in memory: a random token per login, ended by logout or by inactivity.
import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/schemas/staff';

export interface Session {
  token: string;
  staffId: number;
  officeId: number;
  role: Role;
}

/** What a token resolves to: a live session, one that timed out, or nothing at all. */
export type SessionState = Session | 'expired' | null;

interface Entry {
  session: Session;
  lastSeen: number;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly idleMinutes: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  open(staffId: number, officeId: number, role: Role): Session {
    const session = { token: randomBytes(32).toString('base64url'), staffId, officeId, role };
    this.entries.set(session.token, { session, lastSeen: this.now().getTime() });
    return session;
  }

  /** Looks the token up and, when it is live, counts this call as activity. */
  resolve(token: string | null | undefined): SessionState {
    if (!token) return null;
    const entry = this.entries.get(token);
    if (!entry) return 'expired';
    const now = this.now().getTime();
    if (now - entry.lastSeen > this.idleMinutes * 60_000) {
      this.entries.delete(token);
      return 'expired';
    }
    entry.lastSeen = now;
    return entry.session;
  }

  close(token: string): void {
    this.entries.delete(token);
  }

  /** Signs one staff member out everywhere: deactivated, or their role changed. */
  closeFor(staffId: number): void {
    for (const [token, entry] of this.entries) if (entry.session.staffId === staffId) this.entries.delete(token);
  }

  /** Signs everyone out, e.g. after a restore: the sessions may name staff the restored store lacks. */
  clear(): void {
    this.entries.clear();
  }
}
