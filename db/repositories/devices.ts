// Paired desks: looked up by the SHA-256 of the token a desk sends, listed and revoked by the owner.
import { desc, eq, isNull, and } from 'drizzle-orm';
import type { Db } from '../open';
import { pairedDevices, staff } from '../schema';

export type DeviceRow = typeof pairedDevices.$inferSelect;

export function insertDevice(db: Db, row: typeof pairedDevices.$inferInsert): DeviceRow {
  return db.insert(pairedDevices).values(row).returning().get();
}

/** The live (not revoked) device whose token has this hash. */
export function findLiveDevice(db: Db, tokenHash: string): DeviceRow | undefined {
  return db
    .select()
    .from(pairedDevices)
    .where(and(eq(pairedDevices.tokenHash, tokenHash), isNull(pairedDevices.revokedAt)))
    .get();
}

export function findDevice(db: Db, id: number): DeviceRow | undefined {
  return db.select().from(pairedDevices).where(eq(pairedDevices.id, id)).get();
}

export function touchDevice(db: Db, id: number, at: string, staffId: number | null): void {
  db.update(pairedDevices)
    .set(staffId === null ? { lastSeenAt: at } : { lastSeenAt: at, lastStaffId: staffId })
    .where(eq(pairedDevices.id, id))
    .run();
}

export function revokeDevice(db: Db, id: number, at: string, by: number): void {
  db.update(pairedDevices).set({ revokedAt: at, revokedBy: by }).where(eq(pairedDevices.id, id)).run();
}

/** Every device, newest first, with the name of the last one to work on it (or who paired it). */
export function listDevices(db: Db): (DeviceRow & { user: string | null })[] {
  const rows = db.select().from(pairedDevices).orderBy(desc(pairedDevices.createdAt), desc(pairedDevices.id)).all();
  const names = new Map(
    db
      .select({ id: staff.id, fullName: staff.fullName })
      .from(staff)
      .all()
      .map((s) => [s.id, s.fullName]),
  );
  return rows.map((row) => ({ ...row, user: names.get(row.lastStaffId ?? row.pairedBy ?? -1) ?? null }));
}
