// Tasks and deadlines of the office, open ones by due date first.
import { and, asc, eq, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { tasks } from '../schema';

export type TaskRow = typeof tasks.$inferSelect;

export function insertTask(db: Db, row: typeof tasks.$inferInsert): TaskRow {
  return db.insert(tasks).values(row).returning().get();
}

export function findTask(db: Db, officeId: number, id: number): TaskRow | undefined {
  return db.select().from(tasks).where(and(eq(tasks.officeId, officeId), eq(tasks.id, id))).get();
}

export function updateTask(db: Db, id: number, expectedVersion: number, changes: Partial<typeof tasks.$inferInsert>): TaskRow | undefined {
  return db
    .update(tasks)
    .set({ ...changes, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.id, id), eq(tasks.version, expectedVersion)))
    .returning()
    .get();
}

export function deleteTask(db: Db, id: number, expectedVersion: number): boolean {
  return db.delete(tasks).where(and(eq(tasks.id, id), eq(tasks.version, expectedVersion))).run().changes === 1;
}

export function listTasks(
  db: Db,
  officeId: number,
  filter: {
    clientId?: number;
    claimId?: number;
    open?: boolean;
    dueBefore?: string;
    dueFrom?: string | null;
    dueTo?: string | null;
    assignedTo?: number;
    limit: number;
  },
): TaskRow[] {
  return db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.officeId, officeId),
        filter.clientId === undefined ? undefined : eq(tasks.insuredPersonId, filter.clientId),
        filter.claimId === undefined ? undefined : eq(tasks.claimId, filter.claimId),
        filter.open === undefined ? undefined : filter.open ? isNull(tasks.doneAt) : isNotNull(tasks.doneAt),
        filter.dueBefore === undefined ? undefined : lte(tasks.dueDate, filter.dueBefore),
        filter.dueFrom ? gte(tasks.dueDate, filter.dueFrom) : undefined,
        filter.dueTo ? lte(tasks.dueDate, filter.dueTo) : undefined,
        filter.assignedTo === undefined ? undefined : eq(tasks.assignedTo, filter.assignedTo),
      ),
    )
    .orderBy(asc(tasks.dueDate), asc(tasks.id))
    .limit(filter.limit)
    .all();
}
