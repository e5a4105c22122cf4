// Demo data: `npm run demo -- --clients 1000 --seed 1 [--data-dir DIR] [--as-of YYYY-MM-DD]`.
// Fills an empty data folder with a synthetic office; sign in as demo / demo-password.
import { parseArgs } from 'node:util';
import { isIsoDate } from '../shared/dates';
import { DEMO_AS_OF } from '../db/demo/generate';
import { DEMO_PASSWORD, DEMO_USERNAME } from '../db/demo/staff';
import { dataKeyFor } from '../db/audit-key';
import { openDatabase } from '../db/open';
import { keepFilesPrivate, loadConfig } from './config/config';
import { fillDemoOffice } from './demo-office';
import { dataFiles, migrationsFolder } from './config/paths';
import { lockDataFolder } from './storage/folder-lock';
import { hashPassword } from './services/passwords';

const USAGE = 'usage: npm run demo -- --clients N --seed N [--data-dir DIR] [--as-of YYYY-MM-DD]';

function wholeNumber(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number of at least ${min}\n${USAGE}`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      'as-of': { type: 'string', default: DEMO_AS_OF },
    },
  });
  const clients = wholeNumber('clients', values.clients, 1);
  const seed = wholeNumber('seed', values.seed, 0);
  if (!isIsoDate(values['as-of'])) throw new Error(`--as-of must be a date as YYYY-MM-DD\n${USAGE}`);
  keepFilesPrivate();
  const { dataDir, keyDir } = loadConfig(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
  const files = dataFiles(dataDir);

  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const lock = lockDataFolder(dataDir);
  const store = await openDatabase({
    keys: { dir: keyDir },
    file: files.database,
    backupDir: files.backups,
    migrationsFolder,
  }).catch((error: unknown) => {
    lock.release();
    throw error;
  });
  try {
    console.log(`Generating ${clients} clients (seed ${seed}, as of ${values['as-of']}) into ${files.database}`);
    const summary = await fillDemoOffice(
      store,
      {
        clients,
        seed,
        asOf: values['as-of'],
        passwordHash,
        onProgress: (p) => console.log(`  ${p.clients}/${p.total} clients, ${p.auditRows} audit rows, ${seconds()} s`),
      },
      dataKeyFor({ dir: keyDir }, dataDir),
    );
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    console.log(`Done in ${seconds()} s:`);
    for (const [table, count] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(22)} ${count}`);
    console.log(
      `Sign in as ${DEMO_USERNAME} / ${DEMO_PASSWORD} (other accounts: ${DEMO_USERNAME}.lawyerN, ${DEMO_USERNAME}.clerkN, same password).`,
    );
  } finally {
    store.close();
    lock.release();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
