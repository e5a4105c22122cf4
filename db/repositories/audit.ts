// The audit trail: append-only, each row chained to the one before by SHA-256 over its content,
// so a changed or deleted row is found by verifyAuditChain. (Rows cut off the end leave no trace
// in the chain itself; backups and exports keep the head hash for comparison.)
import { createHash } from 'node:crypto';
import type { AuditRecord, AuditVerdict } from '../../shared/api/procedures/audit';
import type { Db } from '../open';
import { prepared } from '../statements';

export interface AuditEntry {
  at: string;
  officeId: number | null;
  staffId: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  details?: Record<string, unknown> | null;
}

interface StoredRow {
  id: number;
  at: string;
  officeId: number | null;
  staffId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  details: string | null;
  prevHash: string | null;
  hash: string | null;
}

const GENESIS = '0'.repeat(64);

function rowHash(prevHash: string, row: Omit<StoredRow, 'prevHash' | 'hash'>): string {
  const canonical = JSON.stringify([row.id, row.at, row.officeId, row.staffId, row.action, row.entity, row.entityId, row.details]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

function head(db: Db): { id: number; hash: string } {
  const last = prepared(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
  return last ? { id: last.id, hash: last.hash ?? GENESIS } : { id: 0, hash: GENESIS };
}

export function appendAudit(db: Db, entry: AuditEntry): void {
  const previous = head(db);
  const row = {
    id: previous.id + 1,
    at: entry.at,
    officeId: entry.officeId,
    staffId: entry.staffId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    details: entry.details == null ? null : JSON.stringify(entry.details),
  };
  prepared(
    db,
    `INSERT INTO audit_log (id, at, office_id, staff_id, action, entity, entity_id, details, prev_hash, hash)
     VALUES (@id, @at, @officeId, @staffId, @action, @entity, @entityId, @details, @prevHash, @hash)`,
  ).run({ ...row, prevHash: previous.hash, hash: rowHash(previous.hash, row) });
}

const SELECT_ROWS = `SELECT id, at, office_id AS officeId, staff_id AS staffId, action, entity, entity_id AS entityId,
  details, prev_hash AS prevHash, hash FROM audit_log`;

/** Hashes rows written before the chain existed (schema v1), in order. */
export function sealAuditChain(db: Db): number {
  const unsealed = prepared(db, `${SELECT_ROWS} WHERE hash IS NULL ORDER BY id`).all() as StoredRow[];
  if (unsealed.length === 0) return 0;
  const update = prepared(db, 'UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  db.transaction(() => {
    let prevHash = (prepared(db, 'SELECT hash FROM audit_log WHERE id < ? AND hash IS NOT NULL ORDER BY id DESC LIMIT 1').pluck().get(unsealed[0]!.id) as string | undefined) ?? GENESIS;
    for (const row of unsealed) {
      const hash = rowHash(prevHash, row);
      update.run(prevHash, hash, row.id);
      prevHash = hash;
    }
  });
  return unsealed.length;
}

export type { AuditVerdict };

/** Walks the whole chain; reports the first row whose content or link does not match. */
export function verifyAuditChain(db: Db): AuditVerdict {
  let prevHash = GENESIS;
  let expectedId = 1;
  let rows = 0;
  for (const row of prepared(db, `${SELECT_ROWS} ORDER BY id`).iterate() as IterableIterator<StoredRow>) {
    rows++;
    if (row.hash === null) return { ok: false, rows, brokenAt: row.id, reason: 'unsealed' };
    if (row.id !== expectedId || row.prevHash !== prevHash) return { ok: false, rows, brokenAt: row.id, reason: 'missing_before' };
    if (rowHash(prevHash, row) !== row.hash) return { ok: false, rows, brokenAt: row.id, reason: 'changed' };
    prevHash = row.hash;
    expectedId = row.id + 1;
  }
  return { ok: true, rows, headHash: prevHash };
}

/** Newest first, optionally for one record, with the staff member's name. */
export function listAudit(
  db: Db,
  officeId: number,
  filter: { entity?: string; entityId?: number; limit: number; beforeId?: number },
): AuditRecord[] {
  const rows = prepared(
    db,
    `SELECT a.id, a.at, a.staff_id AS staffId, s.full_name AS staffName, a.action, a.entity, a.entity_id AS entityId, a.details
     FROM audit_log a LEFT JOIN staff_member s ON s.id = a.staff_id
     WHERE (a.office_id = @officeId OR a.office_id IS NULL)
       AND (@entity IS NULL OR a.entity = @entity) AND (@entityId IS NULL OR a.entity_id = @entityId)
       AND (@beforeId IS NULL OR a.id < @beforeId)
     ORDER BY a.id DESC LIMIT @limit`,
  ).all({ officeId, entity: filter.entity ?? null, entityId: filter.entityId ?? null, beforeId: filter.beforeId ?? null, limit: filter.limit }) as (Omit<AuditRecord, 'details'> & { details: string | null })[];
  return rows.map((row) => ({ ...row, details: row.details === null ? null : (JSON.parse(row.details) as unknown) }));
}

/** The last row's id and hash (id 0 and the genesis hash when empty): backups record it, so rows cut off the end show. */
export { head as auditChainHead };
