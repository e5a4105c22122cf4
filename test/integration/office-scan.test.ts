// The whole-office rights scan on a real demo office: it runs on its worker thread (the bundle the
// app runs) in chunks (progress moves while the app keeps answering), finds for each client exactly what scanClient finds for that
// client's file, keeps what it found when cancelled, runs once per office, obeys the role rules, and is dropped, writing nothing, when a new data key swaps the store under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanFinding, ScanRun } from '../../shared/api/procedures/scan';
import { BENEFIT_OF, isScannedCalculator } from '../../shared/rules/scanned';
import { expectOk, openTestApp, type TestApp } from '../support/app';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { signedIn } from '../support/signed-in';

const CLIENTS = 150;
let app: TestApp;
let owner: string;
let clerk: string;

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function status(runId?: number): Promise<ScanRun> {
  return expectOk(await app.call(owner, 'scan.status', { runId }))!;
}

/** Gives the event loop turns (the worker's messages among them) until `done` says the run is there; returns each progress seen. */
async function until(runId: number, done: (run: ScanRun) => boolean): Promise<{ run: ScanRun; seen: number[] }> {
  const seen: number[] = [];
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    const run = await status(runId);
    seen.push(run.processed);
    if (done(run)) return { run, seen };
    await turn();
  }
  throw new Error('the scan did not get there');
}

const untilFinished = (runId: number) => until(runId, (run) => run.status !== 'running');
const untilStarted = (runId: number) => until(runId, (run) => run.processed > 0);

async function allFindings(runId: number): Promise<ScanFinding[]> {
  const rows: ScanFinding[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = expectOk(
      await app.call(owner, 'scan.findings', { runId, sort: 'client', direction: 'asc', offset, limit: 200 }),
    );
    rows.push(...page.rows);
    if (rows.length >= page.total) return rows;
  }
}

const key = (f: {
  clientId: number;
  calculator: string;
  verdict: string;
  amount: string | null;
  claimed: boolean;
  missing: string[];
}) => JSON.stringify([f.clientId, f.calculator, f.verdict, f.amount, f.claimed, [...f.missing].sort()]);

beforeAll(async () => {
  app = await openTestApp(30, (dir) => fillWithDemoOffice(dir, CLIENTS, 7));
  app.clock.now = new Date('2026-11-02T08:00:00Z');
  owner = signedIn(await app.call(null, 'auth.login', DEMO_LOGIN)).token;
  clerk = signedIn(
    await app.call(null, 'auth.login', { username: `${DEMO_LOGIN.username}.clerk1`, password: DEMO_LOGIN.password }),
  ).token;
});

afterAll(() => app?.dispose());

describe('whole-office rights scan', () => {
  it('has nothing to show before the first scan', async () => {
    expect(expectOk(await app.call(owner, 'scan.status', {}))).toBeNull();
    expect(expectOk(await app.call(owner, 'scan.findings', {}))).toEqual({ run: null, rows: [], total: 0 });
  });

  let done: ScanRun;

  it('runs in the background, its progress moving chunk by chunk to every client', async () => {
    const started = expectOk(await app.call(owner, 'scan.start', {}));
    expect(started).toMatchObject({ status: 'running', processed: 0, total: CLIENTS, scanDate: '2026-11-02' });
    // The app answers while the scan runs: a search between two turns.
    expect(expectOk(await app.call(owner, 'office.get', {})).name).toBeTruthy();
    const { run, seen } = await untilFinished(started.id);
    done = run;
    expect(run).toMatchObject({ status: 'done', processed: CLIENTS, total: CLIENTS });
    expect(run.finishedAt).not.toBeNull();
    const steps = [...new Set(seen)];
    expect(steps.length).toBeGreaterThan(2); // several chunks, each reported
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(run.eligible + run.maybe).toBeGreaterThan(0);
  });

  it('finds for each client exactly what scanClient finds in that client file', async () => {
    const findings = await allFindings(done.id);
    expect(findings.length).toBe(done.eligible + done.maybe);
    const expected: string[] = [];
    const clients = expectOk(await app.call(owner, 'clients.search', { query: '', limit: 500 }));
    expect(clients.total).toBe(CLIENTS);
    for (const client of clients.rows) {
      const scan = expectOk(await app.call(owner, 'rights.scan', { clientId: client.id, date: done.scanDate }));
      const file = expectOk(await app.call(owner, 'clients.file', { id: client.id }));
      const benefits = new Set(file.claims.map((c) => c.benefit as string));
      for (const right of scan.rights.filter((r) => r.verdict !== 'no')) {
        expected.push(
          key({
            clientId: client.id,
            calculator: right.calculator,
            verdict: right.verdict,
            // A "maybe" is kept with what it is worth at best, which ranks the open questions.
            amount: right.verdict === 'maybe' && right.worth !== null ? right.worth : (right.result?.amount ?? null),
            claimed: isScannedCalculator(right.calculator) && benefits.has(BENEFIT_OF[right.calculator]),
            missing: right.missing,
          }),
        );
      }
    }
    expect(findings.map(key).sort()).toEqual(expected.sort());
    // A right the client already claimed is marked so; at least one of each kind in a demo office.
    expect(findings.some((f) => f.claimed)).toBe(true);
    expect(findings.some((f) => !f.claimed)).toBe(true);
  });

  it('pages, sorts and filters the findings', async () => {
    const byAmount = expectOk(
      await app.call(owner, 'scan.findings', { sort: 'amount', direction: 'desc', limit: 200 }),
    );
    const amounts = byAmount.rows
      .map((r) => r.amount)
      .filter((a): a is string => a !== null)
      .map(Number);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const eligibleUnclaimed = expectOk(
      await app.call(owner, 'scan.findings', { verdict: 'eligible', unclaimedOnly: true, limit: 200 }),
    );
    expect(eligibleUnclaimed.rows.every((r) => r.verdict === 'eligible' && !r.claimed)).toBe(true);
    const page2 = expectOk(
      await app.call(owner, 'scan.findings', { sort: 'client', direction: 'asc', offset: 5, limit: 5 }),
    );
    const first10 = expectOk(
      await app.call(owner, 'scan.findings', { sort: 'client', direction: 'asc', offset: 0, limit: 10 }),
    );
    expect(page2.rows.map((r) => r.id)).toEqual(first10.rows.slice(5).map((r) => r.id));
    const names = first10.rows.map((r) => r.clientName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'he')));
  });

  it('cancels: the run stops where it was and keeps what it found so far', async () => {
    const run = expectOk(await app.call(owner, 'scan.start', {}));
    expect(run.id).not.toBe(done.id);
    // Only one scan runs per office: starting again answers with the running one.
    expect(expectOk(await app.call(owner, 'scan.start', {})).id).toBe(run.id);
    await untilStarted(run.id);
    const cancelled = expectOk(await app.call(owner, 'scan.cancel', { runId: run.id }));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.processed).toBeGreaterThan(0);
    expect(cancelled.processed).toBeLessThan(CLIENTS);
    for (let i = 0; i < 5; i++) await turn();
    const after = await status(run.id);
    expect(after.processed).toBe(cancelled.processed);
    const kept = await allFindings(run.id);
    expect(kept.length).toBeGreaterThan(0);
    // What it kept is what the full scan found for the same clients.
    const scannedIds = new Set(kept.map((f) => f.clientId));
    const full = (await allFindings(done.id)).filter((f) => scannedIds.has(f.clientId));
    expect(kept.map(key).sort()).toEqual(full.map(key).sort());
  });

  it('lets every role see the results, but only lawyers and owners start or cancel a scan', async () => {
    expect(expectOk(await app.call(clerk, 'scan.status', {}))?.status).toBe('cancelled');
    expect(expectOk(await app.call(clerk, 'scan.findings', { runId: done.id, limit: 1 })).total).toBeGreaterThan(0);
    const refused = await app.call(clerk, 'scan.start', {});
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  });

  it('drops a scan whose store was rekeyed under it, writing nothing to the store it left', async () => {
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('unhandledRejection', onError);
    try {
      // The workers open the file after the swap, with the key it no longer has: each of them fails.
      const run = expectOk(await app.call(owner, 'scan.start', {}));
      expectOk(await app.call(owner, 'security.rotateDataKey', {}));
      for (const started = Date.now(); Date.now() - started < 3_000;) await new Promise((r) => setTimeout(r, 50));
      expect(errors).toEqual([]);
      // The rekeyed store answers, and a new scan runs to the end on it.
      const again = expectOk(await app.call(owner, 'scan.start', {}));
      expect(again.id).toBeGreaterThanOrEqual(run.id);
      expect((await untilFinished(again.id)).run.status).toBe('done');
    } finally {
      process.off('unhandledRejection', onError);
    }
  });

  it('marks a run cut off by a restart as failed, keeping its findings', async () => {
    const run = expectOk(await app.call(owner, 'scan.start', {}));
    await untilStarted(run.id);
    app = await app.restart();
    owner = signedIn(await app.call(null, 'auth.login', DEMO_LOGIN)).token;
    const after = await status(run.id);
    expect(after.status).toBe('failed');
    expect(after.processed).toBeGreaterThan(0);
    const again = expectOk(await app.call(owner, 'scan.start', {}));
    expect(again.id).toBeGreaterThan(run.id);
    expect((await untilFinished(again.id)).run.status).toBe('done');
  });
});
