// Opens the office's SQLite file: WAL, foreign keys, busy timeout; refuses a file from a newer
// schema; backs the file up before migrating; applies the committed drizzle-kit migrations.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../shared/locales/messages';
import * as schema from './schema';
import { beforeMigrationName, writeBackup } from './backup';
import { createAuditKey, loadAuditKey, type KeyVault } from './audit-key';
import { auditHeadFile } from './audit-head-file';
import { appendAudit, auditChainHead, sealWith } from './repositories/audit';
import { ensureClientIndex } from './search/index-maintenance';

/** The drizzle handle with its better-sqlite3 connection. One connection, so a service's
 * db.transaction(() => …) covers every statement made through it until the callback returns. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface Store {
  db: Db;
  sqlite: Database.Database;
  file: string;
  close(): void;
}

export interface OpenOptions {
  file: string;
  migrationsFolder: string;
  backupDir: string;
  /** Where the audit chain's key lives, outside the data folder. */
  keys: KeyVault;
  now?: () => Date;
}

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(errorMessage('databaseTooNew', { found, known }));
  }
}

/** Number of migrations this build knows: the schema version it writes into PRAGMA user_version. */
export function knownSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/**
 * The folder 0700 and the file 0600 (SQLite gives its -wal and -shm files the database file's mode),
 * also for a store an older build created 0755/0644. On Windows the profile folder's ACL applies.
 */
function keepPrivate(file: string): void {
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  if (process.platform === 'win32') return;
  fs.chmodSync(folder, 0o700);
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(`${file}${suffix}`)) fs.chmodSync(`${file}${suffix}`, 0o600);
}

export async function openDatabase(options: OpenOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  keepPrivate(options.file);
  const sqlite = new Database(options.file);
  try {
    // Checked before any pragma that writes (WAL is recorded in the file header).
    const known = knownSchemaVersion(options.migrationsFolder);
    const found = sqlite.pragma('user_version', { simple: true }) as number;
    if (found > known) throw new DatabaseTooNewError(found, known);

    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');

    if (found < known) {
      if (found > 0) {
        await writeBackup(sqlite, options.backupDir, beforeMigrationName(found, known, now()));
      }
      // Table rebuilds inside migrations need foreign keys off (the pragma is a no-op inside the
      // migrator's transaction); the check afterwards proves nothing was left dangling.
      sqlite.pragma('foreign_keys = OFF');
      migrate(drizzle(sqlite, { schema }), { migrationsFolder: options.migrationsFolder });
      const dangling = sqlite.pragma('foreign_key_check') as unknown[];
      if (dangling.length > 0) throw new Error(`Migration left ${dangling.length} broken foreign key(s)`);
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma(`user_version = ${known}`);
    }
    const db = immediateByDefault(drizzle(sqlite, { schema }));
    attachAuditKey(db, options, now);
    ensureClientIndex(db);
    return { db, sqlite, file: options.file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * The audit chain's key for this data folder, made on first use. A key made for a store that already
 * has rows says so in the log's next row: an upgrade from the unkeyed chain, or a key that was lost.
 */
function attachAuditKey(db: Db, options: OpenOptions, now: () => Date): void {
  const folder = path.dirname(options.file);
  const existing = loadAuditKey(options.keys, folder);
  const headFile = auditHeadFile(options.keys, folder);
  if (existing) return sealWith(db, existing, headFile);
  const since = auditChainHead(db).id + 1;
  const key = createAuditKey(options.keys, folder, since);
  sealWith(db, key, headFile);
  if (since > 1) {
    const action = key.legacyBefore ? 'audit_chain_keyed' : 'audit_key_replaced';
    appendAudit(db, { at: now().toISOString(), officeId: null, staffId: null, action, entity: 'audit_log', details: { since } });
  }
}

/**
 * Transactions begin with BEGIN IMMEDIATE: they take SQLite's write lock when they start, not at their
 * first write. A deferred transaction that read first and then tried to write while another connection
 * held the lock would fail with SQLITE_BUSY at once, without the busy timeout's wait.
 */
function immediateByDefault(db: Db): Db {
  const begin = db.transaction.bind(db);
  db.transaction = ((work, config) => begin(work, { behavior: 'immediate', ...config })) as Db['transaction'];
  return db;
}

/**
 * Opens a store to read it only (verify-audit): nothing is migrated, sealed or written, and a running
 * app beside it is undisturbed. The schema must be this build's own.
 */
export function openReadOnly(file: string, migrationsFolder: string): Database.Database {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const found = sqlite.pragma('user_version', { simple: true }) as number;
  const known = knownSchemaVersion(migrationsFolder);
  if (found !== known) {
    sqlite.close();
    if (found > known) throw new DatabaseTooNewError(found, known);
    throw new Error(errorMessage('storeNeedsMigration', { found, known }));
  }
  return sqlite;
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
