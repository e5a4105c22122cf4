// Append-only audit trail; hash chaining comes with the case store.
import type { Db } from '../open';
import { auditLog } from '../schema';

export interface AuditEntry {
  at: string;
  officeId: number | null;
  staffId: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  details?: Record<string, unknown> | null;
}

export function appendAudit(db: Db, entry: AuditEntry): void {
  db.insert(auditLog).values(entry).run();
}

export type AuditRow = typeof auditLog.$inferSelect;
