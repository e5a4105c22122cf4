// Seniority increments (תוספת ותק) as the NII rights guide 2014 states them for old age and for survivors: a percent
// of the pension for each full year of insurance beyond a first period, up to a maximum percent.
// Shared by the old-age and survivors calculators.
import Decimal from 'decimal.js';

export interface SeniorityRule {
  /** The first years of insurance that earn nothing (10: "שלמעלה מ-10 שנות הביטוח הראשונות"). */
  afterYears: number;
  percentPerYear: number;
  maxPercent: number;
}

/** The percent earned by `insuredYears` (only full years count), capped at the rule's maximum. */
export function seniorityPercent(insuredYears: number, rule: SeniorityRule): number {
  const extraYears = Math.max(0, Math.floor(insuredYears) - rule.afterYears);
  return Math.min(rule.maxPercent, extraYears * rule.percentPerYear);
}

/** The increment in ₪ on `pension` (decimal.js; unrounded — rounding happens once, at the end). */
export function seniorityIncrement(pension: Decimal, percent: number): Decimal {
  return pension.times(percent).dividedBy(100);
}
