// A claim's payments month by month against what the rules expect for each month: a month left unpaid
// between paid ones is missing, a month paid at another rate than the facts give is a wrong rate (a
// degree changed and the NII kept the old rate), and no payment since the last paid month while the
// facts still entitle is a stop. A retroactive payment pays its months together: its sum is compared
// with theirs.
import Decimal from 'decimal.js';
import type { PaymentFlagKind, PaymentKind } from './kinds';
import type { ExpectedMonth } from './expected';
import { monthsBetween } from './months';

/** Paid and expected may differ by rounding: up to one shekel a month is the same rate. */
export const RATE_TOLERANCE = new Decimal(1);

export interface PaidSpan {
  kind: PaymentKind;
  fromMonth: string;
  toMonth: string;
  amount: Decimal;
}

export interface MonthLine {
  month: string;
  expected: ExpectedMonth;
  /** A month's payment; null when none (a retroactive payment's months say so in `retroactive`). */
  paid: Decimal | null;
  retroactive: boolean;
  flag: PaymentFlagKind | null;
}

export interface Flag {
  kind: PaymentFlagKind;
  month: string;
  expected: Decimal | null;
  paid: Decimal | null;
}

export interface Comparison {
  months: MonthLine[];
  flags: Flag[];
}

const differs = (a: Decimal, b: Decimal) => a.minus(b).abs().gt(RATE_TOLERANCE);
const mayBeOwed = (e: ExpectedMonth) => e.eligible !== false;

/**
 * The months from the first paid one to `lastDueMonth` (the latest month whose payment should have
 * come by now), each with what the rules expect and what was paid, and the flags.
 */
export function comparePayments(
  paid: readonly PaidSpan[],
  lastDueMonth: string,
  expectedOf: (month: string) => ExpectedMonth,
): Comparison {
  if (paid.length === 0) return { months: [], flags: [] };
  const first = paid.reduce((m, p) => (p.fromMonth < m ? p.fromMonth : m), paid[0]!.fromMonth);
  const lastPaid = paid.reduce((m, p) => (p.toMonth > m ? p.toMonth : m), paid[0]!.toMonth);
  const end = lastDueMonth > lastPaid ? lastDueMonth : lastPaid;
  const flags: Flag[] = [];
  const months = monthsBetween(first, end).map((month): MonthLine => {
    const expected = expectedOf(month);
    const monthly = paid.filter((p) => p.kind === 'monthly' && p.fromMonth === month);
    const retroactive = paid.some((p) => p.kind === 'retroactive' && p.fromMonth <= month && month <= p.toMonth);
    const amount = monthly.length ? monthly.reduce((sum, p) => sum.plus(p.amount), new Decimal(0)) : null;
    let flag: PaymentFlagKind | null = null;
    if (amount !== null) {
      if (expected.amount !== null && expected.eligible !== false && differs(amount, expected.amount))
        flag = 'wrong_rate';
    } else if (!retroactive && mayBeOwed(expected)) {
      flag = month < lastPaid ? 'missing' : 'stopped';
    }
    return { month, expected, paid: amount, retroactive, flag };
  });

  for (const line of months) {
    if (line.flag === 'stopped') {
      // One stop, from the first month not paid since; the months after it say the same.
      if (!flags.some((f) => f.kind === 'stopped'))
        flags.push({ kind: 'stopped', month: line.month, expected: line.expected.amount, paid: null });
    } else if (line.flag) {
      flags.push({ kind: line.flag, month: line.month, expected: line.expected.amount, paid: line.paid });
    }
  }
  for (const span of paid.filter((p) => p.kind === 'retroactive')) {
    const owed = months.filter((l) => l.month >= span.fromMonth && l.month <= span.toMonth).map((l) => l.expected);
    if (owed.some((e) => e.amount === null)) continue;
    const total = owed.reduce((sum, e) => sum.plus(e.eligible === false ? 0 : e.amount!), new Decimal(0));
    if (differs(span.amount, total))
      flags.push({ kind: 'wrong_rate', month: span.fromMonth, expected: total, paid: span.amount });
  }
  flags.sort((a, b) => a.month.localeCompare(b.month));
  return { months, flags };
}
