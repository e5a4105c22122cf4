// The audit trail: who did what and when, readable by owners and lawyers only, and a hash chain
// that exposes a changed or deleted row — through the API and through the CLI.
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;

beforeEach(async () => {
  app = await openTestApp();
  token = await setUpAndLogIn(app);
  for (const n of ['10000001', '10000002', '10000003']) {
    expectOk(await app.call(token, 'clients.create', { idNumber: validId(n), firstNameHe: 'רות', lastNameHe: 'לב', birthDate: '1980-02-02', sex: 'female' }));
  }
});
afterEach(() => app.dispose());

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    const verdict = expectOk(await app.call(token, 'audit.verify', {}));
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.rows).toBeGreaterThanOrEqual(6); // office, owner, login, three clients
  });

  it('finds a row changed behind the app’s back', async () => {
    const target = app.store.sqlite.prepare("select id from audit_log where entity = 'insured_person' order by id limit 1 offset 1").pluck().get() as number;
    app.store.sqlite.prepare('update audit_log set staff_id = null where id = ?').run(target);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: false, brokenAt: target, reason: 'changed' });
  });

  it('finds a deleted row', async () => {
    const target = app.store.sqlite.prepare("select id from audit_log where entity = 'insured_person' order by id limit 1").pluck().get() as number;
    app.store.sqlite.prepare('delete from audit_log where id = ?').run(target);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: false, brokenAt: target + 1, reason: 'missing_before' });
  });

  it('lists who did what, newest first, for one record', async () => {
    const records = expectOk(await app.call(token, 'audit.list', { entity: 'insured_person', limit: 2 }));
    expect(records).toHaveLength(2);
    expect(records[0]!.id).toBeGreaterThan(records[1]!.id);
    expect(records[0]).toMatchObject({ action: 'create', staffName: 'דנה כהן', entity: 'insured_person' });
  });

  it('does not show the audit log to staff', async () => {
    const staffToken = await logInAs(app, 'staff');
    expect(await app.call(staffToken, 'audit.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'אין לך הרשאה לבצע פעולה זו' } });
    expect((await app.call(staffToken, 'audit.verify', {})).ok).toBe(false);
  });

  it('the CLI verify command exits 0 on an intact chain and 2 on a tampered one', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
    app.close();
    const run = () => spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/cli.mjs`, 'verify-audit', '--data-dir', app.dataDir], { cwd: root, encoding: 'utf8' });
    const intact = run();
    expect(intact.stdout).toMatch(/audit chain intact: \d+ rows/);
    expect(intact.status).toBe(0);
    const raw = new Database(app.store.file);
    raw.exec("update audit_log set action = 'nothing' where id = 3");
    raw.close();
    const broken = run();
    expect(broken.stdout).toContain('audit chain BROKEN at row 3 (changed)');
    expect(broken.status).toBe(2);
  });
});
