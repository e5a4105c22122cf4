// How much client data each session reads, per minute. A desk reads a handful of files a minute and
// lists a few hundred rows; a script paging through the whole office reads thousands. Crossing the
// audit mark leaves one 'bulk_read' row per session and minute; staff sessions are also capped, so a
// stolen staff login cannot copy the office out through the API in a few seconds.
import type { Role } from '../../shared/schemas/staff';

/** Full client records (bank details, medical data) or list rows (names, IDs, phones). */
export type ReadKind = 'records' | 'rows';

export interface ReadLimits {
  /** Per minute, for every role: crossing it writes one audit row. */
  auditAt: Record<ReadKind, number>;
  /** Per minute, per role; a role not named is not capped. */
  capFor: Partial<Record<Role, Record<ReadKind, number>>>;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  auditAt: { records: 100, rows: 5_000 },
  capFor: { staff: { records: 300, rows: 20_000 } },
};

const WINDOW_MS = 60_000;

interface Window {
  startedAt: number;
  counts: Record<ReadKind, number>;
  audited: boolean;
}

export type Verdict = 'ok' | 'capped';

export class ReadMeter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limits: ReadLimits,
    private readonly now: () => Date,
  ) {}

  private windowOf(token: string): Window {
    const at = this.now().getTime();
    let window = this.windows.get(token);
    if (!window || at - window.startedAt >= WINDOW_MS) {
      // Forget other sessions' old windows as we go, so the map never outgrows the live sessions.
      for (const [key, old] of this.windows) if (at - old.startedAt >= WINDOW_MS) this.windows.delete(key);
      window = { startedAt: at, counts: { records: 0, rows: 0 }, audited: false };
      this.windows.set(token, window);
    }
    return window;
  }

  /** Before a read: is this session already over its cap for the minute? */
  check(token: string, role: Role, kind: ReadKind): Verdict {
    const cap = this.limits.capFor[role]?.[kind];
    return cap !== undefined && this.windowOf(token).counts[kind] >= cap ? 'capped' : 'ok';
  }

  /** After a read: counts it; true the first time this minute the session crosses the audit mark. */
  record(token: string, kind: ReadKind, count: number): { crossed: boolean; counts: Record<ReadKind, number> } {
    const window = this.windowOf(token);
    window.counts[kind] += count;
    const crossed = !window.audited && window.counts[kind] >= this.limits.auditAt[kind];
    if (crossed) window.audited = true;
    return { crossed, counts: { ...window.counts } };
  }
}

/** Client data in a reply: a page's rows, a list, or one record. */
export function countRead(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object' && 'rows' in value && Array.isArray(value.rows)) return value.rows.length;
  return value === null || value === undefined ? 0 : 1;
}
