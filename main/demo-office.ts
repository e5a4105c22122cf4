// The demo office as `npm run demo`, the tests and the benchmarks make it: the files behind its
// documents stored in the data folder, the generator's client files (db/demo), then their running
// deadlines docketed by the sync the app itself runs (main/services/docket.ts).
import { DEMO_AS_OF, generateDemoOffice, type DemoOptions, type DemoSummary } from '../db/demo/generate';
import type { Db } from '../db/open';
import { storeDemoDocumentFiles } from './demo-documents';
import { closePdfRenderer } from './paperwork/pdf-renderer';
import { docketOffice } from './services/docket';
import { documentsDir } from './storage/document-files';

export async function fillDemoOffice(
  store: { db: Db; file: string },
  options: Omit<DemoOptions, 'documentFiles'>,
  /** The data folder's key (db/audit-key.ts): the sample files are sealed with it. */
  dataKey: Buffer,
): Promise<DemoSummary & { docketed: number }> {
  const documentFiles = await storeDemoDocumentFiles(documentsDir(store.file), dataKey).finally(closePdfRenderer);
  const summary = generateDemoOffice(store.db, { ...options, documentFiles });
  const asOf = options.asOf ?? DEMO_AS_OF;
  const { created } = docketOffice(store.db, summary.officeId, asOf, `${asOf}T06:00:00.000Z`);
  return { ...summary, rows: { ...summary.rows, task: summary.rows.task + created }, docketed: created };
}
