// Import of 50,000 clients from a CSV file through the app's importer ('clients.import': read the file,
// check every row against the contract's schemas, write it all in one transaction), the file written
// by the app's own export ('clients.export') of an office holding those clients. The raw baseline
// parses the same file with papaparse and inserts the same clients (row and search text) by hand,
// without the checks. The importer is reached through dispatch by name: a build without it gets a
// failed row naming the reason, not a broken bench.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { DEMO_PASSWORD } from '../db/demo/staff';
import { hashPassword } from '../main/services/passwords';
import { openSignedIn } from './app';
import { emptyOffice, importByGenerator, importByHand } from './import';
import { scratchDir } from './store';
import { mainThreadCpu, rate, timeOnce, WITHIN_3X, withinRatio, type Once, type Row } from './timing';

/** Runs one procedure in a signed-in app on that folder, then closes the app. */
async function inApp<T>(
  dataDir: string,
  name: string,
  input: unknown,
): Promise<{ value: T; took: Once; mainCpu: number | null }> {
  const { app, call } = await openSignedIn(dataDir);
  try {
    let value: unknown;
    const mainBefore = mainThreadCpu();
    const took = await timeOnce(async () => {
      value = await call(name, input);
    });
    const mainAfter = mainThreadCpu();
    const mainCpu = mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore;
    return { value: value as T, took, mainCpu };
  } finally {
    app.close();
  }
}

export async function benchCsvImport(rows: number, seed: number): Promise<Row[]> {
  const scratch = scratchDir('mitzui-bench-csv-');
  const folder = (name: string) => path.join(scratch.dir, name);
  const operation = `import ${rows.toLocaleString('en-US')} clients from CSV ('clients.import', checked, one transaction)`;
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // The same seed draws the same office and clients into each folder.
    const office = (name: string) => emptyOffice(folder(name), rows, seed, passwordHash);
    const source = await office('source');
    importByGenerator(source.store, source.people);
    source.store.close();
    fs.mkdirSync(folder('csv'));
    const exported = await inApp<{ file: string; count: number }>(folder('source'), 'clients.export', {
      targetFolder: folder('csv'),
      format: 'csv',
      query: '',
    });

    (await office('app')).store.close();
    const imported = await inApp<{ imported: number }>(folder('app'), 'clients.import', {
      importFiles: [
        {
          name: path.basename(exported.value.file),
          contentBase64: fs.readFileSync(exported.value.file).toString('base64'),
        },
      ],
      confirm: true,
    });
    if (imported.value.imported !== rows) throw new Error(`imported ${imported.value.imported} of ${rows} rows`);

    const byHand = await office('raw');
    const rawTook = await timeOnce(() => {
      Papa.parse(fs.readFileSync(exported.value.file, 'utf8'), { header: true, skipEmptyLines: true });
      importByHand(byHand.store, byHand.people, false);
    });
    byHand.store.close();
    const [app, raw] = [rate(rows, imported.took), rate(rows, rawTook)];
    const figures = { unit: 'rows/s' as const, app: app.wall, raw: raw.wall, appCpu: app.cpu, rawCpu: raw.cpu };
    return [
      {
        operation,
        ...figures,
        target: `≥ 10,000 rows/s and ${WITHIN_3X}`,
        pass: figures.app >= 10_000 && withinRatio(figures, 3),
      },
      ...(imported.mainCpu === null
        ? []
        : [
            {
              // The check runs on a worker beside the writes: this thread's CPU bounds the wall time on free cores.
              operation: `${operation}: the app's thread alone, rows per CPU second (raw: its one thread)`,
              unit: 'rows/s' as const,
              app: rows / (imported.mainCpu / 1000),
              raw: raw.cpu,
              target: '—',
              pass: null,
            },
          ]),
    ];
  } catch (error) {
    return [
      {
        operation: `${operation}: ${error instanceof Error ? error.message : String(error)}`,
        unit: 'rows/s',
        app: null,
        raw: null,
        target: '≥ 10,000 rows/s',
        pass: false,
      },
    ];
  } finally {
    scratch.cleanup();
  }
}
