// Claims with their status history and decisions; kept in step with the claims' search index.
import { and, count, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { benefits, claimStatuses } from '../../shared/domain/enums';
import { benefitLabel } from '../../shared/locales/messages';
import { toClientMatch } from '../../shared/search/client-match';
import type { Db } from '../open';
import { claimDecisions, claims, claimStatusChanges } from '../schema';
import { rowReader, type RawRow } from '../rows';
import { indexClaim, unindexClaim } from '../search/text-index';
import { prepared } from '../statements';

export type ClaimRow = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type DecisionRow = typeof claimDecisions.$inferSelect;

const live = (officeId: number) => and(eq(claims.officeId, officeId), isNull(claims.deletedAt));

export function insertClaim(db: Db, row: NewClaim): ClaimRow {
  const inserted = db.insert(claims).values(row).returning().get();
  indexClaim(db, inserted);
  return inserted;
}

// The reads of a client file use cached statements (db/rows.ts says why).
const readClaim = rowReader(claims);
const readDecision = rowReader(claimDecisions);

export function findClaim(db: Db, officeId: number, id: number): ClaimRow | undefined {
  const raw = prepared(db, 'SELECT * FROM claim WHERE id = ? AND office_id = ? AND deleted_at IS NULL').get(
    id,
    officeId,
  ) as RawRow | undefined;
  return raw && readClaim(raw);
}

export function updateClaim(
  db: Db,
  id: number,
  expectedVersion: number,
  changes: Partial<NewClaim>,
): ClaimRow | undefined {
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
  if (row) {
    unindexClaim(db, id);
    deletedCounts.delete(db);
  }
  return row !== undefined;
}

export interface ClaimFilter {
  clientId?: number;
  status?: ClaimRow['status'];
  benefit?: ClaimRow['benefit'];
  /** The staff member who handles the claim: the one who opened it. */
  staffId?: number;
  /** What was typed in the claims' search box: the client's name or ID number, or the NII claim number. */
  query?: string;
}

/** The search box's words: the client's names and ID (client_search), and the NII number as a LIKE pattern. */
function searchTerms(query: string): { match: string | null; nii: string } {
  return { match: toClientMatch(query)?.any ?? null, nii: `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}

/** The search box's condition as SQL text with its parameters (the hand-written page query). */
function queryCondition(query: string): { text: string; params: string[] } {
  const { match, nii } = searchTerms(query);
  const byNumber = "nii_claim_number LIKE ? ESCAPE '\\'";
  if (!match) return { text: byNumber, params: [nii] };
  return {
    text: `(insured_person_id IN (SELECT rowid FROM client_search WHERE client_search MATCH ?) OR ${byNumber})`,
    params: [match, nii],
  };
}

const searched = (filter: ClaimFilter): string | undefined => filter.query?.trim() || undefined;

/** `statusSince`: when the claim entered its status (the board's longest-waiting first); not a list column. */
export type ClaimSort = 'updatedAt' | 'createdAt' | 'filedDate' | 'decidedDate' | 'benefit' | 'status' | 'statusSince';

const whereOf = (officeId: number, filter: ClaimFilter) =>
  and(
    live(officeId),
    filter.clientId === undefined ? undefined : eq(claims.insuredPersonId, filter.clientId),
    filter.status === undefined ? undefined : eq(claims.status, filter.status),
    filter.benefit === undefined ? undefined : eq(claims.benefit, filter.benefit),
    filter.staffId === undefined
      ? undefined
      : sql`coalesce(${claims.handlerId}, ${claims.createdBy}) = ${filter.staffId}`,
    searchedSql(filter),
  );

/** The same condition for the query builder (the counts). */
function searchedSql(filter: ClaimFilter): SQL | undefined {
  const query = searched(filter);
  if (!query) return undefined;
  const { match, nii } = searchTerms(query);
  const byNumber = sql`${claims.niiClaimNumber} LIKE ${nii} ESCAPE '\\'`;
  return match
    ? sql`(${claims.insuredPersonId} IN (SELECT rowid FROM client_search WHERE client_search MATCH ${match}) OR ${byNumber})`
    : byNumber;
}

/** Codes ranked for sorting: statuses in workflow order, benefits by their Hebrew names (our own codes, not input). */
const rankOf = (column: string, ranked: readonly string[]) =>
  `CASE ${column} ${ranked.map((code, i) => `WHEN '${code}' THEN ${i}`).join(' ')} END`;
const benefitsByName = [...benefits].sort((a, b) => benefitLabel(a).localeCompare(benefitLabel(b), 'he'));

const SORT_KEYS: Record<ClaimSort, string> = {
  updatedAt: 'updated_at',
  createdAt: 'created_at',
  filedDate: 'filed_date',
  decidedDate: 'decided_date',
  status: rankOf('status', claimStatuses),
  benefit: rankOf('benefit', benefitsByName),
  // The last status change, off the (claim_id, at) index; a claim never moved entered it when opened.
  statusSince: 'coalesce((SELECT max(c.at) FROM claim_status_change c WHERE c.claim_id = claim.id), created_at)',
};
// "Handled by": the claim's handler, its creator on claims made before handlers.
const FILTER_COLUMNS = {
  clientId: 'insured_person_id',
  status: 'status',
  benefit: 'benefit',
  staffId: 'coalesce(handler_id, created_by)',
} as const;
const FILTERS = Object.keys(FILTER_COLUMNS) as (keyof typeof FILTER_COLUMNS)[];

type ClaimQuery = ClaimFilter & { limit: number; offset: number; sort?: ClaimSort; direction?: 'asc' | 'desc' };

/** Past this many rows a page of all statuses is sorted by SQL rather than merged from each status. */
const MERGE_LIMIT = 5000;

export function listClaims(db: Db, officeId: number, filter: ClaimQuery): ClaimRow[] {
  const sort = filter.sort ?? 'updatedAt';
  // One client's claims are few and come off claim_person; merged by status they would walk every
  // claim of the office in each status (a client file took over a second at 30,000 clients).
  const merge =
    sort === 'updatedAt' &&
    filter.status === undefined &&
    filter.clientId === undefined &&
    filter.offset + filter.limit <= MERGE_LIMIT;
  if (merge) return mergedByStatus(db, officeId, filter);
  return sortedClaims(db, officeId, filter);
}

/**
 * Newest (or oldest) first across all statuses without sorting the whole office: each status's
 * first rows come off the (office, status, updated_at) index and are merged here.
 */
function mergedByStatus(db: Db, officeId: number, filter: ClaimQuery): ClaimRow[] {
  const wanted = filter.offset + filter.limit;
  const rows = claimStatuses.flatMap((status) =>
    sortedClaims(db, officeId, { ...filter, status, offset: 0, limit: wanted }),
  );
  const sign = filter.direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * (a.updatedAt === b.updatedAt ? a.id - b.id : a.updatedAt < b.updatedAt ? -1 : 1));
  return rows.slice(filter.offset, wanted);
}

/**
 * One page in a given order. Hand-written SQL, cached per shape (which filters, which order): a list
 * is read on every screen and every client file, and the query builder would build it anew each time.
 */
function sortedClaims(db: Db, officeId: number, filter: ClaimQuery): ClaimRow[] {
  const direction = filter.direction === 'asc' ? 'ASC' : 'DESC';
  const filters = FILTERS.filter((key) => filter[key] !== undefined);
  const query = searched(filter);
  const search = query ? queryCondition(query) : null;
  const text = [
    'SELECT * FROM claim WHERE office_id = ? AND deleted_at IS NULL',
    ...filters.map((key) => `AND ${FILTER_COLUMNS[key]} = ?`),
    search ? `AND ${search.text}` : '',
    `ORDER BY ${SORT_KEYS[filter.sort ?? 'updatedAt']} ${direction}, id ${direction} LIMIT ? OFFSET ?`,
  ].join(' ');
  const raws = prepared(db, text).all(
    officeId,
    ...filters.map((key) => filter[key]),
    ...(search?.params ?? []),
    filter.limit,
    filter.offset,
  ) as RawRow[];
  return raws.map(readClaim);
}

type StatusCounts = Map<ClaimRow['status'], number>;

function countByStatus(db: Db, where: SQL | undefined): StatusCounts {
  const rows = db
    .select({ status: claims.status, count: count() })
    .from(claims)
    .where(where)
    .groupBy(claims.status)
    .all();
  return new Map(rows.map((r) => [r.status, r.count]));
}

/**
 * Soft-deleted claims per office and status. They change only in softDeleteClaim (a deleted claim is
 * never updated or restored), which drops the cache; a restored backup is a new Db and starts afresh.
 */
const deletedCounts = new WeakMap<Db, Map<number, StatusCounts>>();

function deletedByStatus(db: Db, officeId: number): StatusCounts {
  let offices = deletedCounts.get(db);
  if (!offices) deletedCounts.set(db, (offices = new Map()));
  let counts = offices.get(officeId);
  if (!counts)
    offices.set(
      officeId,
      (counts = countByStatus(db, and(eq(claims.officeId, officeId), isNotNull(claims.deletedAt)))),
    );
  return counts;
}

/**
 * How many live claims match, per status (the status filter itself is left out). The whole office is
 * counted from the (office, status) index alone, less the deleted ones; reading deleted_at row by
 * row would cost a table lookup for every claim.
 */
export function countClaimsByStatus(db: Db, officeId: number, filter: ClaimFilter): StatusCounts {
  if (
    filter.clientId !== undefined ||
    filter.benefit !== undefined ||
    filter.staffId !== undefined ||
    searched(filter)
  ) {
    return countByStatus(db, whereOf(officeId, { ...filter, status: undefined }));
  }
  const all = countByStatus(db, eq(claims.officeId, officeId));
  const deleted = deletedByStatus(db, officeId);
  return new Map([...all].map(([status, n]) => [status, n - (deleted.get(status) ?? 0)]));
}

/** When each claim entered its current status (its last status change). */
export function statusSince(db: Db, claimIds: number[]): Map<number, string> {
  if (claimIds.length === 0) return new Map();
  // Cached whatever the number of ids (they travel as a JSON array): claims.get runs this each time.
  const rows = prepared(
    db,
    'SELECT claim_id, max(at) FROM claim_status_change WHERE claim_id IN (SELECT value FROM json_each(?)) GROUP BY claim_id',
  )
    .raw()
    .all(JSON.stringify(claimIds)) as [number, string | null][];
  return new Map(rows.map(([claimId, at]) => [claimId, at ?? '']));
}

export function recordStatusChange(db: Db, change: typeof claimStatusChanges.$inferInsert): void {
  db.insert(claimStatusChanges).values(change).run();
}

export interface StatusChangeRow {
  fromStatus: ClaimRow['status'] | null;
  toStatus: ClaimRow['status'];
  at: string;
  staffId: number;
  staffName: string;
  reason: string | null;
}

export function statusHistory(db: Db, claimId: number): StatusChangeRow[] {
  return prepared(
    db,
    `SELECT c.from_status AS fromStatus, c.to_status AS toStatus, c.at, c.staff_id AS staffId, s.full_name AS staffName, c.reason
     FROM claim_status_change c JOIN staff_member s ON s.id = c.staff_id WHERE c.claim_id = ? ORDER BY c.id`,
  ).all(claimId) as StatusChangeRow[];
}

/** Every status change of a client's live claims, by claim and then in order: the file's history in one read. */
export function clientStatusHistory(db: Db, clientId: number): (StatusChangeRow & { claimId: number })[] {
  return prepared(
    db,
    `SELECT c.claim_id AS claimId, c.from_status AS fromStatus, c.to_status AS toStatus, c.at, c.staff_id AS staffId, s.full_name AS staffName, c.reason
     FROM claim_status_change c JOIN claim k ON k.id = c.claim_id JOIN staff_member s ON s.id = c.staff_id
     WHERE k.insured_person_id = ? AND k.deleted_at IS NULL ORDER BY c.claim_id, c.id`,
  ).all(clientId) as (StatusChangeRow & { claimId: number })[];
}

export function insertDecision(db: Db, row: typeof claimDecisions.$inferInsert): DecisionRow {
  return db.insert(claimDecisions).values(row).returning().get();
}

export function findDecision(db: Db, claimId: number, id: number): DecisionRow | undefined {
  return db
    .select()
    .from(claimDecisions)
    .where(and(eq(claimDecisions.claimId, claimId), eq(claimDecisions.id, id)))
    .get();
}

/** Removes a decision recorded by mistake (an undone letter); false when it changed since `expectedVersion`. */
export function deleteDecision(db: Db, id: number, expectedVersion: number): boolean {
  return (
    db
      .delete(claimDecisions)
      .where(and(eq(claimDecisions.id, id), eq(claimDecisions.version, expectedVersion)))
      .run().changes === 1
  );
}

export function decisionsOf(db: Db, claimId: number): DecisionRow[] {
  return (
    prepared(db, 'SELECT * FROM claim_decision WHERE claim_id = ? ORDER BY decided_date, id').all(claimId) as RawRow[]
  ).map(readDecision);
}

/** Every decision of a client's live claims, by claim and then as decisionsOf orders them. */
export function clientDecisions(db: Db, clientId: number): DecisionRow[] {
  return (
    prepared(
      db,
      `SELECT d.* FROM claim_decision d JOIN claim k ON k.id = d.claim_id
       WHERE k.insured_person_id = ? AND k.deleted_at IS NULL ORDER BY d.claim_id, d.decided_date, d.id`,
    ).all(clientId) as RawRow[]
  ).map(readDecision);
}

/** Client names and ID numbers for claims shown outside a client's file (lists, board, global search). */
export function clientLabels(db: Db, ids: number[]): Map<number, { name: string; idNumber: string }> {
  if (ids.length === 0) return new Map();
  const rows = prepared(
    db,
    'SELECT id, first_name_he, last_name_he, id_number FROM insured_person WHERE id IN (SELECT value FROM json_each(?))',
  )
    .raw()
    .all(JSON.stringify(ids)) as [number, string, string, string][];
  return new Map(rows.map(([id, first, last, idNumber]) => [id, { name: `${first} ${last}`, idNumber }]));
}

export function clientNames(db: Db, ids: number[]): Map<number, string> {
  return new Map([...clientLabels(db, ids)].map(([id, label]) => [id, label.name]));
}
