// A demo office in a data folder, complete with the files behind its documents: what `npm run demo`,
// the tests and the benchmarks fill a store with.
import { generateDemoOffice, type DemoOptions, type DemoSummary } from '../db/demo/generate';
import type { Db } from '../db/open';
import { storeDemoDocumentFiles } from './demo-documents';
import { closePdfRenderer } from './paperwork/pdf-renderer';
import { documentsDir } from './storage/document-files';

export async function fillDemoOffice(store: { db: Db; file: string }, options: Omit<DemoOptions, 'documentFiles'>): Promise<DemoSummary> {
  const documentFiles = await storeDemoDocumentFiles(documentsDir(store.file)).finally(closePdfRenderer);
  return generateDemoOffice(store.db, { ...options, documentFiles });
}
