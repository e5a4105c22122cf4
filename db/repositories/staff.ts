import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { staff } from '../schema';

export type StaffRow = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;

export function findStaffByUsername(db: Db, username: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.username, username)).get();
}

export function findStaff(db: Db, id: number): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.id, id)).get();
}

export function insertStaff(db: Db, member: NewStaff): StaffRow {
  return db.insert(staff).values(member).returning().get();
}
