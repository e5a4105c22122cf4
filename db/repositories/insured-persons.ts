// Insured persons (clients) of one office, kept in step with their full-text index.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { ClientSortKey } from '../../shared/schemas/client';
import { toClientMatch, type ClientMatch } from '../../shared/search/client-match';
import type { Db } from '../open';
import { insuredPersons } from '../schema';
import { indexClient, indexNewClient, unindexClient } from '../search/client-index';
import { rowReader, type RawRow } from '../rows';
import { prepared } from '../statements';

export type InsuredPersonRow = typeof insuredPersons.$inferSelect;
export type NewInsuredPerson = typeof insuredPersons.$inferInsert;

const live = (officeId: number) => and(eq(insuredPersons.officeId, officeId), isNull(insuredPersons.deletedAt));

export function insertInsuredPerson(db: Db, row: NewInsuredPerson): InsuredPersonRow {
  const inserted = db.insert(insuredPersons).values(row).returning().get();
  indexNewClient(db, inserted);
  return inserted;
}

const readPerson = rowReader(insuredPersons);

/** A cached statement: every record list of a client file checks its client through this. */
export function findInsuredPerson(db: Db, officeId: number, id: number): InsuredPersonRow | undefined {
  const raw = prepared(db, 'SELECT * FROM insured_person WHERE id = ? AND office_id = ? AND deleted_at IS NULL').get(
    id,
    officeId,
  ) as RawRow | undefined;
  return raw && readPerson(raw);
}

/** Includes softly deleted clients: an ID number stays taken until the record is purged. */
export function findInsuredPersonByIdNumber(db: Db, officeId: number, idNumber: string): InsuredPersonRow | undefined {
  return db
    .select()
    .from(insuredPersons)
    .where(and(eq(insuredPersons.officeId, officeId), eq(insuredPersons.idNumber, idNumber)))
    .get();
}

export function findInsuredPersonByFileNumber(
  db: Db,
  officeId: number,
  fileNumber: string,
): InsuredPersonRow | undefined {
  return db
    .select()
    .from(insuredPersons)
    .where(and(eq(insuredPersons.officeId, officeId), eq(insuredPersons.fileNumber, fileNumber)))
    .get();
}

/**
 * Writes only when the stored version is the one the caller read; returns the new row, or
 * undefined when someone else changed it first.
 */
export function updateInsuredPerson(
  db: Db,
  officeId: number,
  id: number,
  expectedVersion: number,
  changes: Partial<NewInsuredPerson>,
): InsuredPersonRow | undefined {
  const row = db
    .update(insuredPersons)
    .set({ ...changes, version: sql`${insuredPersons.version} + 1` })
    .where(and(live(officeId), eq(insuredPersons.id, id), eq(insuredPersons.version, expectedVersion)))
    .returning()
    .get();
  if (row) indexClient(db, row);
  return row;
}

export function softDeleteInsuredPerson(
  db: Db,
  officeId: number,
  id: number,
  expectedVersion: number,
  deletedBy: number,
  at: string,
): InsuredPersonRow | undefined {
  const row = db
    .update(insuredPersons)
    .set({ deletedAt: at, deletedBy, updatedAt: at, updatedBy: deletedBy, version: sql`${insuredPersons.version} + 1` })
    .where(and(live(officeId), eq(insuredPersons.id, id), eq(insuredPersons.version, expectedVersion)))
    .returning()
    .get();
  if (row) unindexClient(db, id);
  return row;
}

const SORT_COLUMNS: Record<ClientSortKey, SQL[]> = {
  name: [sql`${insuredPersons.lastNameHe}`, sql`${insuredPersons.firstNameHe}`],
  idNumber: [sql`${insuredPersons.idNumber}`],
  birthDate: [sql`${insuredPersons.birthDate}`],
  updatedAt: [sql`${insuredPersons.updatedAt}`],
  fileNumber: [sql`${insuredPersons.fileNumber}`],
};

export interface ClientQuery {
  query: string;
  /** Absent: by relevance when searching, by name otherwise. */
  sort?: ClientSortKey;
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** Full rows in the order of `ids`. */
export function byIds(db: Db, ids: number[]): InsuredPersonRow[] {
  if (ids.length === 0) return [];
  // The ids travel as one JSON array: an export asks for every client, and 50,000 bound variables
  // are more than SQLite takes (32,766); one cached statement serves every page too.
  const raws = prepared(db, 'SELECT * FROM insured_person WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as RawRow[];
  const rows = raws.map(readPerson);
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
}

/** 0 for a client_search row matching the words as typed, 1 for one found by another spelling only. */
export function spellingTier(match: ClientMatch, rowid = 'rowid'): string {
  return match.any === match.exact
    ? '0'
    : `(${rowid} NOT IN (SELECT rowid FROM client_search WHERE client_search MATCH @exact))`;
}

/**
 * Ranked full-text matches: the words as typed first, then other spellings of the names; within each,
 * names weigh more than identifiers, ties broken by name. Ranked inside the index first and only the
 * page joined: two typed letters can match thousands of clients (bench/RESULTS.md). The index holds
 * live clients only, so counting it is the total.
 *
 * One or two characters (`short`, the first keys of any search) are listed newest client first,
 * without bm25: they match up to every client ("0" begins every phone), bm25 then scores each match
 * (70–110 ms for "0" at 100,000 clients, most of the first keystroke's wait), and a one-word prefix that
 * short says nothing about relevance. The newest first is read in rowid order straight from the index.
 * The total stays exact: counting is a tenth of the cost and the list scrolls by it (bench/RESULTS.md).
 */
export function rankedIds(
  db: Db,
  officeId: number,
  match: ClientMatch,
  limit: number,
  offset: number,
  short = false,
): { ids: number[]; total: number } {
  const tier = spellingTier(match);
  const [score, order] = short
    ? ['r.id DESC', `${tier === '0' ? '' : 'tier, '}rowid DESC`]
    : ['r.score, p.last_name_he, p.first_name_he', 'tier, score'];
  const ids = prepared(
    db,
    `SELECT p.id FROM (SELECT rowid AS id, ${tier} AS tier${short ? '' : ', bm25(client_search, 10.0, 4.0, 1.0) AS score'} FROM client_search
                       WHERE client_search MATCH @any ORDER BY ${order} LIMIT @window) r
     CROSS JOIN insured_person p ON p.id = r.id
     WHERE p.office_id = @officeId AND p.deleted_at IS NULL
     ORDER BY r.tier, ${score}, p.id LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({ ...match, window: offset + limit, officeId, limit, offset }) as number[];
  const total = prepared(db, 'SELECT count(*) FROM client_search WHERE client_search MATCH ?')
    .pluck()
    .get(match.any) as number;
  return { ids, total };
}

export function searchInsuredPersons(
  db: Db,
  officeId: number,
  q: ClientQuery,
): { rows: InsuredPersonRow[]; total: number } {
  const match = toClientMatch(q.query);
  if (match === null && q.query.trim() !== '') return { rows: [], total: 0 }; // only punctuation typed
  const order = (q.direction === 'desc' ? desc : asc) as (column: SQL) => SQL;
  if (match && !q.sort) {
    const { ids, total } = rankedIds(db, officeId, match, q.limit, q.offset);
    return { rows: byIds(db, ids), total };
  }
  const where = match
    ? and(
        live(officeId),
        sql`${insuredPersons.id} in (select rowid from client_search where client_search match ${match.any})`,
      )
    : live(officeId);
  const rows = db
    .select()
    .from(insuredPersons)
    .where(where)
    .orderBy(...SORT_COLUMNS[q.sort ?? 'name'].map(order), asc(insuredPersons.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total = db.select({ n: count() }).from(insuredPersons).where(where).get()?.n ?? 0;
  return { rows, total };
}
