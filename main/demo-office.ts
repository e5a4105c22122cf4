// The demo office as `npm run demo` and the tests make it: the generator's client files (db/demo),
// then their running deadlines docketed by the sync the app itself runs (main/services/docket.ts).
import { DEMO_AS_OF, generateDemoOffice, type DemoOptions, type DemoSummary } from '../db/demo/generate';
import type { Db } from '../db/open';
import { docketOffice } from './services/docket';

export function generateDocketedDemo(db: Db, options: DemoOptions): DemoSummary & { docketed: number } {
  const summary = generateDemoOffice(db, options);
  const asOf = options.asOf ?? DEMO_AS_OF;
  const { created } = docketOffice(db, summary.officeId, asOf, `${asOf}T06:00:00.000Z`);
  return { ...summary, rows: { ...summary.rows, task: summary.rows.task + created }, docketed: created };
}
