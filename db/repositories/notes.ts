// Notes on a client (and optionally one of their claims), soft-deleted, kept in the notes' index.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { rowReader, type RawRow } from '../rows';
import { notes } from '../schema';
import { prepared } from '../statements';
import { indexNote, unindexNote } from '../search/text-index';

export type NoteRow = typeof notes.$inferSelect;

const live = (officeId: number) => and(eq(notes.officeId, officeId), isNull(notes.deletedAt));

export function insertNote(db: Db, row: typeof notes.$inferInsert): NoteRow {
  const inserted = db.insert(notes).values(row).returning().get();
  indexNote(db, inserted);
  return inserted;
}

export function findNote(db: Db, officeId: number, id: number): NoteRow | undefined {
  return db
    .select()
    .from(notes)
    .where(and(live(officeId), eq(notes.id, id)))
    .get();
}

export function updateNote(db: Db, id: number, expectedVersion: number, body: string, at: string): NoteRow | undefined {
  const row = db
    .update(notes)
    .set({ body, updatedAt: at, version: sql`${notes.version} + 1` })
    .where(and(eq(notes.id, id), eq(notes.version, expectedVersion), isNull(notes.deletedAt)))
    .returning()
    .get();
  if (row) indexNote(db, row);
  return row;
}

export function softDeleteNote(db: Db, id: number, expectedVersion: number, at: string): boolean {
  const changed = db
    .update(notes)
    .set({ deletedAt: at, updatedAt: at, version: sql`${notes.version} + 1` })
    .where(and(eq(notes.id, id), eq(notes.version, expectedVersion), isNull(notes.deletedAt)))
    .run().changes;
  if (changed === 1) unindexNote(db, id);
  return changed === 1;
}

const readNote = rowReader(notes);

/** A cached statement: notes are read with every client file (db/rows.ts says why). */
export function notesOf(db: Db, officeId: number, clientId: number): { note: NoteRow; createdByName: string }[] {
  const raws = prepared(
    db,
    `SELECT n.*, s.full_name AS created_by_name_ FROM note n JOIN staff_member s ON s.id = n.created_by
     WHERE n.insured_person_id = ? AND n.office_id = ? AND n.deleted_at IS NULL ORDER BY n.created_at DESC, n.id DESC`,
  ).all(clientId, officeId) as RawRow[];
  return raws.map((raw) => ({ note: readNote(raw), createdByName: raw.created_by_name_ as string }));
}
