// Payments the NII made, through the API: recorded by hand, from a CSV list and from a payment letter;
// checked month by month against the rules (a missing month, a stop), counted on the dashboard; the
// fees they allow posted within the agreement and the caps; the statement read back from its PDF;
// and the money procedures refused to those the contract keeps them from.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { recordPaymentsFromLetter } from '../../main/payments/from-letter';
import { closePdfRenderer } from '../../main/paperwork/pdf-renderer';
import type { Call } from '../../main/services/context';
import type { Session } from '../../main/services/sessions';
import { monthsBetween } from '../../shared/payments/months';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { keepPdf, pdfText } from '../support/paperwork-pdf';
import { logInAs } from '../support/staff';

let app: TestApp;
let token: string;
let clientId: number;
let claimId: number;
const idNumber = validId('30405060');

/** The 2025 general disability pension at 60% incapacity for a single claimant (the rules' own figure). */
const RATE_2025 = '2629.00';

beforeEach(async () => {
  app = await openTestApp();
  token = await setUpAndLogIn(app);
  clientId = expectOk(
    await app.call(token, 'clients.create', {
      idNumber,
      firstNameHe: 'מרים',
      lastNameHe: 'אבוטבול',
      firstNameLatin: 'Miriam',
      lastNameLatin: 'Abutbul',
      birthDate: '1975-04-02',
      sex: 'female',
      maritalStatus: 'single',
      residency: 'resident',
      preferredLanguage: 'ru',
    }),
  ).id;
  expectOk(await app.call(token, 'employment.create', { clientId, kind: 'not_working', startDate: '2020-01-01' }));
  expectOk(
    await app.call(token, 'medical.create', {
      clientId,
      committeeKind: 'first_tier',
      committeeDate: '2024-01-15',
      weightedPercent: 60,
      incapacityPercent: 60,
      isPermanent: true,
    }),
  );
  claimId = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' })).id;
  expectOk(
    await app.call(token, 'fees.create', {
      clientId,
      benefits: ['general_disability'],
      openingFee: '0',
      successFeePercent: '10.25',
      signedDate: '2024-12-20',
      cancellationWorkingDays: 7,
      cancelledDate: null,
      informationSheetGiven: true,
    }),
  );
});
afterEach(() => app.dispose());
afterAll(() => closePdfRenderer());

async function pay(kind: 'monthly' | 'retroactive', fromMonth: string, amount: string, toMonth?: string) {
  return expectOk(await app.call(token, 'payments.create', { claimId, kind, fromMonth, toMonth, amount }));
}

const csv = (rows: string[][]) =>
  Buffer.from(['מספר זהות,חודש,עד חודש,סכום,גמלה', ...rows.map((r) => r.join(','))].join('\n')).toString('base64');

describe('payments', () => {
  it('checks a claim month by month: a skipped month and a stop are flagged and counted on the dashboard', async () => {
    // Today is 1 March 2026: February's payment is due; none came since December, and October was skipped.
    for (const month of monthsBetween('2025-07', '2025-12').filter((m) => m !== '2025-10'))
      await pay('monthly', month, RATE_2025);
    const check = expectOk(await app.call(token, 'payments.forClaim', { claimId }));
    expect(check.flags.map((f) => [f.kind, f.month])).toEqual([
      ['missing', '2025-10'],
      ['stopped', '2026-01'],
    ]);
    expect(check.months.find((m) => m.month === '2025-08')).toMatchObject({ expected: RATE_2025, paid: RATE_2025 });
    const summary = expectOk(await app.call(token, 'dashboard.summary', {}));
    expect(summary.payments).toEqual({ missing: 1, wrongRate: 0, stopped: 1, claims: 1 });

    // A later decision raising the degree, paid from January 2025, makes the same payments short.
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId,
        decidedDate: '2025-10-20',
        outcome: 'approved',
        percent: 100,
        retroactiveFrom: '2025-09-15',
      }),
    );
    await pay('monthly', '2025-10', RATE_2025);
    const after = expectOk(await app.call(token, 'payments.forClaim', { claimId }));
    expect(after.flags.filter((f) => f.kind === 'wrong_rate').map((f) => f.month)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(expectOk(await app.call(token, 'dashboard.summary', {})).payments).toEqual({
      missing: 0,
      wrongRate: 1,
      stopped: 1,
      claims: 1,
    });
  });

  it('posts the fee each payment allows, within the agreement and the caps, and prints the statement', async () => {
    await pay('retroactive', '2025-01', '15774.00', '2025-06');
    for (const month of monthsBetween('2025-07', '2025-11')) await pay('monthly', month, RATE_2025);
    const check = expectOk(await app.call(token, 'payments.forClaim', { claimId }));
    // 10.25% of the average monthly payment over 60 months; under a lawyer's cap of 12.75%.
    expect(check.feeTotal).toBe('16168.35');
    expect(check.ledger.map((e) => [e.fee, e.basis])).toEqual([
      ['9464.40', 'retroactive_share'],
      ...Array(5).fill(['657.25', 'monthly_share']),
    ]);
    const ledger = expectOk(await app.call(token, 'payments.ledger', { clientId }));
    expect(ledger.collected).toBe('12750.65');
    expect(new Decimal(ledger.collected).lte(check.feeTotal!)).toBe(true);
    expect(app.store.sqlite.prepare('select sum(fee_agorot) from fee_ledger_entry').pluck().get()).toBe(1275065);

    // The client reads Russian: the statement is in Russian, with the amounts as the ledger has them,
    // their thousands grouped as on the desk.
    const statement = expectOk(await app.call(token, 'payments.statement', { clientId }));
    expect(statement.language).toBe('ru');
    const text = pdfText(keepPdf('fee-statement-ru', Buffer.from(statement.pdfBase64, 'base64')));
    for (const needle of [
      'Отчёт о гонораре',
      'Miriam Abutbul',
      idNumber,
      '10.25%',
      '9,464.40',
      '657.25',
      '12,750.65',
      '16,168.35',
    ])
      expect(text).toContain(needle);
    const hebrew = expectOk(await app.call(token, 'payments.statement', { clientId, language: 'he' }));
    const heText = pdfText(keepPdf('fee-statement-he', Buffer.from(hebrew.pdfBase64, 'base64')));
    for (const needle of ['דוח שכר טרחה', 'מרים אבוטבול', 'רטרואקטיבי', '12,750.65']) expect(heText).toContain(needle);
    // pdftotext spaces Arabic letters apart by their joined forms: read without the spaces.
    const arabic = expectOk(await app.call(token, 'payments.statement', { clientId, language: 'ar' }));
    const arText = pdfText(keepPdf('fee-statement-ar', Buffer.from(arabic.pdfBase64, 'base64'))).replace(/\s+/g, '');
    for (const needle of ['كشفأتعاب', 'حتى%60مندفعةبأثررجعي', '12,750.65']) expect(arText).toContain(needle);
  });

  it('imports a CSV list only when every row is good, naming the row and column of each bad one', async () => {
    const bad = csv([
      [idNumber, '07/2025', '', RATE_2025, 'נכות כללית'],
      [idNumber, '08/2025', '', 'אלפיים', 'נכות כללית'],
      [validId('11111111'), '09/2025', '', RATE_2025, 'נכות כללית'],
      [idNumber, '13/2025', '', RATE_2025, 'נכות כללית'],
    ]);
    const refused = expectOk(await app.call(token, 'payments.import', { name: 'payments.csv', contentBase64: bad }));
    expect(refused.recorded).toBe(0);
    expect(refused.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'סכום'],
      [4, 'מספר זהות'],
      [5, 'חודש'],
    ]);
    expect(refused.problems[0]!.message).toContain('סכום');
    expect(refused.problems[1]!.message).toBe('אין במשרד מבוטח עם מספר הזהות הזה');
    expect(app.store.sqlite.prepare('select count(*) from payment').pluck().get()).toBe(0);

    const good = csv([
      [idNumber, '07/2025', '', RATE_2025, 'נכות כללית'],
      [idNumber, '01/2025', '06/2025', '15774.00', 'נכות כללית'],
    ]);
    const first = expectOk(await app.call(token, 'payments.import', { name: 'payments.csv', contentBase64: good }));
    expect(first).toMatchObject({ recorded: 2, duplicates: 0, problems: [], claimIds: [claimId] });
    const again = expectOk(await app.call(token, 'payments.import', { name: 'payments.csv', contentBase64: good }));
    expect(again).toMatchObject({ recorded: 0, duplicates: 2 });
    const payments = expectOk(await app.call(token, 'payments.forClaim', { claimId })).payments;
    expect(payments.map((p) => [p.kind, p.fromMonth, p.toMonth, p.source])).toEqual([
      ['retroactive', '2025-01', '2025-06', 'csv'],
      ['monthly', '2025-07', '2025-07', 'csv'],
    ]);
  });

  it('records the payment a confirmed payment letter states, once', async () => {
    const session = app.sessions.resolve(token) as Session;
    const call: Call = { ...app, now: () => app.clock.now, session, origin: { clientAddress: 'local' } };
    const letter = {
      inboxItemId: null,
      claimId,
      amount: '2629',
      period: { from: '2025-08-01', to: '2025-08-31' },
      letterDate: '2025-09-01',
    };
    const first = recordPaymentsFromLetter(call, letter);
    expect(first.payment).toMatchObject({ kind: 'monthly', fromMonth: '2025-08', amount: RATE_2025, source: 'letter' });
    expect(first.check.ledger).toHaveLength(1);
    expect(recordPaymentsFromLetter(call, letter).payment).toBeNull();
    expect(() => recordPaymentsFromLetter(call, { ...letter, amount: null })).toThrow(/חסרים הסכום או התקופה/);
  });

  it('lets staff record a payment but not import a list or delete one', async () => {
    const staff = await logInAs(app, 'staff');
    const payment = expectOk(
      await app.call(staff, 'payments.create', { claimId, kind: 'monthly', fromMonth: '2025-07', amount: RATE_2025 }),
    );
    const list = csv([[idNumber, '08/2025', '', RATE_2025, 'נכות כללית']]);
    expect(await app.call(staff, 'payments.import', { name: 'p.csv', contentBase64: list })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call(staff, 'payments.delete', { id: payment.id, version: payment.version })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expectOk(await app.call(token, 'payments.delete', { id: payment.id, version: payment.version }));
    expect(expectOk(await app.call(token, 'payments.forClaim', { claimId })).payments).toEqual([]);
  });
});
