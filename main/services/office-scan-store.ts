// The rows of the whole-office scan: runs (status, progress) and their findings, with the SQL the
// result list and the dashboard page through.
import type { FindingSort, ScanFinding, ScanRun, ScanRunStatus, ScanVerdict } from '../../shared/api/procedures/scan';
import type { ParsedInputOf } from '../../shared/api/contract';
import { fromHundredths } from '../../shared/money';
import type { Db } from '../../db/open';
import { prepared } from '../../db/statements';

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
  return prepared(db, "SELECT id FROM scan_run WHERE office_id = ? AND status = 'running'").pluck().all(officeId) as number[];
}

export function liveClientCount(db: Db, officeId: number): number {
  return prepared(db, 'SELECT count(*) FROM insured_person WHERE office_id = ? AND deleted_at IS NULL').pluck().get(officeId) as number;
}

export function insertRun(db: Db, run: { officeId: number; startedBy: number; scanDate: string; total: number; startedAt: string }): number {
  return prepared(db, 'INSERT INTO scan_run (office_id, started_by, scan_date, total, started_at) VALUES (@officeId, @startedBy, @scanDate, @total, @startedAt) RETURNING id')
    .pluck()
    .get(run) as number;
}

/** Counts clients done; the total grows if clients were added while the scan ran. */
export function recordProgress(db: Db, runId: number, processed: number): void {
  prepared(db, 'UPDATE scan_run SET total = max(total, @processed), processed = @processed WHERE id = @runId').run({ runId, processed });
}

export function finishRun(db: Db, runId: number, status: Exclude<ScanRunStatus, 'running'>, at: string, error: string | null = null): void {
  prepared(db, "UPDATE scan_run SET status = @status, finished_at = @at, error = @error WHERE id = @runId AND status = 'running'").run({ runId, status, at, error });
}

export function insertFindings(db: Db, runId: number, findings: NewFinding[]): void {
  const insert = prepared(
    db,
    'INSERT INTO scan_finding (run_id, insured_person_id, calculator, verdict, amount_agorot, unit, claimed, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const f of findings) insert.run(runId, f.clientId, f.calculator, f.verdict, f.amountAgorot, f.unit, f.claimed ? 1 : 0, JSON.stringify(f.missing));
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
  const params = { runId: q.runId, verdict: q.verdict ?? null, calculator: q.calculator ?? null, limit: q.limit, offset: q.offset };
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
export function unclaimedByCalculator(db: Db, runId: number): { calculator: string; eligible: number; maybe: number }[] {
  return prepared(
    db,
    `SELECT calculator,
       count(DISTINCT CASE WHEN verdict = 'eligible' THEN insured_person_id END) AS eligible,
       count(DISTINCT CASE WHEN verdict = 'maybe' THEN insured_person_id END) AS maybe
     FROM scan_finding WHERE run_id = ? AND claimed = 0 GROUP BY calculator ORDER BY eligible DESC, maybe DESC, calculator`,
  ).all(runId) as { calculator: string; eligible: number; maybe: number }[];
}
