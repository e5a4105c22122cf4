// Client files for a chunk of clients in a few range queries (one per table), for the whole-office
// scan: `clients.file` per client would cost a dozen queries and a medical-read audit row each.
// The files carry what `factsOf` reads — the client, every record kind, the claims and when each
// decision was received; documents, tasks and notes are left empty (no rule reads them).
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ClientFile } from '../../shared/api/procedures/files';
import { medicalHistoryKinds, type MedicalHistoryKind, type RecordKind } from '../../shared/api/procedures/records';
import type { RecordRow } from '../../db/repositories/records';
import { rowReader, type RawRow } from '../../db/rows';
import {
  claims,
  consents,
  employmentPeriods,
  familyMembers,
  feeAgreements,
  insuredPersons,
  lifeEvents,
  medicalDeterminations,
  monthlyIncomes,
  representations,
} from '../../db/schema';
import { prepared } from '../../db/statements';
import { toClaim } from './claims';
import { toClient } from './clients';
import type { Call } from './context';
import { toRecords } from './records';
import type { ReceivedDates } from './rights';

export interface ScanSubject {
  file: ClientFile;
  received: ReceivedDates;
}

/** The kinds the rules read: the medical history (diagnoses, doctors…) is for papers, not for rules. */
type ScanKind = Exclude<RecordKind, MedicalHistoryKind>;

/** Each record kind's table and the order `<kind>.list` gives its rows in. */
const recordTables: Record<ScanKind, { table: SQLiteTable; name: string; order: string; live?: boolean }> = {
  family: { table: familyMembers, name: 'family_member', order: 'relation, birth_date', live: true },
  employment: { table: employmentPeriods, name: 'employment_period', order: 'start_date DESC' },
  incomes: { table: monthlyIncomes, name: 'monthly_income', order: 'month DESC, source' },
  medical: { table: medicalDeterminations, name: 'medical_determination', order: 'committee_date DESC' },
  events: { table: lifeEvents, name: 'life_event', order: 'event_date DESC' },
  representation: { table: representations, name: 'representation', order: 'created_at DESC' },
  consents: { table: consents, name: 'consent', order: 'signed_date DESC' },
  fees: { table: feeAgreements, name: 'fee_agreement', order: 'created_at DESC' },
};

const readClient = rowReader(insuredPersons);
const readClaim = rowReader(claims);
const readers = Object.fromEntries(Object.entries(recordTables).map(([kind, spec]) => [kind, rowReader(spec.table)])) as Record<ScanKind, (raw: RawRow) => unknown>;

/**
 * The office's next live clients after `afterId`, in id order. `+office_id` keeps the planner on the
 * primary key (a range from `afterId`): through an office index it sorted all 100,000 clients per chunk.
 */
export function nextClientIds(call: Call, afterId: number, limit: number): number[] {
  return prepared(call.store.db, 'SELECT id FROM insured_person WHERE +office_id = ? AND deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?')
    .pluck()
    .all(call.session.officeId, afterId, limit) as number[];
}

function byClient<T>(items: T[], clientOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const key = clientOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The files of these clients (ascending ids of one office's live clients). */
export function clientFiles(call: Call, ids: number[]): ScanSubject[] {
  if (ids.length === 0) return [];
  const { db } = call.store;
  const range = [ids[0]!, ids[ids.length - 1]!] as const;
  const wanted = new Set(ids);
  const rows = (sql: string) => (prepared(db, sql).all(...range) as RawRow[]);

  const records = Object.fromEntries(
    (Object.keys(recordTables) as ScanKind[]).map((kind) => {
      const spec = recordTables[kind];
      const raw = rows(
        `SELECT * FROM ${spec.name} WHERE insured_person_id BETWEEN ? AND ? ${spec.live ? 'AND deleted_at IS NULL' : ''} ORDER BY insured_person_id, ${spec.order}, id`,
      );
      const read = raw.map((r) => readers[kind](r) as RecordRow).filter((r) => wanted.has(r.insuredPersonId));
      return [kind, byClient(toRecords(call, kind, read), (record) => record.clientId as number)];
    }),
  ) as Record<ScanKind, Map<number, unknown[]>>;

  const claimRows = rows('SELECT * FROM claim WHERE insured_person_id BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY insured_person_id, updated_at DESC, id DESC')
    .map(readClaim)
    .filter((c) => wanted.has(c.insuredPersonId) && c.officeId === call.session.officeId);
  const claimsOf = byClient(claimRows.map(toClaim), (c) => c.clientId);
  // As receivedDates() in rights.ts: per decided claim, the received day of its latest decision.
  const received = new Map<number, string | null>();
  const decisions = rows(
    `SELECT d.claim_id AS claimId, d.received_date AS receivedDate FROM claim_decision d JOIN claim c ON c.id = d.claim_id
     WHERE c.insured_person_id BETWEEN ? AND ? AND c.deleted_at IS NULL AND c.decided_date IS NOT NULL ORDER BY d.claim_id, d.decided_date, d.id`,
  ) as { claimId: number; receivedDate: string | null }[];
  for (const d of decisions) received.set(d.claimId, d.receivedDate);

  return rows('SELECT * FROM insured_person WHERE id BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY id')
    .map(readClient)
    .filter((c) => wanted.has(c.id) && c.officeId === call.session.officeId)
    .map((row) => {
      const recordsOf = Object.fromEntries([
        ...(Object.keys(recordTables) as ScanKind[]).map((kind) => [kind, records[kind].get(row.id) ?? []]),
        ...medicalHistoryKinds.map((kind) => [kind, []]),
      ]) as Omit<
        ClientFile,
        'client' | 'claims' | 'documents' | 'tasks' | 'notes'
      >;
      const file: ClientFile = { client: toClient(row), ...recordsOf, claims: claimsOf.get(row.id) ?? [], documents: [], tasks: [], notes: [] };
      return { file, received };
    });
}
