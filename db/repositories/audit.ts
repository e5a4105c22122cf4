// The audit trail: append-only, each row chained to the one before by an HMAC-SHA256 over its content
// and the previous row's seal, with a key kept outside the database file (db/audit-key.ts). Whoever
// can edit the file can delete or change rows but cannot re-seal them, so verifyAuditChain finds a
// changed, deleted or unsealed row. Rows cut off the end leave no trace in the chain itself: backups
// and exports record the head (last id and seal), and verification compares against those heads.
// Nothing here ever seals a row after the fact: a row without a seal where one is due is a break.
import { createHash, createHmac } from 'node:crypto';
import type { AuditHead, AuditRecord, AuditVerdict } from '../../shared/api/procedures/audit';
import { readAuditHead, writeAuditHead } from '../audit-head-file';
import type { AuditKey } from '../audit-key';
import type { Db } from '../open';
import { prepared } from '../statements';

export interface AuditEntry {
  at: string;
  officeId: number | null;
  staffId: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  details?: Record<string, unknown> | null;
}

interface StoredRow {
  id: number;
  at: string;
  officeId: number | null;
  staffId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  details: string | null;
  prevHash: string | null;
  hash: string | null;
}

const GENESIS = '0'.repeat(64);

/** The key each open store seals with, and where its head is recorded; set when the store opens (db/open.ts). */
const keys = new WeakMap<Db, AuditKey>();
const headFiles = new WeakMap<Db, string>();

export function sealWith(db: Db, key: AuditKey, headFile?: string): void {
  keys.set(db, key);
  if (headFile) headFiles.set(db, headFile);
}

/** The file an open store's head is recorded in (db/audit-head-file.ts). */
export function headFileOf(db: Db): string | undefined {
  return headFiles.get(db);
}

function holds(db: Db, head: AuditHead): boolean {
  return head.id === 0 || prepared(db, 'SELECT hash FROM audit_log WHERE id = ?').pluck().get(head.id) === head.hash;
}

/** Records the committed head, unless the chain no longer holds the recorded one (rows were cut). */
function recordHead(db: Db, file: string): void {
  const recorded = readAuditHead(file);
  if (recorded && !holds(db, recorded)) return;
  const head = auditChainHead(db);
  if (recorded?.id !== head.id || recorded.hash !== head.hash) writeAuditHead(file, head);
}

const recording = new WeakSet<Db>();

/**
 * Once the transaction that appended rows has ended: better-sqlite3's transactions are synchronous, so
 * a microtask runs after the commit, or after the rollback that took the rows back out.
 */
function recordHeadAfterCommit(db: Db): void {
  const file = headFiles.get(db);
  if (!file || recording.has(db)) return;
  recording.add(db);
  const attempt = () => {
    if (db.$client.open && db.$client.inTransaction) return void setImmediate(attempt);
    recording.delete(db);
    try {
      if (db.$client.open) recordHead(db, file);
    } catch (error) {
      // The row stands; the next one records the head again.
      console.error(error);
    }
  };
  queueMicrotask(attempt);
}

function keyOf(db: Db): AuditKey {
  const key = keys.get(db);
  if (!key) throw new Error('The audit log has no key: the store was not opened through openDatabase');
  return key;
}

function canonical(row: Omit<StoredRow, 'prevHash' | 'hash'>): string {
  return JSON.stringify([row.id, row.at, row.officeId, row.staffId, row.action, row.entity, row.entityId, row.details]);
}

function rowHash(key: Buffer, prevHash: string, row: Omit<StoredRow, 'prevHash' | 'hash'>): string {
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonical(row)).digest('hex');
}

/** How builds before the keyed chain sealed a row; checked only for rows the key file says are theirs. */
function legacyRowHash(prevHash: string, row: Omit<StoredRow, 'prevHash' | 'hash'>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(row)).digest('hex');
}

/** The newest row's id and seal: what a backup or export records to detect rows cut off the end. */
export function auditChainHead(db: Db): AuditHead {
  const last = prepared(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string | null } | undefined;
  return last ? { id: last.id, hash: last.hash ?? GENESIS } : { id: 0, hash: GENESIS };
}

export function appendAudit(db: Db, entry: AuditEntry): void {
  const { key } = keyOf(db);
  const previous = auditChainHead(db);
  const row = {
    id: previous.id + 1,
    at: entry.at,
    officeId: entry.officeId,
    staffId: entry.staffId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    details: entry.details == null ? null : JSON.stringify(entry.details),
  };
  prepared(
    db,
    `INSERT INTO audit_log (id, at, office_id, staff_id, action, entity, entity_id, details, prev_hash, hash)
     VALUES (@id, @at, @officeId, @staffId, @action, @entity, @entityId, @details, @prevHash, @hash)`,
  ).run({ ...row, prevHash: previous.hash, hash: rowHash(key, previous.hash, row) });
  recordHeadAfterCommit(db);
}

const SELECT_ROWS = `SELECT id, at, office_id AS officeId, staff_id AS staffId, action, entity, entity_id AS entityId,
  details, prev_hash AS prevHash, hash FROM audit_log`;

export type { AuditVerdict };

/**
 * Walks the whole chain; reports the first row whose seal, link or place does not match, then checks
 * the recorded heads (from backups and exports): a head the chain no longer contains means rows were
 * cut off the end or rewritten. Rows before the key's first row cannot be verified, and say so.
 */
export function verifyAuditChain(db: Db, heads: AuditHead[] = [], key: AuditKey = keyOf(db)): AuditVerdict {
  let prevHash = GENESIS;
  let expectedId = 1;
  let rows = 0;
  const hashAt = new Map(heads.map((head) => [head.id, null as string | null]));
  for (const row of prepared(db, `${SELECT_ROWS} ORDER BY id`).iterate() as IterableIterator<StoredRow>) {
    rows++;
    if (row.id !== expectedId) return { ok: false, rows, brokenAt: row.id, reason: 'missing_before' };
    expectedId = row.id + 1;
    if (hashAt.has(row.id)) hashAt.set(row.id, row.hash);
    const unverifiable = row.id < key.since && !key.legacyBefore;
    if (unverifiable) {
      // The first row under the key links to a row that cannot be checked: its link is taken as stored.
      prevHash = row.hash ?? GENESIS;
      continue;
    }
    if (row.hash === null) return { ok: false, rows, brokenAt: row.id, reason: 'unsealed' };
    if (row.prevHash !== prevHash) return { ok: false, rows, brokenAt: row.id, reason: 'missing_before' };
    const expected = row.id < key.since ? legacyRowHash(prevHash, row) : rowHash(key.key, prevHash, row);
    if (expected !== row.hash) return { ok: false, rows, brokenAt: row.id, reason: 'changed' };
    prevHash = row.hash;
  }
  // Rows the key sealed are gone from the end: the log is shorter than when the key was made.
  if (expectedId < key.since) return { ok: false, rows, brokenAt: expectedId, reason: 'truncated' };
  for (const head of heads) {
    if (head.id === 0) continue;
    if (hashAt.get(head.id) !== head.hash)
      return { ok: false, rows, brokenAt: Math.min(head.id, expectedId), reason: 'truncated' };
  }
  if (key.since > 1 && !key.legacyBefore && rows > 0)
    return { ok: false, rows, brokenAt: 1, reason: 'unverifiable', verifiableFrom: key.since };
  return { ok: true, rows, headHash: prevHash };
}

/** Newest first, optionally for one record, with the staff member's name. */
export function listAudit(
  db: Db,
  officeId: number,
  filter: { entity?: string; entityId?: number; limit: number; beforeId?: number },
): AuditRecord[] {
  const rows = prepared(
    db,
    `SELECT a.id, a.at, a.staff_id AS staffId, s.full_name AS staffName, a.action, a.entity, a.entity_id AS entityId, a.details
     FROM audit_log a LEFT JOIN staff_member s ON s.id = a.staff_id
     WHERE (a.office_id = @officeId OR a.office_id IS NULL)
       AND (@entity IS NULL OR a.entity = @entity) AND (@entityId IS NULL OR a.entity_id = @entityId)
       AND (@beforeId IS NULL OR a.id < @beforeId)
     ORDER BY a.id DESC LIMIT @limit`,
  ).all({
    officeId,
    entity: filter.entity ?? null,
    entityId: filter.entityId ?? null,
    beforeId: filter.beforeId ?? null,
    limit: filter.limit,
  }) as (Omit<AuditRecord, 'details'> & { details: string | null })[];
  return rows.map((row) => ({ ...row, details: row.details === null ? null : (JSON.parse(row.details) as unknown) }));
}
