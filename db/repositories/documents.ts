// Document records; the bytes live in the data folder under their SHA-256 (main/storage).
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { documents } from '../schema';

export type DocumentRow = typeof documents.$inferSelect;

const live = (officeId: number) => and(eq(documents.officeId, officeId), isNull(documents.deletedAt));

export function insertDocument(db: Db, row: typeof documents.$inferInsert): DocumentRow {
  return db.insert(documents).values(row).returning().get();
}

export function findDocument(db: Db, officeId: number, id: number): DocumentRow | undefined {
  return db.select().from(documents).where(and(live(officeId), eq(documents.id, id))).get();
}

export function documentsOf(db: Db, officeId: number, clientId: number): DocumentRow[] {
  return db.select().from(documents).where(and(live(officeId), eq(documents.insuredPersonId, clientId))).orderBy(desc(documents.createdAt), desc(documents.id)).all();
}

export function softDeleteDocument(db: Db, id: number, expectedVersion: number, by: number, at: string): boolean {
  return (
    db
      .update(documents)
      .set({ deletedAt: at, deletedBy: by, updatedAt: at, version: sql`${documents.version} + 1` })
      .where(and(eq(documents.id, id), eq(documents.version, expectedVersion), isNull(documents.deletedAt)))
      .run().changes === 1
  );
}
