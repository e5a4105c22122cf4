// One client's audit trail: every row about the client or a record that hangs off them (found by
// entity and id through the audit_log_entity index), plus the medical reads, which name the client
// in their details because they cover all of the client's determinations at once.
import type { AuditRecord } from '../../shared/api/procedures/audit';
import type { Db } from '../open';
import { prepared } from '../statements';

/** Audit entity name → table; every one of them carries insured_person_id. */
const CLIENT_TABLES = [
  'family_member',
  'employment_period',
  'monthly_income',
  'medical_determination',
  'medical_committee',
  'diagnosis',
  'treating_doctor',
  'hospitalisation',
  'medication',
  'life_event',
  'representation',
  'consent',
  'fee_agreement',
  'claim',
  'document',
  'task',
  'note',
  'payment',
] as const;

/** Entities of the medical reads, which name the client in their details. */
const MEDICAL_READS =
  "('medical_determination', 'medical_committee', 'medical_history', 'diagnosis', 'treating_doctor', 'hospitalisation', 'medication')";

const OWNED = [
  `SELECT 'insured_person' AS entity, id AS entityId FROM insured_person WHERE id = @clientId AND office_id = @officeId`,
  ...CLIENT_TABLES.map((table) => `SELECT '${table}', id FROM ${table} WHERE insured_person_id = @clientId`),
].join('\n UNION ALL ');

const TRAIL = `
  WITH owned(entity, entityId) AS MATERIALIZED (${OWNED}),
  ids(id) AS (
    -- CROSS JOIN keeps the client's few records as the outer loop, each looked up in audit_log_entity.
    SELECT a.id FROM owned o CROSS JOIN audit_log a ON a.entity = o.entity AND a.entity_id = o.entityId
    UNION
    SELECT a.id FROM audit_log a
     WHERE a.entity IN ${MEDICAL_READS} AND a.entity_id IS NULL AND json_extract(a.details, '$.clientId') = @clientId
  )
  SELECT r.id, r.at, r.staff_id AS staffId, s.full_name AS staffName, r.action, r.entity, r.entity_id AS entityId, r.details
  FROM ids JOIN audit_log r ON r.id = ids.id LEFT JOIN staff_member s ON s.id = r.staff_id
  WHERE (r.office_id = @officeId OR r.office_id IS NULL) AND (@beforeId IS NULL OR r.id < @beforeId)
  ORDER BY r.id DESC LIMIT @limit`;

/** Newest first. Rows of deleted records stay in the trail: soft deletes keep their ids. */
export function clientAuditTrail(
  db: Db,
  officeId: number,
  filter: { clientId: number; limit: number; beforeId?: number },
): AuditRecord[] {
  const rows = prepared(db, TRAIL).all({
    officeId,
    clientId: filter.clientId,
    beforeId: filter.beforeId ?? null,
    limit: filter.limit,
  }) as (Omit<AuditRecord, 'details'> & {
    details: string | null;
  })[];
  return rows.map((row) => ({ ...row, details: row.details === null ? null : (JSON.parse(row.details) as unknown) }));
}
