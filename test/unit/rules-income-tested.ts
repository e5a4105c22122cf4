// What the income-tested benefits' property tests share: the amount stays within a cap, and more
// income never raises the benefit nor improves the verdict (no < maybe < yes).
import Decimal from 'decimal.js';
import type { RuleResult } from '../../shared/rules/types';

const rank = (eligible: boolean | null) => (eligible === true ? 2 : eligible === null ? 1 : 0);

/** The amount, if any, is not negative and not above `cap`. */
export function withinCap(result: RuleResult, cap: Decimal | number): boolean {
  return result.amount === null || (new Decimal(result.amount).gte(0) && new Decimal(result.amount).lte(cap));
}

/** `more` (the same facts with more income) is no better than `less`: verdict and amount. */
export function notRaisedBy(less: RuleResult, more: RuleResult): boolean {
  return rank(more.eligible) <= rank(less.eligible) && new Decimal(more.amount ?? 0).lte(less.amount ?? 0);
}
