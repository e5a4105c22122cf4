// The rules core through the API: one calculator, and a scan of a client's file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { officeWithClient } from '../support/office';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({ idNumber: validId('11223344'), firstNameHe: 'יעקב', lastNameHe: 'פרץ', birthDate: '1970-04-04', sex: 'male' }));
});
afterEach(() => app.dispose());

describe('rights', () => {
  it('runs one calculator and answers input errors as data', async () => {
    expect(expectOk(await app.call(token, 'rights.run', { calculator: 'deadline', input: { kind: 'claims-committee', from: '2025-08-31' } }))).toMatchObject({
      details: { dueDate: '2026-03-01' },
    });
    expect(expectOk(await app.call(token, 'rights.run', { calculator: 'deadline', input: { kind: 'claims-committee' } }))).toMatchObject({ error: { field: 'from' } });
  });

  it('lists the deadlines that run from a rejected claim and a work injury, soonest first', async () => {
    const claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expectOk(await app.call(token, 'claims.decide', { claimId: claim.id, decidedDate: '2026-01-15', outcome: 'rejected' }));
    expectOk(await app.call(token, 'events.create', { clientId, kind: 'work_injury', eventDate: '2025-11-20' }));

    const scan = expectOk(await app.call(token, 'rights.scan', { clientId, date: '2026-03-01' }));
    expect(scan.deadlines.map((d) => [d.details.dueDate, d.reasons[0]!.text.split(':')[0]])).toEqual([
      ['2026-07-15', 'פנייה לוועדת התביעות, מיום קבלת החלטת פקיד התביעות (הפנייה אינה מאריכה את המועד לבית הדין)'],
      ['2026-11-20', 'תביעה לדמי פגיעה (בל/211), מיום הפגיעה'],
      ['2027-01-15', 'תביעה לבית הדין האזורי לעבודה נגד החלטת הביטוח הלאומי, מיום שנמסרה ההחלטה'],
    ]);
  });
});
