// The fee each payment of a claim allows the office to collect, under Amendment 161 to the National
// Insurance Law and the client's fee agreement (Kol Zchut, "הגבלת שכר טרחה"; NII, "חישוב התשלום המקסימלי
// שמותר לגבות ממך"): the fee is the agreement's percent of the average monthly benefit times the months
// the caps count, never above the cap the fee-limit calculator gives; it is collected at most a share
// of a retroactive payment at once, then at most a share of each monthly payment, over at most the
// months the law allows from the first of them. Posted in the order the money came.
import Decimal from 'decimal.js';
import type { FeeBasis, PaymentKind } from './kinds';
import { monthCount, nextMonth } from './months';

export interface LedgerPayment {
  id: number;
  kind: PaymentKind;
  fromMonth: string;
  toMonth: string;
  amount: Decimal;
}

export interface FeeTimingTerms {
  retroactiveAtOncePercent: Decimal;
  monthlyPaymentPercent: Decimal;
  spreadMonths: number;
}

export interface LedgerTerms {
  /** The agreement's success fee in percent; null: no agreement in force for the claim's benefit. */
  successPercent: Decimal | null;
  /** The months of average benefit the percent is of (60 under the 2024 caps). */
  benefitMonths: number;
  /** The most the law allows for the claim (the fee-limit calculator); null when the sources give none. */
  cap: Decimal | null;
  timing: FeeTimingTerms;
}

export interface LedgerLine {
  paymentId: number;
  fee: Decimal;
  basis: FeeBasis;
}

export interface Ledger {
  /** The fee the agreement gives over the claim, within the cap (null without an agreement). */
  total: Decimal | null;
  averageMonthly: Decimal | null;
  lines: LedgerLine[];
}

const monthsOf = (p: LedgerPayment) => monthCount(p.fromMonth, p.toMonth);

/** The average monthly benefit: of the month's payments, else of the retroactive ones by their months. */
export function averageMonthly(payments: readonly LedgerPayment[]): Decimal | null {
  const monthly = payments.filter((p) => p.kind === 'monthly');
  const basis = monthly.length > 0 ? monthly : payments;
  const months = basis.reduce((n, p) => n + monthsOf(p), 0);
  if (months === 0) return null;
  return basis.reduce((sum, p) => sum.plus(p.amount), new Decimal(0)).dividedBy(months);
}

const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_DOWN);

export function postFees(payments: readonly LedgerPayment[], terms: LedgerTerms): Ledger {
  const ordered = [...payments].sort((a, b) => a.toMonth.localeCompare(b.toMonth) || a.id - b.id);
  const average = averageMonthly(ordered);
  if (terms.successPercent === null || average === null)
    return {
      total: null,
      averageMonthly: average,
      lines: ordered.map((p) => ({ paymentId: p.id, fee: new Decimal(0), basis: 'no_agreement' })),
    };
  const agreed = cents(average.times(terms.benefitMonths).times(terms.successPercent).dividedBy(100));
  const capped = terms.cap !== null && agreed.gt(terms.cap);
  const total = capped ? cents(terms.cap!) : agreed;
  const firstMonthly = ordered.find((p) => p.kind === 'monthly')?.fromMonth ?? null;
  const lastMonth = firstMonthly && nextMonth(firstMonthly, terms.timing.spreadMonths - 1);
  let collected = new Decimal(0);
  const lines = ordered.map((p): LedgerLine => {
    const remaining = total.minus(collected);
    if (remaining.lte(0)) return { paymentId: p.id, fee: new Decimal(0), basis: 'settled' };
    if (p.kind === 'monthly' && lastMonth && p.fromMonth > lastMonth)
      return { paymentId: p.id, fee: new Decimal(0), basis: 'beyond_months' };
    const share = p.kind === 'retroactive' ? terms.timing.retroactiveAtOncePercent : terms.timing.monthlyPaymentPercent;
    const most = cents(p.amount.times(share).dividedBy(100));
    const fee = Decimal.min(most, remaining);
    collected = collected.plus(fee);
    const basis: FeeBasis = most.lt(remaining)
      ? p.kind === 'retroactive'
        ? 'retroactive_share'
        : 'monthly_share'
      : capped
        ? 'total_cap'
        : 'agreement';
    return { paymentId: p.id, fee, basis };
  });
  return { total, averageMonthly: average, lines };
}
