// Opens the office's SQLite file: WAL, foreign keys, busy timeout; refuses a file from a newer
// schema; backs the file up before migrating; applies the committed drizzle-kit migrations.
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../shared/locales/messages';
import { beforeMigrationName, writeBackup } from './backup';
import { createAuditKey, createDataKey, loadAuditKey, loadDataKey, type KeyVault } from './audit-key';
import {
  Database,
  drizzleOf,
  hasContent,
  isNotADatabase,
  isPlainFile,
  openFile,
  type Connection,
  type Db,
} from './sqlite';
import { auditHeadFile } from './audit-head-file';
import { closeConnection } from './close-hooks';
import { appendAudit, auditChainHead, sealWith } from './repositories/audit';
import { ensureClientIndex } from './search/index-maintenance';

export type { Db } from './sqlite';

export interface Store {
  db: Db;
  sqlite: Connection;
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

/** What is wrong with the store's key: none in the key folder, or one that does not open the file. */
export type KeyProblem = 'missing' | 'wrong';

/** The store is encrypted and this machine's key folder cannot open it; the file is left as it was. */
export class StoreKeyError extends Error {
  constructor(readonly problem: KeyProblem) {
    super(errorMessage(problem === 'missing' ? 'storeKeyMissing' : 'storeKeyWrong'));
  }
}

/**
 * The key to open the store with. A new store gets the folder's data key made now; a plain store from
 * before encryption gets one for its documents. An encrypted store without its key is refused: a new
 * key (or a new empty store) must never stand in for the one that encrypted it.
 */
function storeKey(keys: KeyVault, file: string, fresh: boolean): Buffer {
  const folder = path.dirname(file);
  const existing = loadDataKey(keys, folder);
  if (existing) return existing;
  if (fresh || isPlainFile(file)) return createDataKey(keys, folder);
  throw new StoreKeyError('missing');
}

/** Opens the store's file with its key; a key that does not open it is a StoreKeyError. */
export function openStoreFile(file: string, key: Buffer | null, options?: Database.Options): Connection {
  try {
    return openFile(file, key, options);
  } catch (error) {
    if (key && isNotADatabase(error) && !isPlainFile(file)) throw new StoreKeyError('wrong');
    throw error;
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
  for (const suffix of ['', '-wal', '-shm'])
    if (fs.existsSync(`${file}${suffix}`)) fs.chmodSync(`${file}${suffix}`, 0o600);
}

export async function openDatabase(options: OpenOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const fresh = !hasContent(options.file);
  keepPrivate(options.file);
  const sqlite = openStoreFile(options.file, storeKey(options.keys, options.file, fresh));
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
      migrate(drizzleOf(sqlite), { migrationsFolder: options.migrationsFolder });
      const dangling = sqlite.pragma('foreign_key_check') as unknown[];
      if (dangling.length > 0) throw new Error(`Migration left ${dangling.length} broken foreign key(s)`);
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma(`user_version = ${known}`);
    }
    const db = immediateByDefault(drizzleOf(sqlite));
    attachAuditKey(db, options, now);
    ensureClientIndex(db);
    return { db, sqlite, file: options.file, close: () => closeConnection(sqlite) };
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
    appendAudit(db, {
      at: now().toISOString(),
      officeId: null,
      staffId: null,
      action,
      entity: 'audit_log',
      details: { since },
    });
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
export function openReadOnly(file: string, key: Buffer | null, migrationsFolder: string): Connection {
  const sqlite = openStoreFile(file, key, { readonly: true, fileMustExist: true });
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
