// The appeal's estimate on a real store: a general-disability claim whose first-tier committee set
// 20% and 15% (32% weighted, under the medical threshold) where the office claims 30% and 20% (44%,
// one impairment of 25% or more): worth the whole pension at the incapacity degree typed earlier;
// the fee agreement's information sheet lowers the cap; the deadline is the committee's ערר.
// A work-disability claim is priced from its decision's monthly amount. Figures: 2026 full pension
// 4,711 ₪; 2024 fee caps (12.75% × 60 months for a lawyer at the committees; 85% without the sheet).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { appealClient, incapacityOf80, notWorking } from '../support/appeal-client';

let app: TestApp;
let token: string;
let clientId: number;

beforeEach(async () => {
  app = await openTestApp();
  token = await setUpAndLogIn(app);
  clientId = expectOk(await app.call(token, 'clients.create', appealClient('27182818'))).id;
  expectOk(await app.call(token, 'employment.create', notWorking(clientId)));
  expectOk(await app.call(token, 'medical.create', incapacityOf80(clientId)));
});
afterEach(() => app.dispose());

async function committee(claimId: number, outcome: { section: string; percent: number; claimedPercent?: number }[]) {
  return expectOk(
    await app.call(token, 'committees.create', {
      clientId,
      claimId,
      committeeType: 'first_tier',
      committeeDate: '2026-01-01',
      branch: 'haifa',
      outcome,
      protocolReceivedDate: '2026-01-11',
    }),
  );
}

describe('the appeal estimate of a claim', () => {
  it('is null until a committee outcome or a decided percent is recorded', async () => {
    const claimId = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' })).id;
    expect(expectOk(await app.call(token, 'claims.appealValue', { id: claimId }))).toBeNull();
  });

  it('weighs the percents, prices the pension at each, caps the fee and gives the ערר deadline', async () => {
    const claimId = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' })).id;
    const held = await committee(claimId, [
      { section: '37(7)(ב)', percent: 20, claimedPercent: 30 },
      { section: '34(ב)(3)', percent: 15, claimedPercent: 20 },
    ]);
    // The claimed percent is kept in the outcome as entered.
    expect(held.outcome.map((o) => o.claimedPercent)).toEqual([30, 20]);

    const value = expectOk(await app.call(token, 'claims.appealValue', { id: claimId, date: '2026-05-15' }))!;
    expect(value).toMatchObject({
      priced: true,
      weighted: { determined: 32, claimed: 44, recorded: null },
      monthly: { determined: '0.00', claimed: '4711.00', worth: '4711.00' },
      // January–April 2026 from the sitting: 4 × 4,711.
      retroactive: { from: '2026-01-01', until: '2026-05-15', worth: '18844.00' },
      // 4,711 × 60 × 12.75%; no fee agreement on file: as if the sheet was given, with a warning.
      fee: { cap: '36039.15', percent: '12.75', fromRetroactiveAtOnce: '11306.40' },
      basis: { committeeId: held.id, committeeDate: '2026-01-01', decisionId: null },
      // 60 days from the protocol's receipt (11.01.2026) is 12.03.2026, a Thursday.
      deadline: { dueDate: '2026-03-12' },
      missing: [],
    });
    expect(value.warnings.some((w) => w.includes('הסכם שכר טרחה'))).toBe(true);

    // A fee agreement without the information sheet: 85% of the cap.
    expectOk(
      await app.call(token, 'fees.create', {
        clientId,
        benefits: ['general_disability'],
        openingFee: '0',
        successFeePercent: '10',
        informationSheetGiven: false,
      }),
    );
    const reduced = expectOk(await app.call(token, 'claims.appealValue', { id: claimId, date: '2026-05-15' }))!;
    expect(reduced.fee.cap).toBe('30633.28'); // 36,039.15 × 85% = 30,633.2775
  });

  it('asks for the claimed percents when none is entered, and reads medical data on the record', async () => {
    const claimId = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'general_disability' })).id;
    await committee(claimId, [{ section: '37(7)(ב)', percent: 20 }]);
    const value = expectOk(await app.call(token, 'claims.appealValue', { id: claimId, date: '2026-05-15' }))!;
    expect(value.monthly.worth).toBe('0.00');
    expect(value.missing).toEqual(['האחוז הנתבע לליקוי אחד לפחות (בתוצאת הוועדה)']);
    const reads = app.store.db
      .select()
      .from(auditLog)
      .all()
      .filter((row) => row.action === 'read_medical');
    expect(reads.length).toBeGreaterThan(0);
  });

  it('prices work disability from the decision’s monthly amount', async () => {
    const claimId = expectOk(await app.call(token, 'claims.create', { clientId, benefit: 'work_injury' })).id;
    await committee(claimId, [{ section: '35(1)(א)', percent: 20, claimedPercent: 30 }]);
    expectOk(
      await app.call(token, 'claims.decide', {
        claimId,
        decidedDate: '2026-02-01',
        outcome: 'partly',
        percent: 20,
        monthlyAmount: '1800',
        retroactiveFrom: '2026-01-01',
      }),
    );
    const value = expectOk(await app.call(token, 'claims.appealValue', { id: claimId, date: '2026-05-15' }))!;
    // Full pension 1,800 / 20% = 9,000; 30% is 2,700: 900 a month, 3,600 for January–April.
    expect(value).toMatchObject({
      monthly: { determined: '1800.00', claimed: '2700.00', worth: '900.00' },
      retroactive: { worth: '3600.00' },
    });
  });

  it('is not found for a claim that does not exist', async () => {
    expect(await app.call(token, 'claims.appealValue', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
