// Tasks and deadlines: assigned to staff, linked to a client or claim, marked done by whom.
import type { ParsedInputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { todayInIsrael } from '../../shared/dates';
import { restDayName } from '../../shared/rules/calendar';
import type { Task } from '../../shared/schemas/work';
import type { Db } from '../../db/open';
import { clientNames } from '../../db/repositories/claims';
import { findStaff } from '../../db/repositories/staff';
import {
  deleteTask,
  findTask,
  insertTask,
  listTasks,
  overdueTasks,
  updateTask,
  type TaskRow,
} from '../../db/repositories/tasks';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import { assertClaimOfClient, assertClient } from './ownership';

/** Rest days by date, remembered: a calendar month lists up to 2,000 tasks on a few dozen days. */
const restDays = new Map<string, string | null>();
function restDayOf(date: string): string | null {
  if (!restDays.has(date)) restDays.set(date, restDayName(date));
  return restDays.get(date)!;
}

function toTask(row: TaskRow, clientName: string | null): Task {
  return {
    id: row.id,
    version: row.version,
    clientName,
    kind: row.kind,
    title: row.title,
    dueDate: row.dueDate,
    clientId: row.insuredPersonId,
    claimId: row.claimId,
    assignedTo: row.assignedTo,
    doneAt: row.doneAt,
    doneBy: row.doneBy,
    binding: row.binding,
    sourceKey: row.sourceKey,
    rule: row.rule,
    closedAs: row.doneAt ? (row.closedAs ?? 'done') : null,
    closeReason: row.doneAt ? row.closeReason : null,
    restDay: restDayOf(row.dueDate),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Tasks with their clients' names, looked up once for the whole list. */
export function toTasks(db: Db, rows: TaskRow[]): Task[] {
  const names = clientNames(db, [
    ...new Set(rows.flatMap((r) => (r.insuredPersonId === null ? [] : [r.insuredPersonId]))),
  ]);
  return rows.map((row) => toTask(row, row.insuredPersonId === null ? null : (names.get(row.insuredPersonId) ?? null)));
}

function checkLinks(
  call: Call,
  input: { clientId: number | null; claimId: number | null; assignedTo: number | null },
): void {
  if (input.clientId !== null) assertClient(call, input.clientId);
  assertClaimOfClient(call, input.claimId, input.clientId);
  if (input.assignedTo !== null && findStaff(call.store.db, input.assignedTo)?.officeId !== call.session.officeId) {
    throw new AppError('not_found', 'staffNotFound', 'assignedTo');
  }
}

function taskOf(call: Call, id: number, version: number): TaskRow {
  const row = findTask(call.store.db, call.session.officeId, id);
  if (!row) throw new AppError('not_found', 'taskNotFound');
  if (row.version !== version) throw new AppError('conflict', 'staleVersion');
  return row;
}

/**
 * An edit keeps the task in its client's file, and a deadline the rules computed on its claim; moving a
 * binding deadline or closing it as not needed is a lawyer's decision (staff may mark it done).
 */
function assertMayChange(
  call: Call,
  before: TaskRow,
  change: { clientId?: number | null; claimId?: number | null; dueDate?: string; closedAs?: string },
): void {
  if (change.clientId !== undefined && before.insuredPersonId !== null && change.clientId !== before.insuredPersonId) {
    throw new AppError('validation', 'taskOfOtherClient', 'clientId');
  }
  if (!before.binding) return;
  if (change.claimId !== undefined && before.claimId !== null && change.claimId !== before.claimId)
    throw new AppError('validation', 'deadlineOfOtherClaim', 'claimId');
  const moved = change.dueDate !== undefined && change.dueDate !== before.dueDate;
  if ((moved || change.closedAs === 'not_needed') && call.session.role === 'staff')
    throw new AppError('forbidden', 'bindingDeadlineLawyersOnly');
}

const columns = (input: {
  kind: Task['kind'];
  title: string;
  dueDate: string;
  clientId: number | null;
  claimId: number | null;
  assignedTo: number | null;
}) => ({
  kind: input.kind,
  title: input.title,
  dueDate: input.dueDate,
  insuredPersonId: input.clientId,
  claimId: input.claimId,
  assignedTo: input.assignedTo,
});

/** Opens a task in the client's file, inside the caller's transaction (the task form's, or a confirmed letter's). */
export function addTask(call: Call, input: ParsedInputOf<'tasks.create'>): TaskRow {
  checkLinks(call, input);
  const stamp = call.now().toISOString();
  const row = insertTask(call.store.db, {
    ...columns(input),
    officeId: call.session.officeId,
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: call.session.staffId,
  });
  audit(call, { action: 'create', entity: 'task', entityId: row.id });
  return row;
}

export const taskHandlers: Handlers<
  'tasks.create' | 'tasks.update' | 'tasks.complete' | 'tasks.list' | 'tasks.overdue' | 'tasks.delete'
> = {
  'tasks.create': (call, input) => call.store.db.transaction(() => toTasks(call.store.db, [addTask(call, input)])[0]!),
  'tasks.update': (call, input) =>
    call.store.db.transaction(() => {
      assertMayChange(call, taskOf(call, input.id, input.version), input);
      checkLinks(call, input);
      const row = updateTask(call.store.db, input.id, input.version, {
        ...columns(input),
        updatedAt: call.now().toISOString(),
      });
      if (!row) throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'update', entity: 'task', entityId: row.id });
      return toTasks(call.store.db, [row])[0]!;
    }),
  'tasks.complete': (call, input) =>
    call.store.db.transaction(() => {
      assertMayChange(call, taskOf(call, input.id, input.version), input.done ? { closedAs: input.closedAs } : {});
      const stamp = call.now().toISOString();
      const done = input.done
        ? { doneAt: stamp, doneBy: call.session.staffId, closedAs: input.closedAs, closeReason: input.reason }
        : { doneAt: null, doneBy: null, closedAs: null, closeReason: null };
      const row = updateTask(call.store.db, input.id, input.version, { ...done, updatedAt: stamp });
      if (!row) throw new AppError('conflict', 'staleVersion');
      const details = input.done ? { closedAs: input.closedAs, reason: input.reason } : undefined;
      audit(call, { action: input.done ? 'complete' : 'reopen', entity: 'task', entityId: row.id, details });
      return toTasks(call.store.db, [row])[0]!;
    }),
  'tasks.list': (call, input) => toTasks(call.store.db, listTasks(call.store.db, call.session.officeId, input)),
  'tasks.overdue': (call, input) => {
    const today = todayInIsrael(call.now());
    const { count, rows } = overdueTasks(
      call.store.db,
      call.session.officeId,
      today,
      input.assignedTo ?? null,
      input.limit,
    );
    return { today, count, tasks: toTasks(call.store.db, rows) };
  },
  'tasks.delete': (call, input) =>
    call.store.db.transaction(() => {
      taskOf(call, input.id, input.version);
      if (!deleteTask(call.store.db, input.id, input.version)) throw new AppError('conflict', 'staleVersion');
      audit(call, { action: 'delete', entity: 'task', entityId: input.id });
      return null;
    }),
};
