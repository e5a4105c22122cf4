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
import { sealAuditChain } from './repositories/audit';
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

export async function openDatabase(options: OpenOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
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
    const db = drizzle(sqlite, { schema });
    sealAuditChain(db);
    ensureClientIndex(db);
    return { db, sqlite, file: options.file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
