// The fee each payment allows: the agreement's percent of the average benefit over the months the
// caps count, never above the law's cap, taken at most 60% of a retroactive payment and 25% of each
// monthly one, for at most the spread months, and nothing once paid in full or without an agreement.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { postFees, type LedgerPayment, type LedgerTerms } from '../../shared/payments/fee-ledger';
import { monthsBetween } from '../../shared/payments/months';

const timing = { retroactiveAtOncePercent: new Decimal(60), monthlyPaymentPercent: new Decimal(25), spreadMonths: 60 };
const terms = (over: Partial<LedgerTerms> = {}): LedgerTerms => ({
  successPercent: new Decimal('10'),
  benefitMonths: 60,
  cap: null,
  timing,
  ...over,
});

let id = 0;
const pay = (kind: LedgerPayment['kind'], fromMonth: string, toMonth: string, amount: string): LedgerPayment => ({
  id: ++id,
  kind,
  fromMonth,
  toMonth,
  amount: new Decimal(amount),
});

describe('the fee ledger', () => {
  it('takes the agreed fee from a retroactive payment up to 60% of it, then 25% of each monthly payment', () => {
    // 10% of 1,000 a month over 60 months: 6,000.
    const payments = [
      pay('retroactive', '2025-01', '2025-06', '6000.00'),
      ...monthsBetween('2025-07', '2025-12').map((m) => pay('monthly', m, m, '1000.00')),
    ];
    const ledger = postFees(payments, terms());
    expect(ledger.total!.toFixed(2)).toBe('6000.00');
    expect(ledger.lines.map((l) => [l.fee.toFixed(2), l.basis])).toEqual([
      ['3600.00', 'retroactive_share'],
      ['250.00', 'monthly_share'],
      ['250.00', 'monthly_share'],
      ['250.00', 'monthly_share'],
      ['250.00', 'monthly_share'],
      ['250.00', 'monthly_share'],
      ['250.00', 'monthly_share'],
    ]);
  });

  it('stops at the cap the law gives, and takes nothing once the fee is paid', () => {
    const payments = [
      pay('retroactive', '2025-01', '2025-10', '10000.00'),
      pay('monthly', '2025-11', '2025-11', '1000.00'),
    ];
    const ledger = postFees(payments, terms({ cap: new Decimal('5000.00') }));
    expect(ledger.total!.toFixed(2)).toBe('5000.00');
    expect(ledger.lines.map((l) => [l.fee.toFixed(2), l.basis])).toEqual([
      ['5000.00', 'total_cap'],
      ['0.00', 'settled'],
    ]);
  });

  it('takes nothing from a monthly payment beyond the months the fee may be spread over', () => {
    const months = monthsBetween('2020-01', '2025-02');
    const ledger = postFees(
      months.map((m) => pay('monthly', m, m, '1000.00')),
      terms({ successPercent: new Decimal(50) }),
    );
    expect(ledger.lines.slice(0, 60).every((l) => l.basis === 'monthly_share')).toBe(true);
    expect(ledger.lines.slice(60).map((l) => l.basis)).toEqual(['beyond_months', 'beyond_months']);
    expect(ledger.lines.reduce((s, l) => s.plus(l.fee), new Decimal(0)).toFixed(2)).toBe('15000.00');
  });

  it('posts no fee without an agreement in force', () => {
    const ledger = postFees([pay('monthly', '2025-01', '2025-01', '1000.00')], terms({ successPercent: null }));
    expect(ledger.total).toBeNull();
    expect(ledger.lines).toEqual([{ paymentId: id, fee: new Decimal(0), basis: 'no_agreement' }]);
  });
});
