import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { offices } from '../schema';

export type OfficeRow = typeof offices.$inferSelect;
export type NewOffice = typeof offices.$inferInsert;

export function firstOffice(db: Db): OfficeRow | undefined {
  return db.select().from(offices).orderBy(offices.id).limit(1).get();
}

export function findOffice(db: Db, id: number): OfficeRow | undefined {
  return db.select().from(offices).where(eq(offices.id, id)).get();
}

export function insertOffice(db: Db, office: NewOffice): OfficeRow {
  return db.insert(offices).values(office).returning().get();
}

export function updateOffice(
  db: Db,
  id: number,
  expectedVersion: number,
  changes: Partial<NewOffice>,
): OfficeRow | undefined {
  return db
    .update(offices)
    .set({ ...changes, version: sql`${offices.version} + 1` })
    .where(and(eq(offices.id, id), eq(offices.version, expectedVersion)))
    .returning()
    .get();
}

/** The owner's second-factor rule: a setting, not an edit of the office's details, so no version. */
export function setRequireSecondFactor(db: Db, id: number, required: boolean, updatedAt: string): void {
  db.update(offices).set({ requireSecondFactor: required, updatedAt }).where(eq(offices.id, id)).run();
}

/** The days before a binding deadline the office is reminded of it: a setting, so no version. */
export function setDeadlineReminderDays(db: Db, id: number, days: number[], updatedAt: string): void {
  db.update(offices).set({ deadlineReminderDays: days, updatedAt }).where(eq(offices.id, id)).run();
}
