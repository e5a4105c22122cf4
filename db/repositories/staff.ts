import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
import { staff } from '../schema';
import { prepared } from '../statements';

export type StaffRow = typeof staff.$inferSelect;
export type NewStaff = typeof staff.$inferInsert;

export function findStaffByUsername(db: Db, username: string): StaffRow | undefined {
  return db.select().from(staff).where(eq(staff.username, username)).get();
}

// Cached statements: a claim's details name its handler from the office's staff on every read.
const readStaff = rowReader(staff);

export function findStaff(db: Db, id: number): StaffRow | undefined {
  const raw = prepared(db, 'SELECT * FROM staff_member WHERE id = ?').get(id) as RawRow | undefined;
  return raw && readStaff(raw);
}

export function insertStaff(db: Db, member: NewStaff): StaffRow {
  return db.insert(staff).values(member).returning().get();
}

export function listStaff(db: Db, officeId: number): StaffRow[] {
  return (
    prepared(db, 'SELECT * FROM staff_member WHERE office_id = ? ORDER BY full_name').all(officeId) as RawRow[]
  ).map(readStaff);
}

/** The names of these staff members (a claim list names each claim's handler). */
export function staffNames(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = prepared(db, 'SELECT id, full_name FROM staff_member WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(ids)) as [number, string][];
  return new Map(rows);
}

export function updateStaff(
  db: Db,
  id: number,
  expectedVersion: number,
  changes: Partial<NewStaff>,
): StaffRow | undefined {
  return db
    .update(staff)
    .set({ ...changes, version: sql`${staff.version} + 1` })
    .where(and(eq(staff.id, id), eq(staff.version, expectedVersion)))
    .returning()
    .get();
}

export function activeOwners(db: Db, officeId: number): number {
  return (
    db
      .select({ n: count() })
      .from(staff)
      .where(and(eq(staff.officeId, officeId), eq(staff.role, 'owner'), eq(staff.active, true)))
      .get()?.n ?? 0
  );
}

export type StaffSecrets = Partial<Pick<NewStaff, 'passwordHash' | 'totpSecret' | 'recoveryCodes'>>;

/**
 * Writes what only the person (or the sign-in) changes — a rehashed password, the second factor, a
 * spent recovery code — without a version bump, so an owner's open edit of the row does not go stale.
 */
export function updateStaffSecrets(db: Db, id: number, secrets: StaffSecrets): void {
  db.update(staff).set(secrets).where(eq(staff.id, id)).run();
}
