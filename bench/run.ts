// `npm run bench [-- --clients 100000 --seed 1]`: the benchmarks on a generated store, each
// app figure beside the same operation done with raw better-sqlite3 in this run. Not part of npm test.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Random } from '../db/demo/random';
import { openSignedIn } from './app';
import { benchBackup } from './backup';
import { benchClientFile } from './client-file';
import { benchCsvImport } from './csv-import';
import type { BenchContext } from './context';
import { benchDashboard } from './dashboard';
import { benchDocuments } from './documents';
import { benchEncryption } from './encryption';
import { benchImport } from './import';
import { benchInbox } from './inbox';
import { benchList } from './list';
import { benchScan } from './scan';
import { machine } from './machine';
import { benchSearch, searchQueries } from './search';
import { benchStart } from './start';
import { cachedStore, workingCopy } from './store';
import { table, type Row } from './timing';
import { benchTyping } from './typing';

const BENCHES = [
  'inbox',
  'documents',
  'start',
  'search',
  'typing',
  'client-file',
  'list',
  'dashboard',
  'import',
  'csv-import',
  'scan',
  'backup',
  'encryption',
] as const;
type Bench = (typeof BENCHES)[number];
/** Benches that need no generated store: run first, and alone without opening one. */
const STORE_FREE: readonly Bench[] = ['inbox', 'documents'];

const HELP = `npm run bench [-- options]
  --clients N    size of the generated store (default 100000); cached in the temp folder per size and seed
  --seed S       seed of the generated store (default 1)
  --queries N    search-as-you-type queries (default 1000)
  --typed N      names and phones typed key by key into the client list (default 200)
  --files N      client files opened and list pages read (default 200)
  --runs N       dashboard summaries read (default 20)
  --import N     rows of the bulk insert and the CSV import (default 50000)
  --documents N  scan-sized documents stored and read, sealed and plain (default 100)
  --letters N    generated NII letters the inbox reads (default 240)
  --only a,b     run only these: ${BENCHES.join(', ')} (default all)
  --help         this text`;

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
      typed: { type: 'string', default: '200' },
      files: { type: 'string', default: '200' },
      runs: { type: 'string', default: '20' },
      import: { type: 'string', default: '50000' },
      documents: { type: 'string', default: '100' },
      letters: { type: 'string', default: '240' },
      only: { type: 'string', default: BENCHES.join(',') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const only = new Set(values.only.split(',').map((name) => name.trim()));
  const unknown = [...only].filter((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--only: unknown ${unknown.join(', ')}; known: ${BENCHES.join(', ')}`);
  const clients = whole(values.clients, 'clients');
  const seed = whole(values.seed, 'seed');
  const log = (line: string) => console.log(line);

  const rows: Row[] = [];
  const step = async (name: Bench, run: () => Promise<Row[]>) => {
    if (!only.has(name)) return;
    log(`… ${name}`);
    const started = { wall: performance.now(), cpu: process.cpuUsage() };
    rows.push(...(await run()));
    // On a shared machine the figures are only as good as the CPU this process got meanwhile.
    const cpu = process.cpuUsage(started.cpu);
    const wall = performance.now() - started.wall;
    log(
      `  ${(wall / 1000).toFixed(1)} s, of which this process ran ${((cpu.user + cpu.system) / 1000 / 1000).toFixed(1)} s of CPU (load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
  };
  const report = () => {
    console.log(table(rows));
    const failed = rows.filter((r) => r.pass === false).length;
    console.log(`\n${rows.filter((r) => r.pass).length} targets met, ${failed} missed`);
  };
  await step('inbox', () => benchInbox(whole(values.letters, 'letters'), seed, log));
  await step('documents', () => benchDocuments(whole(values.documents, 'documents')));
  if ([...only].every((name) => STORE_FREE.includes(name as Bench))) {
    console.log('');
    report();
    return;
  }

  const cached = await cachedStore(clients, seed, log);
  const work = workingCopy(cached);
  const { app, session, call } = await openSignedIn(work.dataDir);
  try {
    fs.rmSync(app.keeper.files.dailyBackups, { recursive: true, force: true });
    const { store } = app;
    const ctx: BenchContext = {
      app,
      session,
      call,
      db: store.db,
      sqlite: store.sqlite,
      officeId: session.officeId,
      clients,
      random: new Random(seed),
    };

    await step('start', () => benchStart(cached));
    await step('search', () => benchSearch(ctx, searchQueries(ctx, whole(values.queries, 'queries'))));
    await step('typing', () => benchTyping(ctx, whole(values.typed, 'typed')));
    await step('client-file', () => benchClientFile(ctx, whole(values.files, 'files')));
    await step('list', () => benchList(ctx, whole(values.files, 'files')));
    await step('dashboard', () => benchDashboard(ctx, whole(values.runs, 'runs')));
    await step('import', () => benchImport(whole(values.import, 'import'), seed + 1));
    await step('csv-import', () => benchCsvImport(whole(values.import, 'import'), seed + 2));
    await step('scan', () => benchScan(ctx));
    await step('backup', () => benchBackup(ctx));
    await step('encryption', () =>
      benchEncryption(cached, clients, seed, async (each) => [
        ...(await benchSearch(each, searchQueries(each, whole(values.queries, 'queries')))),
        ...(await benchClientFile(each, whole(values.files, 'files'))),
        ...(await benchList(each, whole(values.files, 'files'))),
        ...(await benchBackup(each)),
      ]),
    );

    console.log(`\n${machine(store.sqlite)}\nstore: ${clients} clients, seed ${seed}\n`);
    report();
  } finally {
    app.close();
    work.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
