// `npm run bench [-- --clients 100000 --seed 1]`: the benchmarks on a generated store, each
// app figure beside the same operation done with raw better-sqlite3 in this run. Not part of npm test.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Random } from '../db/demo/random';
import { openSignedIn } from './app';
import { benchBackup } from './backup';
import { benchClientFile } from './client-file';
import { benchCsvImport } from './csv-import';
import type { BenchContext } from './context';
import { benchImport } from './import';
import { benchList } from './list';
import { machine } from './machine';
import { benchSearch, searchQueries } from './search';
import { cachedStore, workingCopy } from './store';
import { table, type Row } from './timing';

function whole(raw: string, name: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      queries: { type: 'string', default: '1000' },
      files: { type: 'string', default: '200' },
      import: { type: 'string', default: '50000' },
    },
  });
  const clients = whole(values.clients, 'clients');
  const seed = whole(values.seed, 'seed');
  const log = (line: string) => console.log(line);

  const cached = await cachedStore(clients, seed, log);
  const work = workingCopy(cached);
  const { app, session, call } = await openSignedIn(work.dataDir);
  try {
    fs.rmSync(app.keeper.files.dailyBackups, { recursive: true, force: true });
    const { store } = app;
    const ctx: BenchContext = { app, session, call, db: store.db, sqlite: store.sqlite, officeId: session.officeId, clients, random: new Random(seed) };

    const rows: Row[] = [];
    const step = async (name: string, run: () => Promise<Row[]>) => {
      log(`… ${name}`);
      rows.push(...(await run()));
    };
    await step('search as you type', () => benchSearch(ctx, searchQueries(ctx, whole(values.queries, 'queries'))));
    await step('open a client file', () => benchClientFile(ctx, whole(values.files, 'files')));
    await step('list a page', () => benchList(ctx, whole(values.files, 'files')));
    await step('import', () => benchImport(whole(values.import, 'import'), seed + 1));
    await step('import from CSV', () => benchCsvImport(whole(values.import, 'import'), seed + 2));
    await step('backup', () => benchBackup(ctx));

    console.log(`\n${machine(store.sqlite)}\nstore: ${clients} clients, seed ${seed}\n`);
    console.log(table(rows));
    const failed = rows.filter((r) => r.pass === false).length;
    console.log(`\n${rows.filter((r) => r.pass).length} targets met, ${failed} missed`);
  } finally {
    app.close();
    work.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
