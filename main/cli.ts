// Command line for the office's IT person: `npm run cli -- verify-audit [--data-dir DIR]`.
// Reads the store read-only with the folder's audit key (never writes, so it cannot re-seal anything)
// and compares the chain with the heads recorded in the office's backups' manifests and in the key folder. Exits 0 when the chain is
// intact, 2 when a row was changed, deleted, left unsealed or cut off the end, or cannot be verified.
import { parseArgs } from 'node:util';
import { auditHeadFile } from '../db/audit-head-file';
import { recordedHeads } from '../db/audit-heads';
import { loadAuditKey, loadDataKey } from '../db/audit-key';
import { listBackups } from '../db/backup';
import { openReadOnly } from '../db/open';
import { drizzleOf } from '../db/sqlite';
import { verifyAuditChain } from '../db/repositories/audit';
import { errorMessage } from '../shared/locales/messages';
import { loadConfig } from './config/config';
import { dataFiles, migrationsFolder } from './config/paths';

const USAGE = 'usage: mitzui verify-audit [--data-dir DIR]';

function verifyAudit(dataDir: string, keyDir: string): number {
  const key = loadAuditKey({ dir: keyDir }, dataDir);
  if (!key) {
    console.log(errorMessage('auditKeyMissing', { dir: keyDir }));
    return 2;
  }
  const sqlite = openReadOnly(dataFiles(dataDir).database, loadDataKey({ dir: keyDir }, dataDir), migrationsFolder);
  try {
    const db = drizzleOf(sqlite);
    const files = dataFiles(dataDir);
    const verdict = verifyAuditChain(db, recordedHeads(db, listBackups(files.backups, files.dailyBackups, files.manualBackups), auditHeadFile({ dir: keyDir }, dataDir)), key);
    if (verdict.ok) {
      console.log(`audit chain intact: ${verdict.rows} rows, head ${verdict.headHash}`);
      return 0;
    }
    const from = verdict.reason === 'unverifiable' ? `; rows before ${verdict.verifiableFrom} were sealed with a key that is no longer here` : '';
    console.log(`audit chain BROKEN at row ${verdict.brokenAt} (${verdict.reason}); ${verdict.rows} rows read${from}`);
    return 2;
  } finally {
    sqlite.close();
  }
}

function main(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
  const config = loadConfig(argv, process.env);
  if (positionals[0] === 'verify-audit') return verifyAudit(config.dataDir, config.keyDir);
  console.error(USAGE);
  return 64;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
