// How long the office keeps what it no longer uses: backups beyond the newest few, exported claim
// packages, and records deleted softly. Run once a day by the store keeper.
//
// Deleted records are kept seven years by default. The Israel Bar Association Rules (Keeping of
// Archival Material in Lawyers' Offices), rule 2, let a lawyer stop keeping a client's file five
// years after the handling ended; the limitation period for a civil claim — such as one against
// the representative over the handling — is seven years (Prescription Law, 5718-1958, section
// 5(1)). The longer one is the default. How long sensitive data is kept is for the database's
// definitions document to settle (Protection of Privacy Regulations (Data Security), 5777-2017,
// regulation 2), so the office may set its own period. The same Bar rules (rule 4) ask the lawyer
// to offer the file to the client before destroying it: the office's step before it deletes a
// client, not this purge's.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './sqlite';
import { listBackups, removeBackup } from './backup';
import { documentPath } from './backup-documents';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionOptions {
  /** Manual, before-migration and before-restore backups: this many newest of each kind are kept… */
  keepNewestBackups: number;
  /** …and the others are removed once older than this. */
  backupMaxAgeDays: number;
  /** Claim packages in the data folder's exports/ are removed once older than this. */
  exportMaxAgeDays: number;
  /** Records deleted softly are purged this long after their deletion. */
  deletedRecordYears: number;
}

export const DEFAULT_RETENTION: RetentionOptions = {
  keepNewestBackups: 5,
  backupMaxAgeDays: 90,
  exportMaxAgeDays: 30,
  deletedRecordYears: 7,
};

/** Removes manual, before-migration and before-restore backups beyond the newest few of each kind once they are old. */
export function rotateOldBackups(folders: string[], now: Date, options: RetentionOptions): number {
  const cutoff = now.getTime() - options.backupMaxAgeDays * DAY_MS;
  let removed = 0;
  for (const kind of ['manual', 'before-migration', 'before-restore'] as const) {
    const old = listBackups(...folders)
      .filter((backup) => backup.kind === kind)
      .slice(options.keepNewestBackups)
      .filter((backup) => Date.parse(backup.createdAt) < cutoff);
    for (const backup of old) removeBackup(backup);
    removed += old.length;
  }
  return removed;
}

/** Removes files in the exports folder last written before the cutoff. */
export function cleanExports(folder: string, now: Date, options: RetentionOptions): number {
  if (!fs.existsSync(folder)) return 0;
  const cutoff = now.getTime() - options.exportMaxAgeDays * DAY_MS;
  let removed = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isFile() && fs.statSync(file).mtimeMs < cutoff) {
      fs.rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

/** The moment before which a soft deletion is old enough to purge (calendar years, UTC). */
export function purgeCutoff(now: Date, options: RetentionOptions): string {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - options.deletedRecordYears);
  return cutoff.toISOString();
}

interface Reference {
  table: string;
  column: string;
}

/** Which columns of which tables point at `table` (read from the schema, so new tables are covered). */
function referencesTo(sqlite: Database.Database, table: string): Reference[] {
  const all = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string; sql: string }[];
  // Full-text tables and their shadow tables carry no foreign keys.
  const virtual = all.filter((t) => t.sql.startsWith('CREATE VIRTUAL')).map((t) => t.name);
  const tables = all.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
  return tables.flatMap((name) =>
    (sqlite.pragma(`foreign_key_list("${name}")`) as { table: string; from: string }[])
      .filter((fk) => fk.table === table)
      .map((fk) => ({ table: name, column: fk.from })),
  );
}

/** Deletes the rows and, first, every row that points at them, recursively; counts per table. */
function deleteWithDependants(
  sqlite: Database.Database,
  table: string,
  ids: number[],
  counts: Record<string, number>,
  hashes: Set<string>,
): void {
  if (ids.length === 0) return;
  for (const reference of referencesTo(sqlite, table)) {
    const select = sqlite
      .prepare(`SELECT id FROM "${reference.table}" WHERE "${reference.column}" IN (SELECT value FROM json_each(?))`)
      .pluck();
    deleteWithDependants(sqlite, reference.table, select.all(JSON.stringify(ids)) as number[], counts, hashes);
  }
  const list = JSON.stringify(ids);
  if (table === 'document' || table === 'signed_paper') {
    for (const sha of sqlite
      .prepare(`SELECT sha256 FROM "${table}" WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(list) as string[])
      hashes.add(sha);
  }
  const deleted = sqlite
    .prepare(`DELETE FROM "${table}" WHERE id IN (SELECT value FROM json_each(?))`)
    .run(list).changes;
  counts[table] = (counts[table] ?? 0) + deleted;
}

export interface Purge {
  /** Rows removed per table: the records deleted before the cutoff and everything that belonged to them. */
  counts: Record<string, number>;
  /** Document files no remaining row points at. */
  orphanedFiles: string[];
}

/** Purges every softly deleted row (a table with deleted_at) deleted before `cutoff`, in one transaction. */
export function purgeDeleted(sqlite: Database.Database, cutoff: string): Purge {
  const counts: Record<string, number> = {};
  const hashes = new Set<string>();
  const softTables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
  ).filter((name) =>
    (sqlite.pragma(`table_info("${name}")`) as { name: string }[]).some((column) => column.name === 'deleted_at'),
  );
  sqlite.transaction(() => {
    for (const table of softTables) {
      const ids = sqlite
        .prepare(`SELECT id FROM "${table}" WHERE deleted_at IS NOT NULL AND deleted_at < ?`)
        .pluck()
        .all(cutoff) as number[];
      deleteWithDependants(sqlite, table, ids, counts, hashes);
    }
    // Full-text rows of what is gone (soft deletion already unindexes; this covers older data).
    sqlite.exec(`DELETE FROM client_search WHERE rowid NOT IN (SELECT id FROM insured_person WHERE deleted_at IS NULL);
      DELETE FROM claim_search WHERE rowid NOT IN (SELECT id FROM claim);
      DELETE FROM note_search WHERE rowid NOT IN (SELECT id FROM note)`);
  })();
  const stillUsed = sqlite
    .prepare('SELECT 1 FROM document WHERE sha256 = ? UNION ALL SELECT 1 FROM signed_paper WHERE sha256 = ? LIMIT 1')
    .pluck();
  return { counts, orphanedFiles: [...hashes].filter((sha) => stillUsed.get(sha, sha) === undefined) };
}

/** Removes purged documents' files from the documents folder. */
export function removeDocumentFiles(root: string, hashes: string[]): void {
  for (const sha of hashes) fs.rmSync(documentPath(root, sha), { force: true });
}
