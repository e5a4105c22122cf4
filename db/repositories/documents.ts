// Document records; the bytes live in the data folder under their SHA-256 (main/storage).
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
import { documents } from '../schema';
import { prepared } from '../statements';

export type DocumentRow = typeof documents.$inferSelect;

export function insertDocument(db: Db, row: typeof documents.$inferInsert): DocumentRow {
  return db.insert(documents).values(row).returning().get();
}

// Cached statements: documents are read with every client file (db/rows.ts says why).
const readDocument = rowReader(documents);

export function findDocument(db: Db, officeId: number, id: number): DocumentRow | undefined {
  const raw = prepared(db, 'SELECT * FROM document WHERE id = ? AND office_id = ? AND deleted_at IS NULL').get(
    id,
    officeId,
  ) as RawRow | undefined;
  return raw && readDocument(raw);
}

export function documentsOf(db: Db, officeId: number, clientId: number): DocumentRow[] {
  const raws = prepared(
    db,
    'SELECT * FROM document WHERE insured_person_id = ? AND office_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC',
  ).all(clientId, officeId);
  return (raws as RawRow[]).map(readDocument);
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
