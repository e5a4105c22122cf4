// A claim's life through the API: draft to closed with who/when/why, decisions with exact amounts,
// refused moves, and search by benefit or form number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({ idNumber: validId('40506070'), firstNameHe: 'סמיר', lastNameHe: 'חורי', birthDate: '1966-06-06', sex: 'male' }));
});
afterEach(() => app.dispose());

async function newClaim() {
  return expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability', formNumber: 'בל/7801', summary: 'תביעה ראשונה לנכות כללית' }));
}

describe('claims', () => {
  it('walks the workflow and keeps every status change with who, when and why', async () => {
    let claim = await newClaim();
    expect(claim).toMatchObject({ status: 'draft', clientId, benefit: 'general_disability' });
    app.clock.advanceMinutes(20);
    claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'ready', reason: 'כל המסמכים התקבלו' }));
    claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'filed', date: '2026-03-02' }));
    expect(claim).toMatchObject({ status: 'filed', filedDate: '2026-03-02' });
    claim = expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'in_committee' }));

    const { claim: decided, decision } = expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2026-05-10',
        outcome: 'partly',
        percent: 50,
        monthlyAmount: '2145.5',
        retroactive: '12873.00',
        retroactiveFrom: '2025-11-01',
      }),
    );
    expect(decided).toMatchObject({ status: 'decided', outcome: 'partly', decidedDate: '2026-05-10', retroactive: '12873.00' });
    expect(decision).toMatchObject({ monthlyAmount: '2145.50', percent: 50 });

    const appealed = expectOk(await app.call(token, 'claims.transition', { id: decided.id, version: decided.version, to: 'appeal', appealRoute: 'medical_appeal', reason: 'ערר על אחוזי הנכות' }));
    expect(appealed).toMatchObject({ status: 'appeal', appealRoute: 'medical_appeal' });

    const detail = expectOk(await app.call(token, 'claims.get', { id: claim.id }));
    expect(detail.history.map((h) => `${h.fromStatus ?? '-'}>${h.toStatus}`)).toEqual([
      '->draft',
      'draft>ready',
      'ready>filed',
      'filed>in_committee',
      'in_committee>decided',
      'decided>appeal',
    ]);
    expect(detail.history[1]).toMatchObject({ staffName: 'דנה כהן', reason: 'כל המסמכים התקבלו', at: '2026-03-01T08:20:00.000Z' });
    expect(detail.decisions).toHaveLength(1);
  });

  it('refuses a move the workflow does not allow, and an appeal without a route', async () => {
    const claim = await newClaim();
    const jump = await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'decided', outcome: 'approved' });
    expect(jump).toMatchObject({ ok: false, error: { code: 'conflict', field: 'to', message: 'אי אפשר להעביר את התביעה מהסטטוס הנוכחי לסטטוס שנבחר' } });
    const noRoute = await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'appeal' });
    expect(noRoute).toMatchObject({ ok: false, error: { field: 'appealRoute', message: 'יש לבחור מסלול ערעור' } });
    expect(expectOk(await app.call(token, 'claims.get', { id: claim.id })).status).toBe('draft');
  });

  it('refuses a stale transition', async () => {
    const claim = await newClaim();
    expectOk(await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'ready' }));
    const stale = await app.call(token, 'claims.transition', { id: claim.id, version: claim.version, to: 'closed' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('lists by client and status, and only lawyers delete', async () => {
    const a = await newClaim();
    await newClaim();
    expectOk(await app.call(token, 'claims.transition', { id: a.id, version: a.version, to: 'closed' }));
    expect(expectOk(await app.call(token, 'claims.list', { clientId })).length).toBe(2);
    expect(expectOk(await app.call(token, 'claims.list', { status: 'closed' })).map((c) => c.id)).toEqual([a.id]);
    const staff = await logInAs(app, 'staff');
    expect(await app.call(staff, 'claims.delete', { id: a.id, version: 2 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expectOk(await app.call(token, 'claims.delete', { id: a.id, version: 2 }));
    expect(expectOk(await app.call(token, 'claims.list', { clientId })).length).toBe(1);
  });
});
