// The dashboard's counts and short lists: aggregates over indexes, never every row into memory. The
// statements are run together on a read-only connection (main/services/read-off-thread), so here
// they are text with their parameters, and the rows they return are shaped into the summary's parts.
import type {
  AttorneyProblem,
  ConsentGap,
  DashboardSummary,
  DashboardTask,
  PaymentFlagCounts,
  StaffLoad,
  WaiverProblem,
} from '../../shared/api/procedures/dashboard';
import { claimStatuses, type ClaimStatus } from '../../shared/domain/enums';
import { consentStateCountsSql, medicalWaiverStateSql, powerOfAttorneyStateSql } from './consent-state';
import type { Db } from '../open';
import { prepared } from '../statements';
import { PAYMENT_FLAG_COUNTS_SQL } from './payments';
import { OVERDUE_SQL } from './tasks';

/** How many rows each short list shows; the counts say how many there are in all. */
const LIST_LIMIT = 8;

const FOLLOW_UP = 't.binding = 0';
const DUE_SOON = `${FOLLOW_UP} AND t.due_date BETWEEN @today AND @soon`;
const OVERDUE_FOLLOW_UP = `${FOLLOW_UP} AND t.due_date < @today`;
const BINDING = 't.binding = 1 AND t.due_date <= @reminder';
const TASK_LIST = `SELECT t.id, t.title, t.kind, t.due_date AS dueDate, t.insured_person_id AS clientId, t.claim_id AS claimId, t.binding,
    CASE WHEN p.id IS NULL THEN NULL ELSE p.last_name_he || ' ' || p.first_name_he END AS clientName, s.full_name AS assignee
  FROM task t LEFT JOIN insured_person p ON p.id = t.insured_person_id LEFT JOIN staff_member s ON s.id = t.assigned_to
  WHERE t.office_id = @officeId AND t.done_at IS NULL`;

/** The client list's states (db/repositories/consent-state), so the dashboard counts what its filters
 * find; null where the paper is in force, and a power of attorney's 'expired' is the dashboard's 'ended'. */
const attorneyProblem = (state: string) => `nullif(replace(${state}, 'expired', 'ended'), 'active')`;
const waiverProblem = (state: string) => `nullif(${state}, 'active')`;

/** The days the summary looks at (ISO dates): due soon up to `soon`, binding deadlines up to `reminder`. */
export interface DashboardDays {
  today: string;
  soon: string;
  reminder: string;
}

export interface ReadQuery {
  sql: string;
  params: Record<string, unknown>;
}

/** The summary's statements, each with the parameters it names. */
function dashboardQueries(officeId: number, { today, soon, reminder }: DashboardDays) {
  const office = { officeId };
  const dated = { officeId, today };
  const ranged = { officeId, today, soon };
  const reminded = { officeId, reminder };
  return {
    clients: {
      sql: 'SELECT count(*) AS n FROM insured_person WHERE office_id = @officeId AND deleted_at IS NULL',
      params: office,
    },
    // Every count of open tasks by assignee, from the covering index task_open_load alone.
    openTasks: {
      sql: `WITH counts AS (
          SELECT t.assigned_to AS staffId, count(*) AS open, sum(${OVERDUE_SQL}) AS overdue, sum(${BINDING}) AS binding,
            sum(${DUE_SOON}) AS dueSoon, sum(${OVERDUE_FOLLOW_UP}) AS overdueFollowUps
          FROM task t WHERE t.office_id = @officeId AND t.done_at IS NULL GROUP BY t.assigned_to)
        SELECT counts.*, s.full_name AS name FROM counts LEFT JOIN staff_member s ON s.id = counts.staffId ORDER BY open DESC, name`,
      params: { officeId, today, soon, reminder },
    },
    bindingList: { sql: `${TASK_LIST} AND ${BINDING} ORDER BY t.due_date, t.id LIMIT ${LIST_LIMIT}`, params: reminded },
    dueSoonList: { sql: `${TASK_LIST} AND ${DUE_SOON} ORDER BY t.due_date, t.id LIMIT ${LIST_LIMIT}`, params: ranged },
    overdueList: {
      sql: `${TASK_LIST} AND ${OVERDUE_FOLLOW_UP} ORDER BY t.due_date DESC, t.id LIMIT ${LIST_LIMIT}`,
      params: dated,
    },
    // Live claims by status, from the covering partial index claim_live_status alone.
    claims: {
      sql: 'SELECT status, count(*) AS n FROM claim WHERE office_id = @officeId AND deleted_at IS NULL GROUP BY status',
      params: office,
    },
    consentGroups: {
      sql: `SELECT ${attorneyProblem('attorney')} AS attorney, ${waiverProblem('waiver')} AS waiver, n FROM (${consentStateCountsSql})`,
      params: { ...dated, fromId: 0, toId: Number.MAX_SAFE_INTEGER },
    },
    // Newest files first: the clients the office works on now. `+office_id` keeps the planner walking
    // clients from the newest id down, stopping at the limit (through an office index it computed all).
    consentList: {
      sql: `WITH states AS (
          SELECT p.id, p.first_name_he, p.last_name_he, p.id_number,
            ${attorneyProblem(powerOfAttorneyStateSql)} AS attorney, ${waiverProblem(medicalWaiverStateSql)} AS waiver
          FROM insured_person p WHERE +p.office_id = @officeId AND p.deleted_at IS NULL)
        SELECT id AS clientId, last_name_he || ' ' || first_name_he AS clientName, id_number AS idNumber, attorney, waiver
        FROM states WHERE attorney IS NOT NULL OR waiver IS NOT NULL ORDER BY id DESC LIMIT ${LIST_LIMIT}`,
      params: dated,
    },
    // Claims flagged by their payments' last check, per kind and in all, from payment_flag_office_kind.
    paymentFlags: { sql: PAYMENT_FLAG_COUNTS_SQL, params: office },
  } satisfies Record<string, ReadQuery>;
}

type DashboardQueries = ReturnType<typeof dashboardQueries>;

type Count = { n: number };
type OpenTasks = StaffLoad & { binding: number; dueSoon: number; overdueFollowUps: number };
type TaskLine = Omit<DashboardTask, 'binding'> & { binding: number };
type StatusCount = { status: ClaimStatus; n: number };
type ConsentGroup = { attorney: AttorneyProblem | null; waiver: WaiverProblem | null; n: number };
type FlagCount = { kind: 'missing' | 'wrong_rate' | 'stopped' | null; claims: number };

const count = (rows: unknown[]) => (rows as Count[])[0]!.n;
const lines = (rows: unknown[]) => (rows as TaskLine[]).map((row) => ({ ...row, binding: row.binding === 1 }));

const total = (rows: OpenTasks[], key: keyof OpenTasks) => rows.reduce((sum, row) => sum + (row[key] as number), 0);

function claimsByStatus(live: StatusCount[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const row of live) counts[row.status] = row.n;
  return counts;
}

function consents(groups: ConsentGroup[], clients: ConsentGap[]): DashboardSummary['consents'] {
  const attorney: Record<AttorneyProblem, number> = { missing: 0, ended: 0, revoked: 0 };
  const waiver: Record<WaiverProblem, number> = { missing: 0, expired: 0, revoked: 0 };
  let total = 0;
  for (const g of groups) {
    if (g.attorney) attorney[g.attorney] += g.n;
    if (g.waiver) waiver[g.waiver] += g.n;
    if (g.attorney || g.waiver) total += g.n;
  }
  return { attorney, waiver, clients, total };
}

function paymentFlags(rows: FlagCount[]): PaymentFlagCounts {
  const of = (kind: FlagCount['kind']) => rows.find((r) => r.kind === kind)?.claims ?? 0;
  return { missing: of('missing'), wrongRate: of('wrong_rate'), stopped: of('stopped'), claims: of(null) };
}

function shape(rows: Record<keyof DashboardQueries, unknown[]>) {
  const openTasks = rows.openTasks as OpenTasks[];
  return {
    clients: count(rows.clients),
    deadlines: {
      overdue: total(openTasks, 'overdue'),
      binding: total(openTasks, 'binding'),
      bindingList: lines(rows.bindingList),
      dueSoon: total(openTasks, 'dueSoon'),
      dueSoonList: lines(rows.dueSoonList),
      overdueFollowUps: total(openTasks, 'overdueFollowUps'),
      overdueList: lines(rows.overdueList),
    },
    tasksByStaff: openTasks.map(({ staffId, name, open, overdue }) => ({ staffId, name, open, overdue })),
    claimsByStatus: claimsByStatus(rows.claims as StatusCount[]),
    consents: consents(rows.consentGroups as ConsentGroup[], rows.consentList as ConsentGap[]),
    payments: paymentFlags(rows.paymentFlags as FlagCount[]),
  };
}

/** The office's live clients' lowest and highest ids (0, 0 when it has none): where the consent count is cut. */
export function liveClientIdSpan(db: Db, officeId: number): { lowest: number; highest: number } {
  const span = prepared(
    db,
    'SELECT min(id) AS lowest, max(id) AS highest FROM insured_person WHERE office_id = ? AND deleted_at IS NULL',
  ).get(officeId) as {
    lowest: number | null;
    highest: number | null;
  };
  return { lowest: span.lowest ?? 0, highest: span.highest ?? 0 };
}

/**
 * The share of the clients (by id) whose consent states the first batch counts: the consent count is
 * about 60% of the summary's work (100 of 160 ms of CPU at 100,000 clients), so the first batch counts
 * three quarters of the clients and the second the rest of them with every other statement.
 */
const FIRST_SHARE = 0.75;

/**
 * The summary's parts (all but the scan and the office's reminder days). `read` answers each
 * statement's rows in order; it is given two batches of about equal cost at once, so that each may
 * run on a thread of its own. `span`: liveClientIdSpan's answer.
 */
export async function readDashboard(
  officeId: number,
  days: DashboardDays,
  span: { lowest: number; highest: number },
  read: (queries: ReadQuery[]) => Promise<unknown[][]>,
) {
  const { consentGroups, ...rest } = dashboardQueries(officeId, days);
  const names = Object.keys(rest) as (keyof typeof rest)[];
  const cut = span.lowest + Math.floor((span.highest - span.lowest) * FIRST_SHARE);
  const first = { ...consentGroups, params: { ...consentGroups.params, toId: cut } };
  const second = { ...consentGroups, params: { ...consentGroups.params, fromId: cut + 1 } };
  const [[groups], [moreGroups, ...results]] = await Promise.all([
    read([first]),
    read([second, ...Object.values(rest)]),
  ]);
  const rows = Object.fromEntries(names.map((name, i) => [name, results[i]!])) as Record<keyof typeof rest, unknown[]>;
  // The same (attorney, waiver) pair may come from both ranges: consents() adds the counts up.
  return shape({ ...rows, consentGroups: [...groups!, ...moreGroups!] });
}
