// Medical committees: the shared record paths (office scoping, optimistic versions, soft delete) plus
// the lists the desk reads — a client's, a claim's, the office's between two days — and each claim's
// committee date for the claims list.
import type { Benefit } from '../../shared/domain/enums';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
import { medicalCommittees } from '../schema';
import { prepared } from '../statements';
import { recordRepository } from './records';

export type CommitteeRow = typeof medicalCommittees.$inferSelect;
export type CommitteeListRow = CommitteeRow & { clientName: string; benefit: Benefit | null };

export const committeeRecords = recordRepository(medicalCommittees, 'r.committee_date DESC, r.committee_time DESC');

const fromRow = rowReader(medicalCommittees);

export interface CommitteeFilter {
  clientId?: number;
  claimId?: number;
  from?: string;
  to?: string;
  /** The claim's handler (else who opened it): the calendar's staff filter. */
  staffId?: number;
  limit: number;
}

const FILTERS = [
  ['clientId', 'm.insured_person_id = @clientId'],
  ['claimId', 'm.claim_id = @claimId'],
  ['from', 'm.committee_date >= @from'],
  ['to', 'm.committee_date <= @to'],
  ['staffId', 'coalesce(c.handler_id, c.created_by) = @staffId'],
] as const;

/** Committees in date and time order, with the client's name and the claim's benefit. */
export function listCommittees(db: Db, officeId: number, filter: CommitteeFilter): CommitteeListRow[] {
  const used = FILTERS.filter(([key]) => filter[key] !== undefined);
  const sql = [
    `SELECT m.*, p.first_name_he || ' ' || p.last_name_he AS client_name, c.benefit AS claim_benefit
     FROM medical_committee m
     JOIN insured_person p ON p.id = m.insured_person_id
     LEFT JOIN claim c ON c.id = m.claim_id
     WHERE p.office_id = @officeId AND m.deleted_at IS NULL`,
    ...used.map(([, condition]) => `AND ${condition}`),
    `ORDER BY m.committee_date, m.committee_time, m.id LIMIT @limit`,
  ].join(' ');
  const params = Object.fromEntries([
    ['officeId', officeId],
    ['limit', filter.limit],
    ...used.map(([key]) => [key, filter[key]]),
  ]);
  return (prepared(db, sql).all(params) as RawRow[]).map((raw) => ({
    ...fromRow(raw),
    clientName: raw.client_name as string,
    benefit: (raw.claim_benefit as Benefit | null) ?? null,
  }));
}

/**
 * Per claim, the committee date the list shows: the next one from `today`, else the latest past one.
 */
export function committeeDates(db: Db, claimIds: number[], today: string): Map<number, string> {
  if (claimIds.length === 0) return new Map();
  const rows = prepared(
    db,
    `SELECT claim_id, coalesce(min(CASE WHEN committee_date >= @today THEN committee_date END), max(committee_date)) AS shown
     FROM medical_committee WHERE deleted_at IS NULL AND claim_id IN (SELECT value FROM json_each(@ids)) GROUP BY claim_id`,
  )
    .raw()
    .all({ today, ids: JSON.stringify(claimIds) }) as [number, string][];
  return new Map(rows);
}

/** A determination of the client from that sitting that no live committee keeps yet (typed in by hand before). */
export function unlinkedDetermination(
  db: Db,
  clientId: number,
  committeeDate: string,
  committeeKind: string,
): number | undefined {
  return prepared(
    db,
    `SELECT d.id FROM medical_determination d
     WHERE d.insured_person_id = ? AND d.committee_date = ? AND d.committee_kind = ?
       AND NOT EXISTS (SELECT 1 FROM medical_committee m WHERE m.determination_id = d.id AND m.deleted_at IS NULL)
     ORDER BY d.id LIMIT 1`,
  )
    .pluck()
    .get(clientId, committeeDate, committeeKind) as number | undefined;
}

/** Links the determination the outcome is kept as; part of the same write, so the version stays. */
export function linkDetermination(db: Db, committeeId: number, determinationId: number): void {
  prepared(db, 'UPDATE medical_committee SET determination_id = ? WHERE id = ?').run(determinationId, committeeId);
}

/** Clients of the office with a committee whose outcome is recorded: the ones whose committees open deadlines. */
export function clientsWithCommitteeOutcomes(db: Db, officeId: number): number[] {
  return prepared(
    db,
    `SELECT DISTINCT m.insured_person_id FROM medical_committee m JOIN insured_person p ON p.id = m.insured_person_id
     WHERE p.office_id = ? AND m.deleted_at IS NULL AND (m.outcome <> '[]' OR m.weighted_percent IS NOT NULL)`,
  )
    .pluck()
    .all(officeId) as number[];
}
