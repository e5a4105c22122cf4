// The audit rows of one client file, gathered while its rows are written and appended in the order
// of the acts they record, through the app's own hash-chained appendAudit.
// One 'create' row per act: the intake (the person with the family, work history, events, power of
// attorney, consents and fee agreement entered with them, named in its details), each medical
// determination, claim (its status history and decisions in its details), document, task and note.
// Then the synthetic reads of medical data and sign-ins.
import { appendAudit, type AuditEntry } from '../repositories/audit';
import type { Db } from '../open';

export class AuditTrail {
  private readonly entries: AuditEntry[] = [];

  constructor(private readonly officeId: number) {}

  add(
    at: string,
    staffId: number,
    action: string,
    entity: string,
    entityId: number | null,
    details: Record<string, unknown> | null = null,
  ): void {
    this.entries.push({ at, officeId: this.officeId, staffId, action, entity, entityId, details });
  }

  /** Appends everything gathered, oldest act first, and starts over. */
  flush(db: Db): number {
    this.entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (const entry of this.entries) appendAudit(db, entry);
    const written = this.entries.length;
    this.entries.length = 0;
    return written;
  }
}
