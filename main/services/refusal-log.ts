// Refused calls are evidence: a staff member trying owner-only procedures one after another is what
// an access log is for. One audit row per staff member, procedure and minute, so a script hammering a
// procedure cannot flood the log, while each distinct attempt stays on record.
const WINDOW_MS = 60_000;

export class RefusalLog {
  private readonly seen = new Map<string, number>();

  constructor(private readonly now: () => Date) {}

  /** True when this refusal should be written (the first of its kind this minute). */
  shouldWrite(staffId: number, procedure: string): boolean {
    const at = this.now().getTime();
    const key = `${staffId}\u0000${procedure}`;
    const last = this.seen.get(key);
    if (last !== undefined && at - last < WINDOW_MS) return false;
    if (this.seen.size > 10_000) for (const [k, when] of this.seen) if (at - when >= WINDOW_MS) this.seen.delete(k);
    this.seen.set(key, at);
    return true;
  }
}
