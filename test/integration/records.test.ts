// The records kept about a client, through the API on a real store: each kind round-trips, amounts
// stay exact, stale writes and foreign clients are refused, medical reads are logged, roles hold.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { expectOk, type TestApp } from '../support/app';
import { officeWithClient } from '../support/office';
import { validId } from '../support/ids';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithClient({
    idNumber: validId('20304050'),
    firstNameHe: 'נועה',
    lastNameHe: 'שפירא',
    birthDate: '1975-03-03',
    sex: 'female',
  }));
});
afterEach(() => app.dispose());

describe('records of a client', () => {
  it('keeps a family member with an exact income, and refuses a stale edit', async () => {
    const spouse = expectOk(
      await app.call(token, 'family.create', {
        clientId,
        relation: 'spouse',
        firstName: 'אבי',
        idNumber: validId('01234567'),
        monthlyIncome: '8123.4',
      }),
    );
    expect(spouse).toMatchObject({
      clientId,
      relation: 'spouse',
      monthlyIncome: '8123.40',
      isDependant: false,
      version: 1,
    });
    expect(app.store.sqlite.prepare('select monthly_income_agorot from family_member').pluck().get()).toBe(812340);

    const edited = expectOk(await app.call(token, 'family.update', { ...spouse, monthlyIncome: '9000' }));
    expect(edited).toMatchObject({ monthlyIncome: '9000.00', version: 2 });
    const stale = await app.call(token, 'family.update', { ...spouse, monthlyIncome: '1' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(expectOk(await app.call(token, 'family.list', { clientId }))[0]!.monthlyIncome).toBe('9000.00');
  });

  it('refuses a wrong ID check digit for a family member, naming the field', async () => {
    const reply = await app.call(token, 'family.create', {
      clientId,
      relation: 'child',
      firstName: 'תמר',
      idNumber: '123456789',
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'validation', field: 'idNumber', message: 'מספר הזהות אינו תקין — ספרת הביקורת אינה מתאימה' },
    });
  });

  it('orders employment periods and refuses an end before the start', async () => {
    expectOk(
      await app.call(token, 'employment.create', {
        clientId,
        kind: 'employee',
        employerName: 'מפעלי ים',
        startDate: '2010-01-01',
        endDate: '2015-06-30',
      }),
    );
    expectOk(await app.call(token, 'employment.create', { clientId, kind: 'unemployed', startDate: '2015-07-01' }));
    expect(expectOk(await app.call(token, 'employment.list', { clientId })).map((p) => p.kind)).toEqual([
      'unemployed',
      'employee',
    ]);
    const backwards = await app.call(token, 'employment.create', {
      clientId,
      kind: 'employee',
      startDate: '2020-01-01',
      endDate: '2019-01-01',
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { field: 'endDate', message: 'תאריך סיום מוקדם מתאריך ההתחלה' },
    });
  });

  it('keeps one income per month and source', async () => {
    expectOk(
      await app.call(token, 'incomes.create', { clientId, month: '2024-01', source: 'employee', income: '12000' }),
    );
    const again = await app.call(token, 'incomes.create', {
      clientId,
      month: '2024-01',
      source: 'employee',
      income: '13000',
    });
    expect(again).toEqual({
      ok: false,
      error: { code: 'duplicate', field: 'month', message: 'כבר רשומה הכנסה מהמקור הזה לחודש הזה' },
    });
    expect(
      (await app.call(token, 'incomes.create', { clientId, month: '2024-13', source: 'employee', income: '1' })).ok,
    ).toBe(false);
  });

  it('keeps medical determinations with their impairments, and logs who read them', async () => {
    const made = expectOk(
      await app.call(token, 'medical.create', {
        clientId,
        committeeKind: 'first_tier',
        committeeDate: '2024-05-01',
        weightedPercent: 62,
        incapacityPercent: 75,
        impairments: [
          { section: '34(ב)(2)', percent: 30 },
          { section: '91(1)(ג)', percent: 40, isTemporary: true },
        ],
      }),
    );
    expect(made.impairments).toEqual([
      { section: '34(ב)(2)', description: null, percent: 30, isTemporary: false },
      { section: '91(1)(ג)', description: null, percent: 40, isTemporary: true },
    ]);
    const updated = expectOk(
      await app.call(token, 'medical.update', { ...made, impairments: [{ section: '37(7)(ב)', percent: 10 }] }),
    );
    expect(updated.impairments.map((i) => i.section)).toEqual(['37(7)(ב)']);
    expect(app.store.sqlite.prepare('select count(*) from medical_impairment').pluck().get()).toBe(1);

    expectOk(await app.call(token, 'medical.list', { clientId }));
    const reads = app.store.db
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.action === 'read_medical');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ staffId: 1, entity: 'medical_determination', details: { clientId, rows: 1 } });

    expect(
      (
        await app.call(token, 'medical.create', {
          clientId,
          committeeKind: 'first_tier',
          committeeDate: '2024-05-01',
          weightedPercent: 120,
        })
      ).ok,
    ).toBe(false);
  });

  it('links a life event only to the client’s own family member', async () => {
    const other = expectOk(
      await app.call(token, 'clients.create', {
        idNumber: validId('50607080'),
        firstNameHe: 'דן',
        lastNameHe: 'רז',
        birthDate: '1960-01-01',
        sex: 'male',
      }),
    );
    const theirSpouse = expectOk(
      await app.call(token, 'family.create', { clientId: other.id, relation: 'spouse', firstName: 'לאה' }),
    );
    const wrong = await app.call(token, 'events.create', {
      clientId,
      kind: 'family_death',
      eventDate: '2023-02-02',
      familyMemberId: theirSpouse.id,
    });
    expect(wrong).toMatchObject({ ok: false, error: { field: 'familyMemberId' } });
    const reserve = expectOk(
      await app.call(token, 'events.create', {
        clientId,
        kind: 'reserve_duty',
        eventDate: '2023-10-07',
        endDate: '2024-01-31',
        days: 117,
      }),
    );
    expect(reserve).toMatchObject({ kind: 'reserve_duty', days: 117 });
  });

  it('needs benefits for a per-benefit power of attorney and a date for a revocation', async () => {
    const noBenefits = await app.call(token, 'representation.create', { clientId, scope: 'per_benefit' });
    expect(noBenefits).toMatchObject({ ok: false, error: { field: 'benefits', message: 'יש לבחור לפחות גמלה אחת' } });
    const poa = expectOk(
      await app.call(token, 'representation.create', {
        clientId,
        scope: 'per_benefit',
        benefits: ['general_disability', 'mobility'],
        signedDate: '2024-02-01',
      }),
    );
    expect(poa).toMatchObject({ status: 'pending', benefits: ['general_disability', 'mobility'] });
    expect(await app.call(token, 'representation.update', { ...poa, status: 'revoked' })).toMatchObject({
      ok: false,
      error: { field: 'revokedDate' },
    });
    expectOk(await app.call(token, 'representation.update', { ...poa, status: 'revoked', revokedDate: '2024-03-01' }));
  });

  it('keeps consents and fee agreements with exact percents', async () => {
    expectOk(
      await app.call(token, 'consents.create', {
        clientId,
        kind: 'medical_waiver',
        signedDate: '2024-02-01',
        expiryDate: '2026-02-01',
      }),
    );
    const fee = expectOk(
      await app.call(token, 'fees.create', {
        clientId,
        benefits: ['general_disability'],
        openingFee: '907',
        successFeePercent: '10.25',
      }),
    );
    expect(fee).toMatchObject({ openingFee: '907.00', successFeePercent: '10.25', cancellationWorkingDays: 7 });
    expect(app.store.sqlite.prepare('select success_fee_basis_points from fee_agreement').pluck().get()).toBe(1025);
    expect(
      (await app.call(token, 'fees.create', { clientId, benefits: [], openingFee: '0', successFeePercent: '10' })).ok,
    ).toBe(false);
  });

  it('refuses a fee agreement over the Amendment 161 caps, naming every field over its cap as the form does', async () => {
    // The office's owner is a licensed lawyer: 907 ₪ and 12.75% (10.83% without the information sheet).
    const over = await app.call(token, 'fees.create', {
      clientId,
      benefits: ['general_disability'],
      openingFee: '907.01',
      successFeePercent: '13',
      informationSheetGiven: true,
    });
    expect(over).toEqual({
      ok: false,
      error: {
        code: 'validation',
        field: 'openingFee',
        message:
          'דמי פתיחת תיק גבוה מהתקרה המותרת לפי תיקון 161 (907.00 ₪) · שכר טרחה באחוזים גבוה מהתקרה המותרת לפי תיקון 161 (12.75%)',
      },
    });
    const withoutSheet = await app.call(token, 'fees.create', {
      clientId,
      benefits: ['general_disability'],
      openingFee: '0',
      successFeePercent: '11',
      signedDate: '2026-01-15',
    });
    expect(withoutSheet).toMatchObject({
      ok: false,
      error: {
        field: 'successFeePercent',
        message: 'שכר טרחה באחוזים גבוה מהתקרה המותרת לפי תיקון 161 כשדף המידע לא נמסר למבוטח (10.83%)',
      },
    });
    expect(app.store.sqlite.prepare('select count(*) from fee_agreement').pluck().get()).toBe(0);

    const fee = expectOk(
      await app.call(token, 'fees.create', {
        clientId,
        benefits: ['general_disability'],
        openingFee: '907',
        successFeePercent: '12.75',
        informationSheetGiven: true,
      }),
    );
    const raised = await app.call(token, 'fees.update', { ...fee, successFeePercent: '12.76' });
    expect(raised).toMatchObject({ ok: false, error: { field: 'successFeePercent' } });
  });

  it('refuses records for a client of nowhere, and lets only lawyers delete', async () => {
    expect(
      await app.call(token, 'family.create', { clientId: 999, relation: 'child', firstName: 'יעל' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const child = expectOk(
      await app.call(token, 'family.create', {
        clientId,
        relation: 'child',
        firstName: 'יעל',
        birthDate: '2010-09-09',
      }),
    );
    const staff = await logInAs(app, 'staff');
    expect(await app.call(staff, 'family.delete', { id: child.id, version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const lawyer = await logInAs(app, 'lawyer');
    expectOk(await app.call(lawyer, 'family.delete', { id: child.id, version: 1 }));
    expect(expectOk(await app.call(token, 'family.list', { clientId }))).toEqual([]);
    const deletes = app.store.db
      .select()
      .from(auditLog)
      .all()
      .filter((r) => r.action === 'delete');
    expect(deletes).toHaveLength(1);
  });
});
