// The client list: which live clients match the search and the filters, in which order, one window at
// a time; and what each row of a window shows (open claims, the state of the consents). Sorting by
// name walks the live-row partial index insured_person_live_name and stops after the window.
import type { ClientSortKey } from '../../shared/schemas/client';
import type { ClientListFilters, ClientListRow } from '../../shared/schemas/client-list';
import { toClientMatch, type ClientMatch } from '../../shared/search/client-match';
import { isShortQuery } from '../../shared/search/match-query';
import type { Db } from '../open';
import { prepared } from '../statements';
import { consentProblemSql, medicalWaiverStateSql, powerOfAttorneyStateSql } from './consent-state';
import { rankedIds, spellingTier } from './insured-persons';

export interface ClientListQuery extends ClientListFilters {
  query: string;
  /** Absent: by relevance when searching, by name otherwise. */
  sort?: ClientSortKey;
  direction: 'asc' | 'desc';
  /** -1: every matching client (export). */
  limit: number;
  offset: number;
  withTotal: boolean;
}

const SORT_COLUMNS: Record<ClientSortKey, string[]> = {
  name: ['p.last_name_he', 'p.first_name_he'],
  idNumber: ['p.id_number'],
  birthDate: ['p.birth_date'],
  updatedAt: ['p.updated_at'],
  fileNumber: ['p.file_number'],
};

type Params = Record<string, string | number>;

/** The WHERE conditions on `p` and their parameters, for the query's filters. */
function conditions(
  q: ClientListQuery,
  officeId: number,
  match: ClientMatch | null,
  today: string,
): { where: string[]; params: Params } {
  const where = ['p.office_id = @officeId', 'p.deleted_at IS NULL'];
  const params: Params = { officeId };
  if (match) {
    where.push('p.id IN (SELECT rowid FROM client_search WHERE client_search MATCH @any)');
    Object.assign(params, match);
  }
  if (q.benefit || q.claimStatus) {
    const claim = ['c.insured_person_id = p.id', 'c.deleted_at IS NULL'];
    if (q.benefit) claim.push('c.benefit = @benefit');
    if (q.claimStatus) claim.push('c.status = @claimStatus');
    where.push(`EXISTS (SELECT 1 FROM claim c WHERE ${claim.join(' AND ')})`);
    Object.assign(params, q.benefit ? { benefit: q.benefit } : {}, q.claimStatus ? { claimStatus: q.claimStatus } : {});
  }
  if (q.staffId) {
    where.push(
      '(p.created_by = @staffId OR EXISTS (SELECT 1 FROM task t WHERE t.insured_person_id = p.id AND t.assigned_to = @staffId AND t.done_at IS NULL))',
    );
    params.staffId = q.staffId;
  }
  if (q.consentProblem) {
    where.push(consentProblemSql(q.consentProblem));
    params.today = today;
  }
  if (q.importBatchId) {
    where.push('p.import_batch_id = @importBatchId');
    params.importBatchId = q.importBatchId;
  }
  return { where, params };
}

const hasFilters = (q: ClientListFilters) =>
  Boolean(q.benefit || q.claimStatus || q.staffId || q.consentProblem || q.importBatchId);

/** Client ids of one window in list order, and the number of matches when asked for. */
export function listClientIds(
  db: Db,
  officeId: number,
  q: ClientListQuery,
  today: string,
): { ids: number[]; total: number | null } {
  const match = toClientMatch(q.query);
  if (match === null && q.query.trim() !== '') return { ids: [], total: 0 }; // only punctuation typed
  if (match && !q.sort && !hasFilters(q)) {
    // Ranked inside the full-text index first, only the window joined (bench/RESULTS.md).
    const ranked = rankedIds(
      db,
      officeId,
      match,
      q.limit < 0 ? 1_000_000_000 : q.limit,
      q.offset,
      isShortQuery(q.query),
    );
    return { ids: ranked.ids, total: q.withTotal ? ranked.total : null };
  }
  const { where, params } = conditions(q, officeId, match, today);
  const direction = q.direction === 'desc' ? 'DESC' : 'ASC';
  const order =
    match && !q.sort
      ? `${match.any === match.exact ? '' : `${spellingTier(match, 'p.id')}, `}(SELECT bm25(client_search, 10.0, 4.0, 1.0) FROM client_search WHERE client_search MATCH @any AND rowid = p.id), p.last_name_he, p.first_name_he`
      : SORT_COLUMNS[q.sort ?? 'name'].map((column) => `${column} ${direction}`).join(', ');
  const filter = where.join(' AND ');
  const ids = prepared(
    db,
    `SELECT p.id FROM insured_person p WHERE ${filter} ORDER BY ${order}, p.id LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({ ...params, limit: q.limit, offset: q.offset }) as number[];
  const total = q.withTotal
    ? (prepared(db, `SELECT count(*) FROM insured_person p WHERE ${filter}`).pluck().get(params) as number)
    : null;
  return { ids, total };
}

type RowColumns = Omit<ClientListRow, 'openClaims'>;

/** The rows of a window, in the order of `ids`. */
export function clientListRows(db: Db, ids: number[], today: string): ClientListRow[] {
  if (ids.length === 0) return [];
  const list = JSON.stringify(ids);
  const people = prepared(
    db,
    `SELECT p.id, p.id_number AS idNumber, p.first_name_he AS firstNameHe, p.last_name_he AS lastNameHe, p.birth_date AS birthDate,
            p.mobile_phone AS mobilePhone, p.file_number AS fileNumber, p.updated_at AS updatedAt,
            ${powerOfAttorneyStateSql} AS powerOfAttorney, ${medicalWaiverStateSql} AS medicalWaiver
     FROM insured_person p WHERE p.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: list, today }) as RowColumns[];
  const claims = prepared(
    db,
    `SELECT c.insured_person_id AS clientId, c.benefit, c.status FROM claim c
     WHERE c.insured_person_id IN (SELECT value FROM json_each(@ids)) AND c.deleted_at IS NULL AND c.status <> 'closed'
     ORDER BY c.created_at, c.id`,
  ).all({ ids: list }) as ({ clientId: number } & ClientListRow['openClaims'][number])[];
  const open = new Map<number, ClientListRow['openClaims']>();
  for (const { clientId, benefit, status } of claims)
    open.set(clientId, [...(open.get(clientId) ?? []), { benefit, status }]);
  const byId = new Map(people.map((row) => [row.id, { ...row, openClaims: open.get(row.id) ?? [] }]));
  return ids.map((id) => byId.get(id)).filter((row): row is ClientListRow => row !== undefined);
}
