// Command line for the office's IT person: `npm run cli -- verify-audit [--data-dir DIR]`.
// Exits 0 when the audit chain is intact, 2 when a changed or deleted row is found.
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open';
import { verifyAuditChain } from '../db/repositories/audit';
import { dataFiles, migrationsFolder, userDataDir } from './config/paths';

const USAGE = 'usage: mitzui verify-audit [--data-dir DIR]';

async function verifyAudit(dataDir: string): Promise<number> {
  const files = dataFiles(dataDir);
  const store = await openDatabase({ file: files.database, backupDir: files.backups, migrationsFolder });
  try {
    const verdict = verifyAuditChain(store.db);
    if (verdict.ok) {
      console.log(`audit chain intact: ${verdict.rows} rows, head ${verdict.headHash}`);
      return 0;
    }
    console.log(`audit chain BROKEN at row ${verdict.brokenAt} (${verdict.reason}); ${verdict.rows} rows read`);
    return 2;
  } finally {
    store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
  const dataDir = values['data-dir'] ?? process.env.MITZUI_DATA_DIR ?? userDataDir();
  if (positionals[0] === 'verify-audit') return verifyAudit(dataDir);
  console.error(USAGE);
  return 64;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
