// The audit chain's recorded heads — in each backup's manifest and in the key folder after each
// commit — against which rows cut off the end of the log show: where they come from, how the key
// folder's record is written and read, and when it is written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { auditHeadFile, forgetAuditHead, readAuditHead, writeAuditHead } from '../../db/audit-head-file';
import { recordedHeads } from '../../db/audit-heads';
import { readManifest } from '../../db/backup-manifest';
import { appendAudit, auditChainHead, headFileOf, verifyAuditChain } from '../../db/repositories/audit';
import { eachTestInNewOffice, expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { testKeys } from '../support/temp';

let app: TestApp;
let token: string;
eachTestInNewOffice((opened, signedIn) => {
  app = opened;
  token = signedIn;
});

const GENESIS = '0'.repeat(64);
const ruth = { firstNameHe: 'רות', lastNameHe: 'לב', birthDate: '1980-02-02', sex: 'female' as const };
const newClient = (first8: string) => app.call(token, 'clients.create', { idNumber: validId(first8), ...ruth });

describe('the recorded heads', () => {
  it('takes the head of an empty log as held, and the live head as held', () => {
    const head = auditChainHead(app.store.db);
    expect(verifyAuditChain(app.store.db, [{ id: 0, hash: GENESIS }, head])).toMatchObject({
      ok: true,
      headHash: head.hash,
    });
  });

  it('records the head after each commit that added rows, in the key folder', async () => {
    expectOk(await newClient('10000005'));
    await new Promise((resolve) => setImmediate(resolve));
    const file = headFileOf(app.store.db)!;
    expect(path.dirname(file)).toBe(testKeys.dir);
    expect(readAuditHead(file)).toEqual(auditChainHead(app.store.db));
  });

  it('the newest row deleted stays reported after the app writes new rows', async () => {
    const last = app.store.sqlite.prepare('select max(id) from audit_log').pluck().get() as number;
    app.store.sqlite.prepare('delete from audit_log where id = ?').run(last);
    expectOk(await newClient('10000004'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({
      ok: false,
      reason: 'truncated',
      brokenAt: last,
    });
  });
});

const tick = () => new Promise((resolve) => setImmediate(resolve));
const testRow = { officeId: 1, staffId: null, action: 'test', entity: 'database' };

describe('where the recorded heads come from', () => {
  it("takes each backup's head until a restore or a move-in at or after it, never a safety copy's", async () => {
    const created = expectOk(await app.call(token, 'backup.create', {}));
    const head = readManifest(created.file)?.auditHead;
    expect(head?.id).toBeGreaterThan(0);
    expect(recordedHeads(app.store.db, [created], undefined)).toEqual([head]);
    expect(recordedHeads(app.store.db, [{ ...created, kind: 'before-restore' }], undefined)).toEqual([]);
    // A backup without its manifest records no head.
    const bare = { ...created, file: path.join(path.dirname(created.file), 'no-manifest.sqlite') };
    expect(recordedHeads(app.store.db, [bare], undefined)).toEqual([]);
    const hourBefore = new Date(Date.parse(created.createdAt) - 3_600_000).toISOString();
    appendAudit(app.store.db, { ...testRow, at: hourBefore, action: 'move_in' });
    expect(recordedHeads(app.store.db, [created], undefined)).toEqual([head]);
    appendAudit(app.store.db, { ...testRow, at: created.createdAt, action: 'restore' });
    expect(recordedHeads(app.store.db, [created], undefined)).toEqual([]);
  });

  it('adds the head recorded in the key folder, the file a restore forgets', async () => {
    await tick();
    const file = headFileOf(app.store.db)!;
    expect(file).toBe(auditHeadFile(testKeys, app.dataDir));
    expect(recordedHeads(app.store.db, [], file)).toEqual([auditChainHead(app.store.db)]);
    expect(recordedHeads(app.store.db, [], undefined)).toEqual([]);
    forgetAuditHead(testKeys, app.dataDir);
    expect(fs.existsSync(file)).toBe(false);
    expect(() => forgetAuditHead(testKeys, app.dataDir)).not.toThrow();
    expect(recordedHeads(app.store.db, [], file)).toEqual([]);
  });

  it('writes the record for its owner only, leaves no temporary file, and reports a damaged one', async () => {
    await tick();
    const file = headFileOf(app.store.db)!;
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const base = path.basename(file);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith(`${base}.`))).toEqual([]);
    const recorded = readAuditHead(file)!;
    for (const damaged of [
      'not json',
      JSON.stringify({ ...recorded, hash: recorded.hash.slice(1) }),
      JSON.stringify({ ...recorded, hash: `${recorded.hash}0` }),
      JSON.stringify({ ...recorded, hash: `x${recorded.hash.slice(1)}` }),
      JSON.stringify({ ...recorded, id: -1 }),
      JSON.stringify({ ...recorded, id: 1.5 }),
    ]) {
      fs.writeFileSync(file, damaged);
      expect(() => readAuditHead(file)).toThrow();
    }
    fs.writeFileSync(file, JSON.stringify({ id: 0, hash: GENESIS }));
    expect(readAuditHead(file)).toEqual({ id: 0, hash: GENESIS });
    // A record that cannot be read is reported too; one that cannot be put in place leaves no temporary file.
    const blocked = `${file}.blocked`;
    fs.mkdirSync(path.join(blocked, 'inside'), { recursive: true });
    try {
      expect(() => readAuditHead(blocked)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
      expect(() => writeAuditHead(blocked, recorded)).toThrow();
      expect(fs.readdirSync(path.dirname(file)).filter((name) => name.startsWith(`${base}.blocked.`))).toEqual([]);
    } finally {
      fs.rmSync(blocked, { recursive: true });
    }
  });

  it('records the head only once the transaction that added the row has ended', async () => {
    await tick();
    const file = headFileOf(app.store.db)!;
    const before = readAuditHead(file);
    app.store.sqlite.exec('BEGIN');
    appendAudit(app.store.db, { ...testRow, at: app.clock.now.toISOString() });
    await tick();
    expect(readAuditHead(file)).toEqual(before);
    app.store.sqlite.exec('ROLLBACK');
    await tick();
    expect(readAuditHead(file)).toEqual(before);
    expect(expectOk(await app.call(token, 'audit.verify', {}))).toMatchObject({ ok: true });
  });

  it('a head that cannot be recorded leaves the row standing and is said on stderr; a closed store records none', async () => {
    await tick();
    const file = headFileOf(app.store.db)!;
    const errors: unknown[] = [];
    const stderr = vi.spyOn(console, 'error').mockImplementation((error: unknown) => void errors.push(error));
    try {
      appendAudit(app.store.db, { ...testRow, at: app.clock.now.toISOString() });
      await tick();
      expect(errors).toEqual([]);
      expect(readAuditHead(file)).toEqual(auditChainHead(app.store.db));
      fs.rmSync(file);
      fs.mkdirSync(file);
      appendAudit(app.store.db, { ...testRow, at: app.clock.now.toISOString() });
      await tick();
      expect(errors).toEqual([expect.objectContaining({ code: 'EISDIR' })]);
      expect(verifyAuditChain(app.store.db)).toMatchObject({ ok: true });
      fs.rmdirSync(file);
      errors.length = 0;
      appendAudit(app.store.db, { ...testRow, at: app.clock.now.toISOString() });
      app.store.sqlite.close();
      await tick();
      expect(errors).toEqual([]);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      stderr.mockRestore();
    }
  });
});
