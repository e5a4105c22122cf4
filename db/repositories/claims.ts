// Claims with their status history and decisions; kept in step with the claims' search index.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { claimDecisions, claims, claimStatusChanges, insuredPersons, staff } from '../schema';
import { indexClaim, unindexClaim } from '../search/text-index';

export type ClaimRow = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type DecisionRow = typeof claimDecisions.$inferSelect;

const live = (officeId: number) => and(eq(claims.officeId, officeId), isNull(claims.deletedAt));

export function insertClaim(db: Db, row: NewClaim): ClaimRow {
  const inserted = db.insert(claims).values(row).returning().get();
  indexClaim(db, inserted);
  return inserted;
}

export function findClaim(db: Db, officeId: number, id: number): ClaimRow | undefined {
  return db.select().from(claims).where(and(live(officeId), eq(claims.id, id))).get();
}

export function updateClaim(db: Db, id: number, expectedVersion: number, changes: Partial<NewClaim>): ClaimRow | undefined {
  const row = db
    .update(claims)
    .set({ ...changes, version: sql`${claims.version} + 1` })
    .where(and(eq(claims.id, id), eq(claims.version, expectedVersion), isNull(claims.deletedAt)))
    .returning()
    .get();
  if (row) indexClaim(db, row);
  return row;
}

export function softDeleteClaim(db: Db, id: number, expectedVersion: number, by: number, at: string): boolean {
  const row = db
    .update(claims)
    .set({ deletedAt: at, deletedBy: by, updatedAt: at, updatedBy: by, version: sql`${claims.version} + 1` })
    .where(and(eq(claims.id, id), eq(claims.version, expectedVersion), isNull(claims.deletedAt)))
    .returning({ id: claims.id })
    .get();
  if (row) unindexClaim(db, id);
  return row !== undefined;
}

export function listClaims(
  db: Db,
  officeId: number,
  filter: { clientId?: number; status?: ClaimRow['status']; limit: number; offset: number },
): ClaimRow[] {
  return db
    .select()
    .from(claims)
    .where(
      and(
        live(officeId),
        filter.clientId === undefined ? undefined : eq(claims.insuredPersonId, filter.clientId),
        filter.status === undefined ? undefined : eq(claims.status, filter.status),
      ),
    )
    .orderBy(desc(claims.updatedAt), desc(claims.id))
    .limit(filter.limit)
    .offset(filter.offset)
    .all();
}

export function recordStatusChange(db: Db, change: typeof claimStatusChanges.$inferInsert): void {
  db.insert(claimStatusChanges).values(change).run();
}

export function statusHistory(db: Db, claimId: number) {
  return db
    .select({
      fromStatus: claimStatusChanges.fromStatus,
      toStatus: claimStatusChanges.toStatus,
      at: claimStatusChanges.at,
      staffId: claimStatusChanges.staffId,
      staffName: staff.fullName,
      reason: claimStatusChanges.reason,
    })
    .from(claimStatusChanges)
    .innerJoin(staff, eq(staff.id, claimStatusChanges.staffId))
    .where(eq(claimStatusChanges.claimId, claimId))
    .orderBy(claimStatusChanges.id)
    .all();
}

export function insertDecision(db: Db, row: typeof claimDecisions.$inferInsert): DecisionRow {
  return db.insert(claimDecisions).values(row).returning().get();
}

export function decisionsOf(db: Db, claimId: number): DecisionRow[] {
  return db.select().from(claimDecisions).where(eq(claimDecisions.claimId, claimId)).orderBy(claimDecisions.decidedDate, claimDecisions.id).all();
}

/** Client names for claims shown outside a client's file (lists, global search). */
export function clientNames(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: insuredPersons.id, first: insuredPersons.firstNameHe, last: insuredPersons.lastNameHe })
    .from(insuredPersons)
    .where(sql`${insuredPersons.id} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`)
    .all();
  return new Map(rows.map((r) => [r.id, `${r.first} ${r.last}`]));
}
