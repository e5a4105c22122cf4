// dashboard.summary on a real store: what is overdue and due within the week (done tasks left out),
// open tasks per staff member, claims by status (deleted ones left out), clients whose power of
// attorney or medical waiver is missing, ended/expired or revoked, and the latest scan's unclaimed rights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let owner: string;

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function client(first8: string, firstNameHe: string, birthDate = '1975-05-05') {
  return expectOk(
    await app.call(owner, 'clients.create', {
      idNumber: validId(first8),
      firstNameHe,
      lastNameHe: 'לוי',
      birthDate,
      sex: 'female',
    }),
  ).id;
}

beforeAll(async () => {
  app = await openTestApp(); // the clock: 2026-03-01 10:00 in Israel
  owner = await setUpAndLogIn(app);
});

afterAll(() => app?.dispose());

describe('dashboard.summary', () => {
  it('says the office is new: no clients, nothing due, no scan', async () => {
    const summary = expectOk(await app.call(owner, 'dashboard.summary', {}));
    expect(summary).toMatchObject({
      today: '2026-03-01',
      clients: 0,
      tasksByStaff: [],
      consents: { total: 0, clients: [] },
      scan: { run: null, unclaimed: [] },
    });
    expect(summary.deadlines).toEqual({
      overdue: 0,
      binding: 0,
      bindingList: [],
      reminderDays: [14, 3],
      dueSoon: 0,
      dueSoonList: [],
      overdueFollowUps: 0,
      overdueList: [],
    });
    expect(Object.values(summary.claimsByStatus).every((n) => n === 0)).toBe(true);
  });

  it('counts and lists the office as it stands', async () => {
    const lawyerToken = await logInAs(app, 'lawyer', 'yael');
    const lawyerId = expectOk(await app.call(owner, 'staff.list', {})).find((s) => s.username === 'yael')!.id;
    const ownerId = expectOk(await app.call(owner, 'auth.me', {})).staff.id;

    const a = await client('10000001', 'אורית');
    const b = await client('10000002', 'בתיה');
    const c = await client('10000003', 'גילה');
    const d = await client('10000004', 'דינה');
    const e = await client('10000005', 'הדס');
    const gone = await client('10000006', 'ורד');
    expectOk(await app.call(owner, 'clients.delete', { id: gone, version: 1 }));

    const task = async (title: string, dueDate: string, assignedTo: number | null, clientId: number | null = a) =>
      expectOk(await app.call(owner, 'tasks.create', { kind: 'deadline', title, dueDate, assignedTo, clientId }));
    await task('ערר על החלטת ועדה', '2026-02-20', ownerId);
    await task('להגיש טופס בל/7801', '2026-03-03', lawyerId, b);
    await task('לבקש פרוטוקול', '2026-03-07', null, null);
    await task('שיחה עם המבוטחת', '2026-03-08', null);
    const finished = await task('משימה שהושלמה', '2026-02-10', ownerId);
    expectOk(await app.call(owner, 'tasks.complete', { id: finished.id, version: finished.version, done: true }));

    const claim = async (clientId: number) =>
      expectOk(await app.call(owner, 'claims.create', { clientId, benefit: 'general_disability' }));
    await claim(a);
    const ready = await claim(b);
    expectOk(await app.call(owner, 'claims.transition', { id: ready.id, version: ready.version, to: 'ready' }));
    const deleted = await claim(c);
    expectOk(await app.call(owner, 'claims.delete', { id: deleted.id, version: deleted.version }));

    const attorney = (clientId: number, fields: Record<string, string>) =>
      app
        .call(owner, 'representation.create', {
          clientId,
          scope: 'general',
          signedDate: '2025-01-01',
          ...fields,
        } as never)
        .then(expectOk);
    const waiver = (clientId: number, fields: Record<string, string> = {}) =>
      app
        .call(owner, 'consents.create', { clientId, kind: 'medical_waiver', signedDate: '2025-01-01', ...fields })
        .then(expectOk);
    await attorney(a, { status: 'active', activeFrom: '2025-01-02' });
    await waiver(a);
    await attorney(b, { status: 'revoked', revokedDate: '2025-06-01' });
    await waiver(b, { expiryDate: '2026-01-01' });
    await attorney(c, { status: 'ended', endedDate: '2025-06-01' });
    await waiver(c, { revokedDate: '2025-07-01' });
    await attorney(e, { status: 'pending' });
    await waiver(e, { expiryDate: '2027-01-01' });

    const summary = expectOk(await app.call(lawyerToken, 'dashboard.summary', {}));
    expect(summary.clients).toBe(5);
    expect(summary.deadlines.overdue).toBe(1);
    expect(summary.deadlines.dueSoon).toBe(2);
    expect(summary.deadlines.overdueList.map((t) => [t.title, t.dueDate, t.clientName, t.assignee])).toEqual([
      ['ערר על החלטת ועדה', '2026-02-20', 'לוי אורית', 'דנה כהן'],
    ]);
    expect(summary.deadlines.dueSoonList.map((t) => t.title)).toEqual(['להגיש טופס בל/7801', 'לבקש פרוטוקול']);
    expect(summary.tasksByStaff).toEqual([
      { staffId: null, name: null, open: 2, overdue: 0 },
      { staffId: ownerId, name: 'דנה כהן', open: 1, overdue: 1 },
      { staffId: lawyerId, name: 'צוות lawyer', open: 1, overdue: 0 },
    ]);
    expect(summary.claimsByStatus).toMatchObject({ draft: 1, ready: 1, filed: 0, closed: 0 });
    expect(summary.consents.attorney).toEqual({ missing: 2, ended: 1, revoked: 1 });
    expect(summary.consents.waiver).toEqual({ missing: 1, expired: 1, revoked: 1 });
    expect(summary.consents.total).toBe(4);
    expect(summary.consents.clients.map((g) => [g.clientId, g.attorney, g.waiver])).toEqual([
      [e, 'missing', null],
      [d, 'missing', 'missing'],
      [c, 'ended', 'revoked'],
      [b, 'revoked', 'expired'],
    ]);
  });

  it('shows the latest scan and, per benefit, the clients with a right not claimed yet', async () => {
    const run = expectOk(await app.call(owner, 'scan.start', {}));
    while (expectOk(await app.call(owner, 'scan.status', { runId: run.id }))!.status === 'running') await turn();
    const findings = expectOk(
      await app.call(owner, 'scan.findings', { runId: run.id, unclaimedOnly: true, limit: 200 }),
    ).rows;
    expect(findings.length).toBeGreaterThan(0);
    const expected = new Map<string, { eligible: Set<number>; maybe: Set<number> }>();
    for (const f of findings) {
      const entry = expected.get(f.calculator) ?? { eligible: new Set(), maybe: new Set() };
      entry[f.verdict].add(f.clientId);
      expected.set(f.calculator, entry);
    }
    const summary = expectOk(await app.call(owner, 'dashboard.summary', {}));
    expect(summary.scan.run).toMatchObject({ id: run.id, status: 'done', processed: 5 });
    expect(Object.fromEntries(summary.scan.unclaimed.map((u) => [u.calculator, [u.eligible, u.maybe]]))).toEqual(
      Object.fromEntries([...expected].map(([calculator, e]) => [calculator, [e.eligible.size, e.maybe.size]])),
    );
  });

  it("takes a client's paper in force over older ones, and counts what the client list's filters find", async () => {
    const f = await client('10000007', 'זהבה');
    const attorney = (fields: Record<string, string>) =>
      app
        .call(owner, 'representation.create', {
          clientId: f,
          scope: 'general',
          signedDate: '2024-01-01',
          ...fields,
        } as never)
        .then(expectOk);
    const waiver = (fields: Record<string, string>) =>
      app.call(owner, 'consents.create', { clientId: f, kind: 'medical_waiver', ...fields }).then(expectOk);
    await attorney({ status: 'revoked', revokedDate: '2024-06-01' });
    await attorney({ status: 'active', activeFrom: '2025-01-01' }); // in force: the old revocation no longer counts
    await waiver({ signedDate: '2024-01-01', expiryDate: '2025-12-01' });
    await waiver({ signedDate: '2025-01-01', revokedDate: '2026-02-01' }); // revoked wins over expired

    const { consents } = expectOk(await app.call(owner, 'dashboard.summary', {}));
    expect(consents.attorney).toEqual({ missing: 2, ended: 1, revoked: 1 });
    expect(consents.waiver).toEqual({ missing: 1, expired: 1, revoked: 2 });
    expect(consents.total).toBe(5);
    expect(consents.clients.map((g) => [g.clientId, g.attorney, g.waiver])[0]).toEqual([f, null, 'revoked']);

    const listed = async (consentProblem: InputOf<'clients.list'>['consentProblem']) =>
      expectOk(await app.call(owner, 'clients.list', { consentProblem, limit: 50 })).total;
    expect([await listed('poa_missing'), await listed('poa_expired'), await listed('poa_revoked')]).toEqual([2, 1, 1]);
    expect([await listed('waiver_missing'), await listed('waiver_expired'), await listed('waiver_revoked')]).toEqual([
      1, 1, 2,
    ]);
  });
});
