// The history tab's trail: one client's audit rows (their record, the records that hang off them,
// the medical reads), newest first, for owners only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;
let otherId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('70605040'),
    firstNameHe: 'נועה',
    lastNameHe: 'שמש',
    birthDate: '1975-04-04',
    sex: 'female',
  }));
  otherId = expectOk(
    await app.call(token, 'clients.create', {
      idNumber: validId('70605041'),
      firstNameHe: 'יואב',
      lastNameHe: 'גל',
      birthDate: '1980-01-01',
      sex: 'male',
    }),
  ).id;
});
afterEach(() => app.dispose());

describe('a client’s audit trail', () => {
  it('holds the client’s own rows and those of their records, and none of another client', async () => {
    const family = expectOk(await app.call(token, 'family.create', { clientId, relation: 'spouse', firstName: 'אבי' }));
    const claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expectOk(
      await app.call(token, 'claims.update', {
        id: claim.id,
        version: claim.version,
        benefit: 'general_disability',
        summary: 'עודכן',
      }),
    );
    expectOk(await app.call(token, 'medical.list', { clientId }));
    expectOk(await app.call(token, 'family.create', { clientId: otherId, relation: 'child', firstName: 'רון' }));
    expectOk(await app.call(token, 'medical.list', { clientId: otherId }));
    expectOk(await app.call(token, 'notes.create', { clientId: otherId, body: 'לא שייך' }));

    const trail = expectOk(await app.call(token, 'audit.client', { clientId }));
    expect(trail.map((r) => [r.action, r.entity])).toEqual([
      ['read_medical', 'medical_determination'],
      ['update', 'claim'],
      ['create', 'claim'],
      ['create', 'family_member'],
      ['create', 'insured_person'],
    ]);
    expect(trail.find((r) => r.entity === 'family_member')).toMatchObject({
      entityId: family.id,
      staffName: 'דנה כהן',
    });
    expect(trail[0]!.id).toBeGreaterThan(trail[1]!.id);
  });

  it('pages back with beforeId', async () => {
    for (const body of ['א', 'ב', 'ג']) expectOk(await app.call(token, 'notes.create', { clientId, body }));
    const first = expectOk(await app.call(token, 'audit.client', { clientId, limit: 2 }));
    const rest = expectOk(await app.call(token, 'audit.client', { clientId, limit: 10, beforeId: first[1]!.id }));
    expect(first).toHaveLength(2);
    expect(rest.map((r) => r.entity)).toEqual(['note', 'insured_person']);
  });

  it('is refused to staff and lawyers, and answers not found for a missing client', async () => {
    const staff = await logInAs(app, 'staff');
    const lawyer = await logInAs(app, 'lawyer');
    expect(await app.call(staff, 'audit.client', { clientId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'אין לך הרשאה לבצע פעולה זו' },
    });
    expect(await app.call(lawyer, 'audit.client', { clientId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call(token, 'audit.client', { clientId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'המבוטח לא נמצא' },
    });
  });
});
