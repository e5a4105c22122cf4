// Tasks and deadlines of the office, open ones by due date first.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
import { tasks } from '../schema';
import { prepared } from '../statements';

export type TaskRow = typeof tasks.$inferSelect;

const readTask = rowReader(tasks);

export function insertTask(db: Db, row: typeof tasks.$inferInsert): TaskRow {
  return db.insert(tasks).values(row).returning().get();
}

export function findTask(db: Db, officeId: number, id: number): TaskRow | undefined {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.officeId, officeId), eq(tasks.id, id)))
    .get();
}

export function updateTask(
  db: Db,
  id: number,
  expectedVersion: number,
  changes: Partial<typeof tasks.$inferInsert>,
): TaskRow | undefined {
  return db
    .update(tasks)
    .set({ ...changes, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.id, id), eq(tasks.version, expectedVersion)))
    .returning()
    .get();
}

export function deleteTask(db: Db, id: number, expectedVersion: number): boolean {
  return (
    db
      .delete(tasks)
      .where(and(eq(tasks.id, id), eq(tasks.version, expectedVersion)))
      .run().changes === 1
  );
}

/**
 * Overdue: open (not closed as done or not needed) and due before today. One definition for the
 * dashboard's count and the calendar's, with `t` as the task table's alias.
 */
export const OVERDUE_SQL = 't.done_at IS NULL AND t.due_date < @today';

/** The office's overdue tasks (one staff member's when `assignedTo`): how many, and the latest-due first. */
export function overdueTasks(
  db: Db,
  officeId: number,
  today: string,
  assignedTo: number | null,
  limit: number,
): { count: number; rows: TaskRow[] } {
  const who = assignedTo === null ? '' : 'AND t.assigned_to = @assignedTo';
  const where = `FROM task t WHERE t.office_id = @officeId AND ${OVERDUE_SQL} ${who}`;
  const params = assignedTo === null ? { officeId, today, limit } : { officeId, today, assignedTo, limit };
  const { limit: _, ...counted } = params;
  const { n } = prepared(db, `SELECT count(*) AS n ${where}`).get(counted) as { n: number };
  const rows = (
    prepared(db, `SELECT t.* ${where} ORDER BY t.binding DESC, t.due_date DESC, t.id LIMIT @limit`).all(
      params,
    ) as RawRow[]
  ).map(readTask);
  return { count: n, rows };
}

export interface TaskFilter {
  clientId?: number;
  claimId?: number;
  open?: boolean;
  dueBefore?: string;
  dueFrom?: string | null;
  dueTo?: string | null;
  assignedTo?: number;
  limit: number;
}

/** Each filter given: its SQL condition and the value it binds (null binds nothing). */
const CONDITIONS: { [K in keyof TaskFilter]?: (value: NonNullable<TaskFilter[K]>) => [string, unknown] } = {
  clientId: (id) => ['insured_person_id = ?', id],
  claimId: (id) => ['claim_id = ?', id],
  open: (open) => [open ? 'done_at IS NULL' : 'done_at IS NOT NULL', null],
  dueBefore: (date) => ['due_date <= ?', date],
  dueFrom: (date) => ['due_date >= ?', date],
  dueTo: (date) => ['due_date <= ?', date],
  assignedTo: (id) => ['assigned_to = ?', id],
};

/**
 * Tasks by due date. Hand-written SQL cached per shape (which filters are given): the calendar, the
 * dashboard and every client file read it, and the query builder would build it anew each time.
 */
export function listTasks(db: Db, officeId: number, filter: TaskFilter): TaskRow[] {
  const where = ['office_id = ?'];
  const params: unknown[] = [officeId];
  for (const [key, condition] of Object.entries(CONDITIONS) as [
    keyof TaskFilter,
    (value: unknown) => [string, unknown],
  ][]) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    const [text, param] = condition(value);
    where.push(text);
    if (param !== null) params.push(param);
  }
  const text = `SELECT * FROM task WHERE ${where.join(' AND ')} ORDER BY due_date, id LIMIT ?`;
  return (prepared(db, text).all(...params, filter.limit) as RawRow[]).map(readTask);
}
