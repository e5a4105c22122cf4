// Import batches: the record of one import of a client file, the clients it created, and undoing it
// (the clients deleted softly, as one by one from their files).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { importBatches } from '../schema';
import { unindexClient } from '../search/client-index';
import { prepared } from '../statements';

export type ImportBatchRow = typeof importBatches.$inferSelect;

export function insertImportBatch(db: Db, row: typeof importBatches.$inferInsert): ImportBatchRow {
  return db.insert(importBatches).values(row).returning().get();
}

export function findImportBatch(db: Db, officeId: number, id: number): ImportBatchRow | undefined {
  return db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.officeId, officeId), eq(importBatches.id, id)))
    .get();
}

export function markBatchUndone(db: Db, id: number, undoneBy: number, undoneAt: string): void {
  db.update(importBatches).set({ undoneAt, undoneBy }).where(eq(importBatches.id, id)).run();
}

/** The batch's clients, deleted ones included. */
export function batchClientCount(db: Db, batchId: number): number {
  return prepared(db, 'SELECT count(*) FROM insured_person WHERE import_batch_id = ?').pluck().get(batchId) as number;
}

/** Records the import itself writes: changed or added since, they mean someone worked on the client. */
const IMPORTED_TABLES = ['family_member', 'monthly_income'];
/** Records the app makes by itself (a rights scan's findings): no one's work. */
const MACHINE_MADE = ['scan_finding'];

/** Every other table that hangs records off a client, read from the store so that a new one is never missed. */
function workTables(db: Db): string[] {
  const tables = prepared(
    db,
    "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'insured_person_id' ORDER BY m.name",
  )
    .pluck()
    .all() as string[];
  return tables.filter((table) => !IMPORTED_TABLES.includes(table) && !MACHINE_MADE.includes(table));
}

function workedOnSql(db: Db): string {
  return `SELECT p.id, p.first_name_he AS firstNameHe, p.last_name_he AS lastNameHe FROM insured_person p
  WHERE p.import_batch_id = ? AND p.deleted_at IS NULL AND (p.version > 1
    ${workTables(db)
      .map((table) => `OR EXISTS (SELECT 1 FROM "${table}" r WHERE r.insured_person_id = p.id)`)
      .join('\n    ')}
    ${IMPORTED_TABLES.map((table) => `OR EXISTS (SELECT 1 FROM ${table} r WHERE r.insured_person_id = p.id AND (r.version > 1 OR r.created_at <> p.created_at))`).join('\n    ')})
  ORDER BY p.last_name_he, p.first_name_he`;
}

export interface WorkedOnClient {
  id: number;
  firstNameHe: string;
  lastNameHe: string;
}

/** Live clients of the batch someone edited, or added to, since the import wrote them. */
export function clientsWorkedOnSince(db: Db, batchId: number): WorkedOnClient[] {
  return prepared(db, workedOnSql(db)).all(batchId) as WorkedOnClient[];
}

/** Deletes the batch's live clients softly and takes them out of the search; returns how many. */
export function deleteBatchClients(db: Db, batchId: number, deletedBy: number, at: string): number {
  const ids = prepared(
    db,
    `UPDATE insured_person SET deleted_at = @at, deleted_by = @by, updated_at = @at, updated_by = @by, version = version + 1
     WHERE import_batch_id = @batchId AND deleted_at IS NULL RETURNING id`,
  )
    .pluck()
    .all({ at, by: deletedBy, batchId }) as number[];
  for (const id of ids) unindexClient(db, id);
  return ids.length;
}
