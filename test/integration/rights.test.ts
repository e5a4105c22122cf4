// The rules core through the API: one calculator, and a scan of a client's file built through the
// same procedures the desk uses (real SQLite in a temp folder).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../shared/rules/scan/scan-client';
import { expectOk, openTestOffice, type TestApp } from '../support/app';
import { validId } from '../support/ids';

let app: TestApp;
let token: string;
let clientId: number;

const CLIENT = {
  idNumber: validId('11223344'),
  firstNameHe: 'יעקב',
  lastNameHe: 'פרץ',
  birthDate: '1970-04-04',
  sex: 'male',
} as const;

beforeEach(async () => {
  ({ app, token } = await openTestOffice());
  clientId = expectOk(
    await app.call(token, 'clients.create', { ...CLIENT, residency: 'resident', maritalStatus: 'married' }),
  ).id;
});
afterEach(() => app.dispose());

const scan = async (date: string) => expectOk(await app.call(token, 'rights.scan', { clientId, date }));
const right = (result: ScanResult, calculator: string) => {
  const found = result.rights.filter((r) => r.calculator === calculator);
  expect(found, calculator).toHaveLength(1);
  return found[0]!;
};

describe('rights', () => {
  it('runs one calculator and answers input errors as data', async () => {
    expect(
      expectOk(
        await app.call(token, 'rights.run', {
          calculator: 'deadline',
          input: { kind: 'claims-committee', from: '2025-08-31' },
        }),
      ),
    ).toMatchObject({
      details: { dueDate: '2026-03-01' },
    });
    expect(
      expectOk(await app.call(token, 'rights.run', { calculator: 'deadline', input: { kind: 'claims-committee' } })),
    ).toMatchObject({ error: { field: 'from' } });
  });

  it('finds general disability and special services eligible, with the 2022 amounts, for a file that gives every fact', async () => {
    const child = (firstName: string, birthDate: string) =>
      app.call(token, 'family.create', { clientId, relation: 'child', firstName, birthDate, isDependant: true });
    expectOk(
      await app.call(token, 'family.create', {
        clientId,
        relation: 'spouse',
        firstName: 'רחל',
        monthlyIncome: '0',
        isDependant: true,
      }),
    );
    expectOk(await child('נועה', '2010-03-01'));
    expectOk(await child('איתי', '2012-03-01'));
    expectOk(await child('מאיה', '2015-03-01'));
    expectOk(await app.call(token, 'employment.create', { clientId, kind: 'not_working', startDate: '2020-01-01' }));
    expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2022-03-01',
        weightedPercent: 80,
        incapacityPercent: 100,
        isPermanent: true,
        specialServicesPercent: 112,
        impairments: [{ section: '33(1)', percent: 50 }],
      }),
    );
    const claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expectOk(
      await app.call(token, 'claims.decide', { claimId: claim.id, decidedDate: '2022-04-01', outcome: 'approved' }),
    );

    const result = await scan('2022-06-01');
    // Seed 003: 3,700 full pension + 1,192 spouse + 954 for each of the first two children.
    expect(right(result, 'general-disability')).toMatchObject({
      verdict: 'eligible',
      benefit: 'general_disability',
      missing: [],
      assumed: ['client.inInstitution'],
      result: {
        amount: '6800.00',
        unit: 'month',
        details: { base: '3700.00', spouseSupplement: '1192.00', childrenSupplement: '1908.00' },
      },
    });
    // Seed 003: special services at the medium level (112%), 3,534 a month; the approved pension lowers the threshold.
    const special = right(result, 'special-services');
    expect(special).toMatchObject({
      verdict: 'eligible',
      missing: [],
      result: { amount: '3534.00', details: { level: 'medium' } },
    });
    expect(special.result!.reasons.some((r) => r.text.includes('למקבל קצבת נכות'))).toBe(true);
    expect(special.result!.reasons.some((r) => r.text.includes('שוהה במוסד'))).toBe(true);
    // A disability pension is counted as income: income support is not offered beside it.
    expect(result.rights.some((r) => r.calculator === 'income-support')).toBe(false);
  });

  it('says "maybe" and names the missing facts by their stable names where the file lacks them', async () => {
    expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2025-06-01',
        weightedPercent: 50,
      }),
    );
    expectOk(await app.call(token, 'events.create', { clientId, kind: 'reserve_duty', eventDate: '2025-12-01' }));
    expectOk(await app.call(token, 'events.create', { clientId, kind: 'accident', eventDate: '2026-01-10', days: 20 }));

    const result = await scan('2026-03-01');
    // 50% weighted is between the thresholds (60%, or 40% with one impairment of 25%): the impairments decide.
    expect(right(result, 'general-disability')).toMatchObject({
      verdict: 'maybe',
      result: null,
      missing: ['medical.impairments', 'medical.incapacityPercent', 'incomes.income'],
    });
    expect(right(result, 'reserve-duty')).toMatchObject({
      verdict: 'maybe',
      missing: ['employment.kind', 'events.days'],
      about: { record: 'event', date: '2025-12-01' },
    });
    expect(right(result, 'accident')).toMatchObject({
      verdict: 'maybe',
      missing: ['employment.kind', 'events.medicalCheckWithin72h'],
    });
  });

  it('fills the facts in and the same scan decides: incomes, employment and the impairment recorded', async () => {
    expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2025-06-01',
        weightedPercent: 50,
        incapacityPercent: 100,
        impairments: [{ section: '37', percent: 30 }],
      }),
    );
    expectOk(
      await app.call(token, 'family.create', { clientId, relation: 'spouse', firstName: 'רחל', monthlyIncome: '0' }),
    );
    for (const month of ['2025-12', '2026-01', '2026-02'])
      expectOk(await app.call(token, 'incomes.create', { clientId, month, source: 'employee', income: '0' }));

    const result = await scan('2026-03-01');
    // 2026: 6,229 with a spouse (the NII's 2026 rates): 4,711 + 1,518; the other source's 4,771 is named.
    expect(right(result, 'general-disability')).toMatchObject({
      verdict: 'eligible',
      missing: [],
      result: { amount: '6229.00', details: { base: '4711.00', spouseSupplement: '1518.00' } },
    });
    expect(result.warnings.some((w) => w.includes('4,771'))).toBe(true);
  });

  it('lists the appeal deadlines of a decided claim from the day it was received, moved past rest days', async () => {
    const claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2025-09-10',
        receivedDate: '2025-09-21',
        outcome: 'rejected',
      }),
    );
    expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2026-01-20',
        weightedPercent: 30,
      }),
    );

    const result = await scan('2026-03-01');
    expect(result.deadlines.map((d) => [d.kind, d.details.rawDueDate, d.details.dueDate, d.details.movedOver])).toEqual(
      [
        // 6 months from 21.9.2025 end on Saturday 21.3.2026; 60 days from 20.1.2026 too.
        ['claims-committee', '2026-03-21', '2026-03-22', [{ date: '2026-03-21', name: 'שבת' }]],
        ['medical-committee-appeal', '2026-03-21', '2026-03-22', [{ date: '2026-03-21', name: 'שבת' }]],
        // 12 months end on Yom Kippur 5787.
        ['labor-court-claim', '2026-09-21', '2026-09-22', [{ date: '2026-09-21', name: 'יום כיפור' }]],
      ],
    );
    expect(result.deadlines[0]!.about).toEqual({ record: 'claim', id: claim.id, date: '2025-09-21' });
    expect(result.deadlines[2]!.reasons.at(-1)!.text).toContain('2026-09-22');
  });

  it('lists the deadlines that run from a rejected claim and a work injury, soonest first, and drops those past', async () => {
    const claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expectOk(
      await app.call(token, 'claims.decide', { claimId: claim.id, decidedDate: '2026-01-15', outcome: 'rejected' }),
    );
    expectOk(await app.call(token, 'events.create', { clientId, kind: 'work_injury', eventDate: '2025-11-20' }));
    expectOk(await app.call(token, 'events.create', { clientId, kind: 'accident', eventDate: '2025-10-01' }));

    const result = await scan('2026-03-01');
    expect(result.deadlines.map((d) => [d.details.dueDate, d.reasons[0]!.text.split(':')[0]])).toEqual([
      ['2026-07-15', 'פנייה לוועדת התביעות, מיום קבלת החלטת פקיד התביעות (הפנייה אינה מאריכה את המועד לבית הדין)'],
      ['2026-11-20', 'תביעה לדמי פגיעה (בל/211), מיום הפגיעה'],
      ['2027-01-15', 'תביעה לבית הדין האזורי לעבודה נגד החלטת הביטוח הלאומי, מיום שנמסרה ההחלטה'],
    ]);
  });

  it('refuses a scan date that does not exist, naming the field', async () => {
    const answer = await app.call(token, 'rights.scan', { clientId, date: '2026-02-30' });
    expect(answer).toMatchObject({ ok: false, error: { field: 'date' } });
  });

  it('gives the rights panel the facts it reads, decisions received included', async () => {
    const claim = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' }));
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId: claim.id,
        decidedDate: '2025-09-10',
        receivedDate: '2025-09-21',
        outcome: 'rejected',
      }),
    );
    const facts = expectOk(await app.call(token, 'rights.facts', { clientId }));
    expect(facts).toMatchObject({
      birthDate: '1970-04-04',
      residency: 'resident',
      claims: [{ id: claim.id, receivedDate: '2025-09-21', outcome: 'rejected' }],
    });
  });
});
