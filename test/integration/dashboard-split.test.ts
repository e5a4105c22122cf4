// The dashboard's consent count is cut by client id between two reader threads
// (db/repositories/dashboard.ts readDashboard): wherever the cut falls, the summary is the one a
// single uncut count gives, on a demo office whose clients hold every kind of paper state.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { liveClientIdSpan, readDashboard, type ReadQuery } from '../../db/repositories/dashboard';
import { openTestApp, type TestApp } from '../support/app';
import { fillWithDemoOffice } from '../support/demo';

const CLIENTS = 40;
let app: TestApp;

beforeAll(async () => {
  app = await openTestApp(30, (dir) => fillWithDemoOffice(dir, CLIENTS, 5));
});

afterAll(() => app?.dispose());

it('gives the same summary wherever the consent count is cut', async () => {
  const officeId = (app.store.sqlite.prepare('SELECT id FROM office').get() as { id: number }).id;
  const days = { today: '2026-03-01', soon: '2026-03-07', reminder: '2026-03-15' };
  const read = async (queries: ReadQuery[]) => queries.map((q) => app.store.sqlite.prepare(q.sql).all(q.params));
  const span = liveClientIdSpan(app.store.db, officeId);
  expect(span.highest - span.lowest + 1).toBe(CLIENTS);
  // The whole count in the second batch (the first counts no client), then cuts across the clients' ids.
  const whole = await readDashboard(officeId, days, { lowest: span.lowest - 4, highest: span.lowest - 1 }, read);
  expect(whole.consents.total).toBeGreaterThan(0);
  for (let highest = span.lowest; highest <= span.highest + 4; highest++) {
    expect(await readDashboard(officeId, days, { lowest: span.lowest, highest }, read), `cut by ${highest}`).toEqual(
      whole,
    );
  }
});
