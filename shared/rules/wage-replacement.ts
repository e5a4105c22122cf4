// Shared arithmetic of the wage-replacement benefits (injury allowance, accident allowance, reserve
// duty, maternity): a daily rate from a period's wages held between a floor and a cap, and the days
// paid out of a period of incapacity. decimal.js throughout; nothing is rounded here.
import Decimal from 'decimal.js';

/** The seeds turn three months' wages into a daily wage by dividing by 90 ("לחלק ב-90"). */
export const QUARTER_DAYS = 90;

/** `percent`% of `wages`, divided by `divisor`. */
export function dailyRate(wages: Decimal, percent: Decimal, divisor: number): Decimal {
  return wages.times(percent).dividedBy(100).dividedBy(divisor);
}

export interface Bounded {
  daily: Decimal;
  /** Which bound replaced the rate, if any. */
  bound: 'floor' | 'cap' | null;
}

/** `rate` held to at least `floor` (when given) and at most `cap`. */
export function bounded(rate: Decimal, cap: Decimal, floor?: Decimal): Bounded {
  if (rate.gt(cap)) return { daily: cap, bound: 'cap' };
  if (floor && rate.lt(floor)) return { daily: floor, bound: 'floor' };
  return { daily: rate, bound: null };
}

/**
 * Days paid for a period of incapacity counted from the day after the event: at most `maxDays`,
 * and the first `unpaidDays` of them are not paid — unless it lasts `paidInFullFrom` days or more.
 */
export interface PaymentPeriod {
  maxDays: number;
  unpaidDays: number;
  paidInFullFrom?: number;
}

export interface PaidDays {
  /** Days of incapacity inside the period (at most its maximum). */
  counted: number;
  /** The first days not paid. */
  unpaid: number;
  payable: number;
}

export function paidDays(days: number, period: PaymentPeriod): PaidDays {
  const counted = Math.min(days, period.maxDays);
  const unpaid = days >= (period.paidInFullFrom ?? Infinity) ? 0 : Math.min(period.unpaidDays, counted);
  return { counted, unpaid, payable: counted - unpaid };
}

/** Sources of one reason, each once, in order. */
export function joinSources(...list: string[]): string {
  return [...new Set(list)].join('; ');
}
