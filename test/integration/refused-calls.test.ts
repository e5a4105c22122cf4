// Refused and bulk access leaves a trace: every procedure a role may not call is refused and audited
// (who, which procedure), once per minute per procedure; reading client data in bulk is audited, and a
// staff session is capped per minute.
import { beforeEach, describe, expect, it } from 'vitest';
import { contract, type ProcedureName } from '../../shared/api/contract';
import { eachTestInNewOffice, expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let owner: string;
eachTestInNewOffice((opened, signedIn) => {
  app = opened;
  owner = signedIn;
});

const auditRows = (action: string) =>
  app.store.sqlite
    .prepare('select staff_id as staffId, entity, details from audit_log where action = ? order by id')
    .all(action) as { staffId: number; entity: string; details: string }[];

describe('refused calls', () => {
  it('are audited with who and which procedure, every procedure the role may not call', async () => {
    const staff = await logInAs(app, 'staff');
    const staffId = expectOk(await app.call(staff, 'auth.me', {})).staff.id;
    const closed = (Object.keys(contract) as ProcedureName[]).filter((name) => {
      const { access } = contract[name];
      return access !== 'public' && !access.includes('staff');
    });
    expect(closed.length).toBeGreaterThanOrEqual(13);
    for (const name of closed)
      expect(await app.call(staff, name, {} as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const rows = auditRows('refused');
    expect(rows.map((row) => (JSON.parse(row.details) as { procedure: string }).procedure).sort()).toEqual(
      [...closed].sort(),
    );
    expect(rows.every((row) => row.staffId === staffId)).toBe(true);
  });

  it('write one row per procedure and minute, however often they are tried', async () => {
    const staff = await logInAs(app, 'staff');
    for (let i = 0; i < 50; i++) await app.call(staff, 'staff.create', {} as never);
    expect(auditRows('refused')).toHaveLength(1);
    app.clock.advanceMinutes(1);
    await app.call(staff, 'staff.create', {} as never);
    expect(auditRows('refused')).toHaveLength(2);
  });
});

describe('bulk reads', () => {
  beforeEach(async () => {
    for (let n = 0; n < 60; n++) {
      expectOk(
        await app.call(owner, 'clients.create', {
          idNumber: validId(String(20000000 + n)),
          firstNameHe: 'רות',
          lastNameHe: 'לב',
          birthDate: '1980-02-02',
          sex: 'female',
        }),
      );
    }
  });

  it('cap a staff session’s full client records per minute, with a Hebrew message, and audit it', async () => {
    const staff = await logInAs(app, 'staff');
    let pages = 0;
    let refusal: unknown;
    for (let i = 0; i < 20; i++) {
      const reply = await app.call(staff, 'clients.search', { limit: 50 });
      if (!reply.ok) {
        refusal = reply.error;
        break;
      }
      pages++;
    }
    // 300 records a minute: six pages of 50.
    expect(pages).toBe(6);
    expect(refusal).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('נקראו רשומות רבות מדי') });
    expect(auditRows('bulk_read')).toHaveLength(1);
    expect(JSON.parse(auditRows('refused')[0]!.details)).toMatchObject({
      procedure: 'clients.search',
      reason: 'read_cap',
    });
    app.clock.advanceMinutes(1);
    expect((await app.call(staff, 'clients.search', { limit: 50 })).ok).toBe(true);
  });

  it('count the minute from the session’s first read, not from a call that read no client', async () => {
    const staff = await logInAs(app, 'staff');
    expectOk(await app.call(staff, 'auth.me', {}));
    app.clock.advanceMinutes(59 / 60);
    const page = async () => (await app.call(staff, 'clients.search', { limit: 50 })).ok;
    for (let i = 0; i < 5; i++) expect(await page()).toBe(true);
    // Two seconds on: a minute since the sign-in's first call, but not since the first read.
    app.clock.advanceMinutes(2 / 60);
    expect(await page()).toBe(true);
    expect(await page()).toBe(false);
  });

  it('audit an owner reading in bulk without capping them', async () => {
    for (let i = 0; i < 10; i++) expectOk(await app.call(owner, 'clients.search', { limit: 50 }));
    const rows = auditRows('bulk_read');
    expect(rows).toHaveLength(1);
    // A read of clients: the row is about insured persons.
    expect(rows[0]!.entity).toBe('insured_person');
    expect(JSON.parse(rows[0]!.details)).toMatchObject({ procedure: 'clients.search', perMinute: { records: 100 } });
  });
});
