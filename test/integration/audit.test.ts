// The audit trail: who did what and when, readable by owners and lawyers only, and a keyed chain
// that exposes a changed, deleted, unsealed or cut-off row — through the API and through the CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAudit, auditChainHead, verifyAuditChain } from '../../db/repositories/audit';
import { Database, drizzleOf } from '../../db/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestOffice, OWNER, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';
import { testKeys } from '../support/temp';
import { signedIn } from '../support/signed-in';
import { openKeyed } from '../support/keyed';

let app: TestApp;
let token: string;

beforeEach(async () => {
  ({ app, token } = await openTestOffice());
  for (const n of ['10000001', '10000002', '10000003']) {
    expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId(n),
        firstNameHe: 'רות',
        lastNameHe: 'לב',
        birthDate: '1980-02-02',
        sex: 'female',
      }),
    );
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
    const target = app.store.sqlite
      .prepare("select id from audit_log where entity = 'insured_person' order by id limit 1 offset 1")
      .pluck()
      .get() as number;
    app.store.sqlite.prepare('update audit_log set staff_id = null where id = ?').run(target);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: target,
      reason: 'changed',
    });
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
    const target = app.store.sqlite
      .prepare("select id from audit_log where entity = 'insured_person' order by id limit 1")
      .pluck()
      .get() as number;
    app.store.sqlite.prepare(`update audit_log set ${column} = ${value} where id = ?`).run(target);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: target,
      reason: 'changed',
    });
  });

  it('finds a deleted row', async () => {
    const target = app.store.sqlite
      .prepare("select id from audit_log where entity = 'insured_person' order by id limit 1")
      .pluck()
      .get() as number;
    app.store.sqlite.prepare('delete from audit_log where id = ?').run(target);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: target + 1,
      reason: 'missing_before',
    });
  });

  it('lists who did what, newest first, for one record', async () => {
    const records = expectOk(await app.call(token, 'audit.list', { entity: 'insured_person', limit: 2 }));
    expect(records).toHaveLength(2);
    expect(records[0]!.id).toBeGreaterThan(records[1]!.id);
    expect(records[0]).toMatchObject({ action: 'create', staffName: 'דנה כהן', entity: 'insured_person' });
  });

  it('does not show the audit log to staff', async () => {
    const staffToken = await logInAs(app, 'staff');
    expect(await app.call(staffToken, 'audit.list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'אין לך הרשאה לבצע פעולה זו' },
    });
    expect((await app.call(staffToken, 'audit.verify', {})).ok).toBe(false);
  });

  it('the CLI verify command exits 0 on an intact chain and 2 on a tampered one', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
    app.close();
    const run = () =>
      spawnSync(
        process.execPath,
        [`${process.env.MITZUI_DIST ?? 'dist'}/main/cli.mjs`, 'verify-audit', '--data-dir', app.dataDir],
        { cwd: root, encoding: 'utf8', env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir } },
      );
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
    raw.exec(
      'delete from audit_log where id = 3; update audit_log set id = id - 1, prev_hash = null, hash = null where id > 3',
    );
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = fs.readFileSync(app.store.file);
    const run = spawnSync(
      process.execPath,
      [`${process.env.MITZUI_DIST ?? 'dist'}/main/cli.mjs`, 'verify-audit', '--data-dir', app.dataDir],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir },
      },
    );
    expect(run.stdout).toContain('audit chain BROKEN at row 3 (unsealed)');
    expect(run.status).toBe(2);
    expect(fs.readFileSync(app.store.file).equals(before)).toBe(true);
  });
});

describe('the chain is keyed, and its key lives outside the data folder', () => {
  it('a doctored chain stays broken after the app reopens the store', async () => {
    app.store.sqlite.exec(
      'delete from audit_log where id = 3; update audit_log set id = id - 1, prev_hash = null, hash = null where id > 3',
    );
    const reopened = await app.restart();
    const again = signedIn(await reopened.call(null, 'auth.login', OWNER)).token;
    expect(expectOk(await reopened.call(again, 'audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'unsealed',
    });
    app = reopened;
  });

  it('rows re-chained with plain SHA-256 (all that file access allows) do not verify', async () => {
    const rows = app.store.sqlite
      .prepare('select id, at, office_id, staff_id, action, entity, entity_id, details from audit_log order by id')
      .raw()
      .all() as unknown[][];
    let prev = '0'.repeat(64);
    const update = app.store.sqlite.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?');
    for (const row of rows) {
      const changed = row[0] === 2 ? [...row.slice(0, 4), 'nothing', ...row.slice(5)] : row;
      const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify(changed)).digest('hex');
      app.store.sqlite.prepare('update audit_log set action = ? where id = ?').run(changed[4], row[0]);
      update.run(prev, hash, row[0]);
      prev = hash;
    }
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: 1,
      reason: 'changed',
    });
  });

  it('rows cut off the end are found against a recorded head', async () => {
    const head = auditChainHead(app.store.db);
    expect(verifyAuditChain(app.store.db, [head])).toMatchObject({ ok: true });
    app.store.sqlite.prepare('delete from audit_log where id >= ?').run(head.id - 1);
    expect(verifyAuditChain(app.store.db)).toMatchObject({ ok: true });
    expect(verifyAuditChain(app.store.db, [head])).toMatchObject({
      ok: false,
      reason: 'truncated',
      brokenAt: head.id - 1,
    });
  });

  it('the newest rows deleted after a backup are reported, through the API', async () => {
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
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      reason: 'truncated',
      brokenAt: last,
    });
    // The app's own later rows do not paper over the cut.
    expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId('10000004'),
        firstNameHe: 'רות',
        lastNameHe: 'לב',
        birthDate: '1980-02-02',
        sex: 'female',
      }),
    );
    const root = fileURLToPath(new URL('../..', import.meta.url));
    execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
    app.close();
    const run = spawnSync(
      process.execPath,
      [`${process.env.MITZUI_DIST ?? 'dist'}/main/cli.mjs`, 'verify-audit', '--data-dir', app.dataDir],
      { cwd: root, encoding: 'utf8', env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir } },
    );
    expect(run.stdout).toContain(`audit chain BROKEN at row ${last} (truncated)`);
    expect(run.status).toBe(2);
  });

  it('a rolled-back write records no head: the chain verifies after it', async () => {
    const before = auditChainHead(app.store.db);
    expect(() =>
      app.store.db.transaction(() => {
        appendAudit(app.store.db, {
          at: new Date().toISOString(),
          officeId: 1,
          staffId: null,
          action: 'test',
          entity: 'database',
        });
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    await new Promise((resolve) => setImmediate(resolve));
    expect(auditChainHead(app.store.db)).toEqual(before);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
  });

  it('no file in the data folder holds the key; a lost key makes the older rows unverifiable, not intact', async () => {
    const keyFiles = fs.readdirSync(testKeys.dir).filter((name) => name.endsWith('.audit-key'));
    const mine = keyFiles.find((name) =>
      fs.readFileSync(path.join(testKeys.dir, name), 'utf8').includes(JSON.stringify(fs.realpathSync(app.dataDir))),
    );
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
    expect(expectOk(await reopened.call(again, 'audit.verify', {}))).toMatchObject({
      ok: false,
      reason: 'unverifiable',
      verifiableFrom: rows + 2,
    });
  });
});

/** This test store's audit key, read from its key file as an outside checker holding it would. */
function keyOfStore(): Buffer {
  const realDir = JSON.stringify(fs.realpathSync(app.dataDir));
  const file = fs
    .readdirSync(testKeys.dir)
    .find(
      (name) => name.endsWith('.audit-key') && fs.readFileSync(path.join(testKeys.dir, name), 'utf8').includes(realDir),
    );
  return Buffer.from(
    (JSON.parse(fs.readFileSync(path.join(testKeys.dir, file!), 'utf8')) as { key: string }).key,
    'base64',
  );
}

type Row = [number, string, number | null, number | null, string, string, number | null, string | null];
const chainRows = () =>
  app.store.sqlite
    .prepare('select id, at, office_id, staff_id, action, entity, entity_id, details from audit_log order by id')
    .raw()
    .all() as Row[];
const GENESIS = '0'.repeat(64);

/** Seals the rows again as given: plain SHA-256 before `keyedFrom`, the office key from it on. */
function reseal(key: Buffer, keyedFrom: number): void {
  let prev = GENESIS;
  const update = app.store.sqlite.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?');
  for (const row of chainRows()) {
    const hash = (row[0] < keyedFrom ? createHash('sha256') : createHmac('sha256', key))
      .update(prev)
      .update('\n')
      .update(JSON.stringify(row))
      .digest('hex');
    update.run(prev, hash, row[0]);
    prev = hash;
  }
}

describe('the seal, as an outside checker with the key recomputes it', () => {
  it('is HMAC-SHA256 over the previous seal, a newline and the row as JSON, from a seal of 64 zeros', () => {
    const key = keyOfStore();
    // A row without details holds none (SQL NULL, JSON null in the sealed row), not the text "null".
    appendAudit(app.store.db, {
      at: '2026-01-01T00:00:00.000Z',
      officeId: null,
      staffId: null,
      action: 'test',
      entity: 'database',
      details: null,
    });
    expect(chainRows().at(-1)![7]).toBeNull();
    const stored = app.store.sqlite.prepare('select id, prev_hash, hash from audit_log order by id').raw().all() as [
      number,
      string,
      string,
    ][];
    let prev = GENESIS;
    for (const [i, row] of chainRows().entries()) {
      const hash = createHmac('sha256', key).update(prev).update('\n').update(JSON.stringify(row)).digest('hex');
      expect(stored[i]).toEqual([row[0], prev, hash]);
      prev = hash;
    }
    expect(verifyAuditChain(app.store.db)).toEqual({ ok: true, rows: stored.length, headHash: prev });
    expect(auditChainHead(app.store.db)).toEqual({ id: stored.length, hash: prev });
  });

  it('finds a row whose link to the one before was changed, its seal left as it was', async () => {
    app.store.sqlite.prepare('update audit_log set prev_hash = ? where id = 4').run('f'.repeat(64));
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: 4,
      reason: 'missing_before',
    });
  });

  it('finds a change to the first row', async () => {
    app.store.sqlite.prepare("update audit_log set action = 'nothing' where id = 1").run();
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      brokenAt: 1,
      reason: 'changed',
    });
  });

  it('refuses to write a row to a store not opened with its key', () => {
    const bare = drizzleOf(new Database(':memory:'));
    try {
      expect(() =>
        appendAudit(bare, {
          at: '2026-01-01T00:00:00.000Z',
          officeId: null,
          staffId: null,
          action: 'test',
          entity: 'database',
        }),
      ).toThrow('The audit log has no key: the store was not opened through openDatabase');
    } finally {
      bare.$client.close();
    }
  });
});

describe('rows sealed before the key', () => {
  it('verifies rows an older build chained with plain SHA-256 when the key says so, and finds a change among them', () => {
    const key = keyOfStore();
    reseal(key, 4);
    const rows = chainRows().length;
    expect(verifyAuditChain(app.store.db, [], { key, since: 4, legacyBefore: true })).toMatchObject({ ok: true, rows });
    // Without that word from the key file, they are rows no one can check.
    expect(verifyAuditChain(app.store.db, [], { key, since: 4, legacyBefore: false })).toEqual({
      ok: false,
      rows,
      brokenAt: 1,
      reason: 'unverifiable',
      verifiableFrom: 4,
    });
    app.store.sqlite.prepare("update audit_log set action = 'nothing' where id = 2").run();
    expect(verifyAuditChain(app.store.db, [], { key, since: 4, legacyBefore: true })).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'changed',
    });
  });

  it("checks the key's first row and every row after it, though it cannot check those before", () => {
    const key = keyOfStore();
    const rows = chainRows().length;
    const from3 = { key, since: 3, legacyBefore: false };
    expect(verifyAuditChain(app.store.db, [], from3)).toEqual({
      ok: false,
      rows,
      brokenAt: 1,
      reason: 'unverifiable',
      verifiableFrom: 3,
    });
    app.store.sqlite.prepare("update audit_log set action = 'nothing' where id = 2").run();
    expect(verifyAuditChain(app.store.db, [], from3)).toMatchObject({ reason: 'unverifiable' });
    app.store.sqlite.prepare("update audit_log set action = 'nothing' where id = 3").run();
    expect(verifyAuditChain(app.store.db, [], from3)).toMatchObject({ ok: false, brokenAt: 3, reason: 'changed' });
  });

  it('finds a row deleted among those before the key, whose seals it cannot check', () => {
    const key = keyOfStore();
    app.store.sqlite.prepare('delete from audit_log where id = 1').run();
    expect(verifyAuditChain(app.store.db, [], { key, since: 3, legacyBefore: false })).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'missing_before',
    });
  });

  it("calls a log that ends before the key's first row cut off, and one that ends just before it unverifiable", () => {
    const key = keyOfStore();
    const rows = chainRows().length;
    expect(verifyAuditChain(app.store.db, [], { key, since: rows + 2, legacyBefore: false })).toEqual({
      ok: false,
      rows,
      brokenAt: rows + 1,
      reason: 'truncated',
    });
    expect(verifyAuditChain(app.store.db, [], { key, since: rows + 1, legacyBefore: false })).toMatchObject({
      ok: false,
      reason: 'unverifiable',
      verifiableFrom: rows + 1,
    });
  });
});

describe('the audit list', () => {
  it("shows one record's rows with their details, and pages back from a row", async () => {
    const clientId = expectOk(await app.call(token, 'clients.list', { limit: 10 })).rows[0]!.id;
    const client = expectOk(await app.call(token, 'clients.get', { id: clientId }));
    expectOk(await app.call(token, 'clients.update', { ...client, firstNameHe: 'רותי' }));
    const records = expectOk(
      await app.call(token, 'audit.list', { entity: 'insured_person', entityId: clientId, limit: 10 }),
    );
    expect(records.map((r) => [r.action, r.entityId])).toEqual([
      ['update', clientId],
      ['create', clientId],
    ]);
    // What changed, not only that something did (`expect.any(Object)` would take null too).
    expect(records[0]!.details).toEqual({ fields: ['firstNameHe'], fromVersion: client.version });
    const all = expectOk(await app.call(token, 'audit.list', { entity: 'insured_person', limit: 10 }));
    expect(all).toHaveLength(4);
    expect(
      expectOk(await app.call(token, 'audit.list', { entity: 'insured_person', limit: 10, beforeId: all[1]!.id })),
    ).toEqual(all.slice(2));
  });
});
