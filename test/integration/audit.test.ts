// The audit trail: who did what and when, readable by owners and lawyers only, and a keyed chain
// that exposes a changed, deleted, unsealed or cut-off row — through the API and through the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAudit, auditChainHead, verifyAuditChain } from '../../db/repositories/audit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestApp, OWNER, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';
import { testKeys } from '../support/temp';
import { signedIn } from '../support/signed-in';
import { openKeyed } from '../support/keyed';

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

  // Every column the seal covers, the details included: a change to any one of them breaks it.
  it.each([
    ['at', "'2020-01-01T00:00:00.000Z'"],
    ['office_id', 'null'],
    ['staff_id', 'null'],
    ['action', "'nothing'"],
    ['entity', "'nothing'"],
    ['entity_id', '99'],
    ['details', `'{"changed":true}'`],
  ])('finds a row whose %s was changed', async (column, value) => {
    const target = app.store.sqlite.prepare("select id from audit_log where entity = 'insured_person' order by id limit 1").pluck().get() as number;
    app.store.sqlite.prepare(`update audit_log set ${column} = ${value} where id = ?`).run(target);
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
    const run = () => spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/cli.mjs`, 'verify-audit', '--data-dir', app.dataDir], { cwd: root, encoding: 'utf8', env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir } });
    const intact = run();
    expect(intact.stdout).toMatch(/audit chain intact: \d+ rows/);
    expect(intact.status).toBe(0);
    const raw = openKeyed(app.store.file);
    raw.exec("update audit_log set action = 'nothing' where id = 3");
    raw.close();
    const broken = run();
    expect(broken.stdout).toContain('audit chain BROKEN at row 3 (changed)');
    expect(broken.status).toBe(2);
  });

  it('the CLI reads the store without writing to it: a doctored chain stays broken, never re-sealed', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
    app.close();
    // The attack: delete a row, renumber the rest and clear their seals, hoping the next open seals them.
    const raw = openKeyed(app.store.file);
    raw.exec('delete from audit_log where id = 3; update audit_log set id = id - 1, prev_hash = null, hash = null where id > 3');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = fs.readFileSync(app.store.file);
    const run = spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/cli.mjs`, 'verify-audit', '--data-dir', app.dataDir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir },
    });
    expect(run.stdout).toContain('audit chain BROKEN at row 3 (unsealed)');
    expect(run.status).toBe(2);
    expect(fs.readFileSync(app.store.file).equals(before)).toBe(true);
  });
});

describe('the chain is keyed, and its key lives outside the data folder', () => {
  it('a doctored chain stays broken after the app reopens the store', async () => {
    app.store.sqlite.exec('delete from audit_log where id = 3; update audit_log set id = id - 1, prev_hash = null, hash = null where id > 3');
    const reopened = await app.restart();
    const again = signedIn(await reopened.call(null, 'auth.login', OWNER)).token;
    expect(expectOk(await reopened.call(again, 'audit.verify', {}))).toMatchObject({ ok: false, brokenAt: 3, reason: 'unsealed' });
    app = reopened;
  });

  it('rows re-chained with plain SHA-256 (all that file access allows) do not verify', async () => {
    const rows = app.store.sqlite.prepare('select id, at, office_id, staff_id, action, entity, entity_id, details from audit_log order by id').raw().all() as unknown[][];
    let prev = '0'.repeat(64);
    const update = app.store.sqlite.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?');
    for (const row of rows) {
      const changed = row[0] === 2 ? [...row.slice(0, 4), 'nothing', ...row.slice(5)] : row;
      const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify(changed)).digest('hex');
      app.store.sqlite.prepare('update audit_log set action = ? where id = ?').run(changed[4], row[0]);
      update.run(prev, hash, row[0]);
      prev = hash;
    }
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: false, brokenAt: 1, reason: 'changed' });
  });

  it('rows cut off the end are found against a recorded head', async () => {
    const head = auditChainHead(app.store.db);
    expect(verifyAuditChain(app.store.db, [head])).toMatchObject({ ok: true });
    app.store.sqlite.prepare('delete from audit_log where id >= ?').run(head.id - 1);
    expect(verifyAuditChain(app.store.db)).toMatchObject({ ok: true });
    expect(verifyAuditChain(app.store.db, [head])).toMatchObject({ ok: false, reason: 'truncated', brokenAt: head.id - 1 });
  });

  it('the newest rows deleted after a backup are reported, through the API and the CLI', async () => {
    expectOk(await app.call(token, 'backup.create', {}));
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
    const last = app.store.sqlite.prepare('select max(id) from audit_log').pluck().get() as number;
    // The backup recorded the head before its own row: cut that row and the one before it.
    app.store.sqlite.prepare('delete from audit_log where id >= ?').run(last - 2);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('the newest row deleted with no backup since is reported, through the API and the CLI (exit 2)', async () => {
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
    const last = app.store.sqlite.prepare('select max(id) from audit_log').pluck().get() as number;
    app.store.sqlite.prepare('delete from audit_log where id = ?').run(last);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: false, reason: 'truncated', brokenAt: last });
    // The app's own later rows do not paper over the cut.
    expectOk(await app.call(token, 'clients.create', { idNumber: validId('10000004'), firstNameHe: 'רות', lastNameHe: 'לב', birthDate: '1980-02-02', sex: 'female' }));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
    app.close();
    const run = spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/cli.mjs`, 'verify-audit', '--data-dir', app.dataDir], { cwd: root, encoding: 'utf8', env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir } });
    expect(run.stdout).toContain(`audit chain BROKEN at row ${last} (truncated)`);
    expect(run.status).toBe(2);
  });

  it('a rolled-back write records no head: the chain verifies after it', async () => {
    const before = auditChainHead(app.store.db);
    expect(() =>
      app.store.db.transaction(() => {
        appendAudit(app.store.db, { at: new Date().toISOString(), officeId: 1, staffId: null, action: 'test', entity: 'database' });
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    await new Promise((resolve) => setImmediate(resolve));
    expect(auditChainHead(app.store.db)).toEqual(before);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
  });

  it('no file in the data folder holds the key; a lost key makes the older rows unverifiable, not intact', async () => {
    const keyFiles = fs.readdirSync(testKeys.dir).filter((name) => name.endsWith('.audit-key'));
    const mine = keyFiles.find((name) => fs.readFileSync(path.join(testKeys.dir, name), 'utf8').includes(JSON.stringify(fs.realpathSync(app.dataDir))));
    expect(mine).toBeDefined();
    const key = (JSON.parse(fs.readFileSync(path.join(testKeys.dir, mine!), 'utf8')) as { key: string }).key;
    for (const name of fs.readdirSync(app.dataDir, { recursive: true }) as string[]) {
      const file = path.join(app.dataDir, name);
      if (fs.statSync(file).isFile()) expect(fs.readFileSync(file).includes(Buffer.from(key, 'base64'))).toBe(false);
    }
    if (process.platform !== 'win32') expect(fs.statSync(path.join(testKeys.dir, mine!)).mode & 0o777).toBe(0o600);

    const rows = (expectOk(await app.call(token, 'audit.verify', {})) as { rows: number }).rows;
    fs.rmSync(path.join(testKeys.dir, mine!));
    const reopened = await app.restart();
    app = reopened;
    const again = signedIn(await reopened.call(null, 'auth.login', OWNER)).token;
    expect(expectOk(await reopened.call(again, 'audit.verify', {}))).toMatchObject({ ok: false, reason: 'unverifiable', verifiableFrom: rows + 2 });
  });
});

