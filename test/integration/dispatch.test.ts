// The one entry point every transport calls, on a real app: an unknown procedure, a missing or expired
// session, input the contract's schema refuses, a service's own refusal, and what dispatch does after
// a call — a refusal audited with why and from where (and logged when the audit cannot take it), a
// write told to the change bus with who made it, a read or a failed write not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Published } from '../../main/services/changes';
import { eachTestInNewOffice, expectOk, OWNER, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { corruptTablePage } from '../support/corrupt';
import { logInAs } from '../support/staff';

let app: TestApp;
let owner: string;
eachTestInNewOffice((opened, signedIn) => {
  app = opened;
  owner = signedIn;
});

const ruth = { firstNameHe: 'רות', lastNameHe: 'לב', birthDate: '1980-02-02', sex: 'female' as const };
const newClient = (first8: string) => ({ idNumber: validId(first8), ...ruth });

describe('dispatch answers', () => {
  it('an unknown procedure with bad_request, whatever the session', async () => {
    const unknown = { ok: false, error: { code: 'bad_request', message: 'הפעולה המבוקשת אינה קיימת' } };
    expect(await app.dispatch(null, 'clients.nothing', {})).toEqual(unknown);
    expect(await app.dispatch(app.sessions.resolve(owner), 'toString', {})).toEqual(unknown);
  });

  it('a call without a session, and one whose session expired, each with its own message', async () => {
    expect(await app.dispatch(null, 'auth.me', {})).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: 'יש להתחבר למערכת כדי להמשיך' },
    });
    expect(await app.dispatch('expired', 'auth.me', {})).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: 'החיבור פג עקב חוסר פעילות — יש להתחבר מחדש' },
    });
  });

  it('a missing input as an empty one, and input its schema refuses by the field, without running the service', async () => {
    const session = app.sessions.resolve(owner);
    expect(await app.dispatch(session, 'auth.me', undefined)).toMatchObject({ ok: true });
    expect(await app.dispatch(session, 'clients.create', { ...newClient('40404040'), idNumber: '123' })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'idNumber', message: 'מספר הזהות אינו תקין — ספרת הביקורת אינה מתאימה' },
    });
    expect(app.store.sqlite.prepare('select count(*) from insured_person').pluck().get()).toBe(0);
  });

  it("a service's own refusal with its code and message", async () => {
    expect(await app.call(owner, 'clients.get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.any(String) },
    });
  });
});

describe('after a call', () => {
  it('a refusal is audited with the role, the reason and where the call came from', async () => {
    const staff = await logInAs(app, 'staff');
    await app.call(staff, 'staff.create', {} as never);
    const rows = app.store.sqlite.prepare("select entity, details from audit_log where action = 'refused'").all() as {
      entity: string;
      details: string;
    }[];
    expect(rows.map((row) => [row.entity, JSON.parse(row.details) as unknown])).toEqual([
      ['procedure', { procedure: 'staff.create', role: 'staff', reason: 'role', from: 'local' }],
    ]);
  });

  it('a procedure open to all runs as no one, even from a signed-in desk: a failed sign-in there is no one’s', async () => {
    const session = app.sessions.resolve(owner);
    expect((await app.dispatch(session, 'auth.login', { ...OWNER, password: 'not-the-password-1' })).ok).toBe(false);
    expect(
      app.store.sqlite
        .prepare("select office_id as officeId, staff_id as staffId from audit_log where action = 'login_failed'")
        .all(),
    ).toEqual([{ officeId: 1, staffId: null }]);
  });

  it('a refusal the store cannot audit is still a refusal, and goes to the operations log', async () => {
    const staff = await logInAs(app, 'staff');
    app.store.sqlite.close();
    expect(await app.call(staff, 'staff.create', {} as never)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    app.close();
    await app.logFlushed();
    const lines = fs
      .readFileSync(path.join(app.dataDir, 'logs', 'mitzui.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; procedure?: string });
    expect(lines.filter((line) => line.msg === 'refusal not audited')).toEqual([
      expect.objectContaining({ procedure: 'staff.create' }),
    ]);
  });

  it('a write is told to the change bus with who made it; a read, a refused or a failed write is not', async () => {
    const heard: Published[] = [];
    app.changes.subscribe((published) => heard.push(published));
    const created = expectOk(await app.call(owner, 'clients.create', newClient('50505050')));
    expectOk(await app.call(owner, 'clients.get', { id: created.id }));
    expect((await app.call(owner, 'clients.create', newClient('50505050'))).ok).toBe(false);
    const staff = await logInAs(app, 'staff');
    expect((await app.call(staff, 'clients.delete', { id: created.id, version: created.version })).ok).toBe(false);
    const who = { staffId: 1, name: 'דנה כהן' };
    expect(
      heard.map(({ event: e, fromSession }) => [
        e.seq,
        e.procedure,
        e.kind,
        e.id,
        e.version,
        e.clientId,
        e.by,
        e.at,
        fromSession,
      ]),
    ).toEqual([
      [1, 'clients.create', 'client', created.id, created.version, created.id, who, app.clock.now.toISOString(), owner],
    ]);
    expect(Object.keys(heard[0]!.event).sort()).toEqual([
      'at',
      'by',
      'clientId',
      'id',
      'kind',
      'procedure',
      'seq',
      'version',
    ]);
  });
});

describe('the start-up check', () => {
  it('makes a call wait for it — a damaged store then answers as in recovery — but not the recovery screen’s calls', async () => {
    const key = app.keeper.storeKey();
    app.close();
    // An index page overwritten: the file opens, and quick_check (on a worker, after the open) fails.
    corruptTablePage(path.join(app.dataDir, 'mitzui.sqlite'), 'audit_log_at', key);
    const restarted = await app.restart();
    try {
      const order: string[] = [];
      const status = restarted.call(null, 'recovery.status', {}).then(() => order.push('recovery.status'));
      const checked = restarted.keeper.whenChecked().then(() => order.push('checked'));
      expect(await restarted.call(null, 'auth.login', OWNER)).toMatchObject({ ok: false, error: { code: 'recovery' } });
      await Promise.all([status, checked]);
      expect(order).toEqual(['recovery.status', 'checked']);
    } finally {
      restarted.close();
    }
  });
});
