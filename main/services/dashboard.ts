// dashboard.summary: counts and short lists straight from SQL — aggregates over indexes, never every
// row into memory. The aggregates run on a worker thread with its own read-only connection: at
// 100,000 clients they take seconds, and the app's thread must keep answering meanwhile.
import { addDays, format, parseISO } from 'date-fns';
import type { AttorneyProblem, ConsentGap, DashboardSummary, DashboardTask, StaffLoad, WaiverProblem } from '../../shared/api/procedures/dashboard';
import { DUE_SOON_DAYS } from '../../shared/api/procedures/dashboard';
import { todayInIsrael } from '../../shared/dates';
import { claimStatuses, type ClaimStatus } from '../../shared/domain/enums';
import { medicalWaiverStateSql, powerOfAttorneyStateSql } from '../../db/repositories/consent-state';
import { findOffice } from '../../db/repositories/offices';
import { OVERDUE_SQL } from '../../db/repositories/tasks';
import type { Handlers } from './handler';
import { findRun, unclaimedByCalculator } from './office-scan-store';
import { readOffThread } from './read-off-thread';

/** How many rows each short list shows; the counts say how many there are in all. */
const LIST_LIMIT = 8;

const OPEN_TASKS = 'FROM task t WHERE t.office_id = @officeId AND t.done_at IS NULL';
const FOLLOW_UP = 't.binding = 0';
const DUE_SOON = `${FOLLOW_UP} AND t.due_date BETWEEN @today AND @soon`;
const OVERDUE_FOLLOW_UP = `${FOLLOW_UP} AND t.due_date < @today`;
const BINDING = 't.binding = 1 AND t.due_date <= @reminder';
const TASK_LIST = `SELECT t.id, t.title, t.kind, t.due_date AS dueDate, t.insured_person_id AS clientId, t.claim_id AS claimId, t.binding,
    CASE WHEN p.id IS NULL THEN NULL ELSE p.last_name_he || ' ' || p.first_name_he END AS clientName, s.full_name AS assignee
  FROM task t LEFT JOIN insured_person p ON p.id = t.insured_person_id LEFT JOIN staff_member s ON s.id = t.assigned_to
  WHERE t.office_id = @officeId AND t.done_at IS NULL`;

/**
 * Each live client's power-of-attorney and medical-waiver state: null when one is in force today,
 * else why not — revoked, ended/expired, or missing (none, pending or not started yet). The states
 * are the client list's (db/repositories/consent-state), so the dashboard counts what its filters
 * find; a power of attorney's 'expired' is the dashboard's 'ended'.
 */
const consentStates = (office: string) => `WITH states AS (
  SELECT p.id, p.first_name_he, p.last_name_he, p.id_number,
    nullif(replace(${powerOfAttorneyStateSql}, 'expired', 'ended'), 'active') AS attorney,
    nullif(${medicalWaiverStateSql}, 'active') AS waiver
  FROM insured_person p WHERE ${office} = @officeId AND p.deleted_at IS NULL)`;

/** The summary's statements, each with the parameters it names. */
function queries(officeId: number, today: string, soon: string, reminder: string) {
  const office = { officeId };
  const dated = { officeId, today };
  const ranged = { officeId, today, soon };
  const reminded = { officeId, reminder };
  return [
    { sql: 'SELECT count(*) AS n FROM insured_person WHERE office_id = @officeId AND deleted_at IS NULL', params: office },
    { sql: `SELECT count(*) AS n FROM task t WHERE t.office_id = @officeId AND ${OVERDUE_SQL}`, params: dated },
    { sql: `SELECT count(*) AS n ${OPEN_TASKS} AND ${BINDING}`, params: reminded },
    { sql: `${TASK_LIST} AND ${BINDING} ORDER BY t.due_date, t.id LIMIT ${LIST_LIMIT}`, params: reminded },
    { sql: `SELECT count(*) AS n ${OPEN_TASKS} AND ${DUE_SOON}`, params: ranged },
    { sql: `${TASK_LIST} AND ${DUE_SOON} ORDER BY t.due_date, t.id LIMIT ${LIST_LIMIT}`, params: ranged },
    { sql: `SELECT count(*) AS n ${OPEN_TASKS} AND ${OVERDUE_FOLLOW_UP}`, params: dated },
    { sql: `${TASK_LIST} AND ${OVERDUE_FOLLOW_UP} ORDER BY t.due_date DESC, t.id LIMIT ${LIST_LIMIT}`, params: dated },
    {
      sql: `SELECT t.assigned_to AS staffId, s.full_name AS name, count(*) AS open, coalesce(sum(t.due_date < @today), 0) AS overdue
        FROM task t LEFT JOIN staff_member s ON s.id = t.assigned_to
        WHERE t.office_id = @officeId AND t.done_at IS NULL GROUP BY t.assigned_to ORDER BY open DESC, name`,
      params: dated,
    },
    // Live claims by status: the count through claim_office_status alone is covering (no row reads),
    // then the few deleted claims come off from one pass over the table. Checking deleted_at row by
    // row through the index took seconds at 300,000 claims.
    { sql: 'SELECT status, count(*) AS n FROM claim WHERE office_id = @officeId GROUP BY status', params: office },
    { sql: 'SELECT status, count(*) AS n FROM claim NOT INDEXED WHERE office_id = @officeId AND deleted_at IS NOT NULL GROUP BY status', params: office },
    { sql: `${consentStates('p.office_id')} SELECT attorney, waiver, count(*) AS n FROM states GROUP BY attorney, waiver`, params: dated },
    // Newest files first: the clients the office works on now. `+office_id` keeps the planner walking
    // clients from the newest id down, stopping at the limit (through an office index it computed all).
    {
      sql: `${consentStates('+p.office_id')} SELECT id AS clientId, last_name_he || ' ' || first_name_he AS clientName, id_number AS idNumber, attorney, waiver
        FROM states WHERE attorney IS NOT NULL OR waiver IS NOT NULL ORDER BY id DESC LIMIT ${LIST_LIMIT}`,
      params: dated,
    },
  ];
}

type Count = { n: number };
type TaskLine = Omit<DashboardTask, 'binding'> & { binding: number };
const lines = (rows: unknown) => (rows as TaskLine[]).map((row) => ({ ...row, binding: row.binding === 1 }));
type StatusCount = { status: ClaimStatus; n: number };
type ConsentGroup = { attorney: AttorneyProblem | null; waiver: WaiverProblem | null; n: number };

function claimsByStatus(all: StatusCount[], deleted: StatusCount[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(claimStatuses.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const row of all) counts[row.status] += row.n;
  for (const row of deleted) counts[row.status] -= row.n;
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

export const dashboardHandlers: Handlers<'dashboard.summary'> = {
  'dashboard.summary': async (call) => {
    const { officeId } = call.session;
    const today = todayInIsrael(call.now());
    const soon = format(addDays(parseISO(today), DUE_SOON_DAYS - 1), 'yyyy-MM-dd');
    const reminderDays = findOffice(call.store.db, officeId)?.deadlineReminderDays ?? [];
    const reminder = format(addDays(parseISO(today), Math.max(DUE_SOON_DAYS - 1, ...reminderDays)), 'yyyy-MM-dd');
    const [clients, overdue, binding, bindingList, dueSoon, dueSoonList, overdueFollowUps, overdueList, staff, claimsAll, claimsDeleted, consentGroups, consentList] =
      await readOffThread(call.store.file, queries(officeId, today, soon, reminder));
    // The latest scan is a few indexed reads: here, on the store as it is now.
    const run = findRun(call.store.db, officeId);
    return {
      today,
      clients: (clients as Count[])[0]!.n,
      deadlines: {
        overdue: (overdue as Count[])[0]!.n,
        binding: (binding as Count[])[0]!.n,
        bindingList: lines(bindingList),
        reminderDays,
        dueSoon: (dueSoon as Count[])[0]!.n,
        dueSoonList: lines(dueSoonList),
        overdueFollowUps: (overdueFollowUps as Count[])[0]!.n,
        overdueList: lines(overdueList),
      },
      tasksByStaff: staff as StaffLoad[],
      claimsByStatus: claimsByStatus(claimsAll as StatusCount[], claimsDeleted as StatusCount[]),
      consents: consents(consentGroups as ConsentGroup[], consentList as ConsentGap[]),
      scan: { run, unclaimed: run ? unclaimedByCalculator(call.store.db, run.id) : [] },
    };
  },
};
