// The rows of the whole-office scan: runs (status, progress) and their findings, with the SQL the
// result list and the dashboard page through; and the clients' rows it reads, a chunk at a time.
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { FindingSort, ScanFinding, ScanRun, ScanRunStatus, ScanVerdict } from '../../shared/api/procedures/scan';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { MedicalHistoryKind, RecordKind } from '../../shared/api/procedures/records';
import { fromHundredths } from '../../shared/money';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
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
} from '../schema';
import { prepared } from '../statements';
import type { RecordRow } from './records';

export interface NewFinding {
  clientId: number;
  calculator: string;
  verdict: ScanVerdict;
  amountAgorot: number | null;
  unit: string | null;
  claimed: boolean;
  missing: string[];
}

const RUN_COLUMNS = `r.id, r.status, r.scan_date AS scanDate, r.total, r.processed, r.started_at AS startedAt, r.finished_at AS finishedAt,
  s.full_name AS startedBy,
  (SELECT count(*) FROM scan_finding f WHERE f.run_id = r.id AND f.verdict = 'eligible') AS eligible,
  (SELECT count(*) FROM scan_finding f WHERE f.run_id = r.id AND f.verdict = 'maybe') AS maybe,
  (SELECT count(*) FROM scan_finding f WHERE f.run_id = r.id AND f.claimed = 0) AS unclaimed
  FROM scan_run r JOIN staff_member s ON s.id = r.started_by`;

export function findRun(db: Db, officeId: number, runId?: number): ScanRun | null {
  const run =
    runId === undefined
      ? prepared(db, `SELECT ${RUN_COLUMNS} WHERE r.office_id = ? ORDER BY r.id DESC LIMIT 1`).get(officeId)
      : prepared(db, `SELECT ${RUN_COLUMNS} WHERE r.office_id = ? AND r.id = ?`).get(officeId, runId);
  return (run as ScanRun | undefined) ?? null;
}

export function runningRunIds(db: Db, officeId: number): number[] {
  return prepared(db, "SELECT id FROM scan_run WHERE office_id = ? AND status = 'running'")
    .pluck()
    .all(officeId) as number[];
}

export function liveClientCount(db: Db, officeId: number): number {
  return prepared(db, 'SELECT count(*) FROM insured_person WHERE office_id = ? AND deleted_at IS NULL')
    .pluck()
    .get(officeId) as number;
}

export function insertRun(
  db: Db,
  run: { officeId: number; startedBy: number; scanDate: string; total: number; startedAt: string },
): number {
  return prepared(
    db,
    'INSERT INTO scan_run (office_id, started_by, scan_date, total, started_at) VALUES (@officeId, @startedBy, @scanDate, @total, @startedAt) RETURNING id',
  )
    .pluck()
    .get(run) as number;
}

/** Counts clients done; the total grows if clients were added while the scan ran. */
export function recordProgress(db: Db, runId: number, processed: number): void {
  prepared(db, 'UPDATE scan_run SET total = max(total, @processed), processed = @processed WHERE id = @runId').run({
    runId,
    processed,
  });
}

export function finishRun(
  db: Db,
  runId: number,
  status: Exclude<ScanRunStatus, 'running'>,
  at: string,
  error: string | null = null,
): void {
  prepared(
    db,
    "UPDATE scan_run SET status = @status, finished_at = @at, error = @error WHERE id = @runId AND status = 'running'",
  ).run({ runId, status, at, error });
}

export function insertFindings(db: Db, runId: number, findings: NewFinding[]): void {
  const insert = prepared(
    db,
    'INSERT INTO scan_finding (run_id, insured_person_id, calculator, verdict, amount_agorot, unit, claimed, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const f of findings)
    insert.run(
      runId,
      f.clientId,
      f.calculator,
      f.verdict,
      f.amountAgorot,
      f.unit,
      f.claimed ? 1 : 0,
      JSON.stringify(f.missing),
    );
}

const ORDER: Record<FindingSort, string> = {
  client: 'p.last_name_he {dir}, p.first_name_he {dir}',
  calculator: 'f.calculator {dir}',
  verdict: 'f.verdict {dir}',
  amount: 'f.amount_agorot IS NULL, f.amount_agorot {dir}',
  claimed: 'f.claimed {dir}',
};

type FindingsQuery = Omit<ParsedInputOf<'scan.findings'>, 'runId'> & { runId: number };

interface FindingRaw {
  id: number;
  clientId: number;
  firstName: string;
  lastName: string;
  idNumber: string;
  calculator: string;
  verdict: ScanVerdict;
  amountAgorot: number | null;
  unit: string | null;
  claimed: number;
  missing: string;
}

export function listFindings(db: Db, q: FindingsQuery): { rows: ScanFinding[]; total: number } {
  const where = [
    'f.run_id = @runId',
    q.verdict ? 'f.verdict = @verdict' : '',
    q.unclaimedOnly ? 'f.claimed = 0' : '',
    q.calculator ? 'f.calculator = @calculator' : '',
  ]
    .filter(Boolean)
    .join(' AND ');
  const params = {
    runId: q.runId,
    verdict: q.verdict ?? null,
    calculator: q.calculator ?? null,
    limit: q.limit,
    offset: q.offset,
  };
  const total = prepared(db, `SELECT count(*) FROM scan_finding f WHERE ${where}`).pluck().get(params) as number;
  const order = ORDER[q.sort].replaceAll('{dir}', q.direction.toUpperCase());
  const raw = prepared(
    db,
    `SELECT f.id, f.insured_person_id AS clientId, p.first_name_he AS firstName, p.last_name_he AS lastName, p.id_number AS idNumber,
       f.calculator, f.verdict, f.amount_agorot AS amountAgorot, f.unit, f.claimed, f.missing
     FROM scan_finding f JOIN insured_person p ON p.id = f.insured_person_id
     WHERE ${where} ORDER BY ${order}, f.id LIMIT @limit OFFSET @offset`,
  ).all(params) as FindingRaw[];
  return {
    total,
    rows: raw.map((r) => ({
      id: r.id,
      clientId: r.clientId,
      clientName: `${r.lastName} ${r.firstName}`,
      idNumber: r.idNumber,
      calculator: r.calculator,
      verdict: r.verdict,
      amount: r.amountAgorot === null ? null : fromHundredths(r.amountAgorot),
      unit: r.unit,
      claimed: r.claimed === 1,
      missing: JSON.parse(r.missing) as string[],
    })),
  };
}

/** Per benefit: clients with an eligible / maybe finding they have not claimed yet. */
export function unclaimedByCalculator(
  db: Db,
  runId: number,
): { calculator: string; eligible: number; maybe: number }[] {
  return prepared(
    db,
    `SELECT calculator,
       count(DISTINCT CASE WHEN verdict = 'eligible' THEN insured_person_id END) AS eligible,
       count(DISTINCT CASE WHEN verdict = 'maybe' THEN insured_person_id END) AS maybe
     FROM scan_finding WHERE run_id = ? AND claimed = 0 GROUP BY calculator ORDER BY eligible DESC, maybe DESC, calculator`,
  ).all(runId) as { calculator: string; eligible: number; maybe: number }[];
}

/** The kinds the rules read: the medical history (diagnoses, doctors…) is for papers, not for rules. */
export type ScanKind = Exclude<RecordKind, MedicalHistoryKind>;

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

export const scanKinds = Object.keys(recordTables) as ScanKind[];

const readClient = rowReader(insuredPersons);
const readClaim = rowReader(claims);
const readers = Object.fromEntries(scanKinds.map((kind) => [kind, rowReader(recordTables[kind].table)])) as Record<
  ScanKind,
  (raw: RawRow) => unknown
>;

/**
 * The office's next live clients after `afterId`, in id order. `+office_id` keeps the planner on the
 * primary key (a range from `afterId`): through an office index it sorted all 100,000 clients per chunk.
 */
export function nextClientIds(
  db: Db,
  officeId: number,
  range: { afterId: number; upTo: number },
  limit: number,
): number[] {
  return prepared(
    db,
    'SELECT id FROM insured_person WHERE +office_id = ? AND deleted_at IS NULL AND id > ? AND id <= ? ORDER BY id LIMIT ?',
  )
    .pluck()
    .all(officeId, range.afterId, range.upTo, limit) as number[];
}

/** The ids that cut the office's live clients into `parts` ranges of about as many clients each. */
export function clientIdCuts(db: Db, officeId: number, parts: number): number[] {
  const total = liveClientCount(db, officeId);
  const nth = prepared(
    db,
    'SELECT id FROM insured_person WHERE +office_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?',
  ).pluck();
  return Array.from(
    { length: parts - 1 },
    (_, i) => nth.get(officeId, Math.floor((total * (i + 1)) / parts) - 1) as number | undefined,
  ).filter((id): id is number => id !== undefined);
}

export interface ScanChunkRows {
  /** The office's live clients among `ids`, by id. */
  clients: (typeof insuredPersons.$inferSelect)[];
  /** Per kind, the rows of those clients, by client and then in the order `<kind>.list` gives. */
  records: Record<ScanKind, RecordRow[]>;
  /** Their live claims, by client and then as `claims.list` orders them. */
  claims: (typeof claims.$inferSelect)[];
  /** The received day of each decision of their decided claims, the latest of a claim last. */
  decisions: { claimId: number; receivedDate: string | null }[];
}

/** The rows of these clients (ascending ids of one office's live clients): one range query per table. */
export function scanChunkRows(db: Db, officeId: number, ids: number[]): ScanChunkRows {
  const range = [ids[0]!, ids[ids.length - 1]!] as const;
  const wanted = new Set(ids);
  const rows = (sql: string) => prepared(db, sql).all(...range) as RawRow[];
  const records = Object.fromEntries(
    scanKinds.map((kind) => {
      const spec = recordTables[kind];
      const raw = rows(
        `SELECT * FROM ${spec.name} WHERE insured_person_id BETWEEN ? AND ? ${spec.live ? 'AND deleted_at IS NULL' : ''} ORDER BY insured_person_id, ${spec.order}, id`,
      );
      return [kind, raw.map((r) => readers[kind](r) as RecordRow).filter((r) => wanted.has(r.insuredPersonId))];
    }),
  ) as Record<ScanKind, RecordRow[]>;
  return {
    clients: rows('SELECT * FROM insured_person WHERE id BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY id')
      .map(readClient)
      .filter((c) => wanted.has(c.id) && c.officeId === officeId),
    records,
    claims: rows(
      'SELECT * FROM claim WHERE insured_person_id BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY insured_person_id, updated_at DESC, id DESC',
    )
      .map(readClaim)
      .filter((c) => wanted.has(c.insuredPersonId) && c.officeId === officeId),
    decisions: rows(
      `SELECT d.claim_id AS claimId, d.received_date AS receivedDate FROM claim_decision d JOIN claim c ON c.id = d.claim_id
       WHERE c.insured_person_id BETWEEN ? AND ? AND c.deleted_at IS NULL AND c.decided_date IS NOT NULL ORDER BY d.claim_id, d.decided_date, d.id`,
    ) as unknown as ScanChunkRows['decisions'],
  };
}
