// Parameters are data with dates (handbook §6): each value holds from its `from` until the next.
// A date after the last known value uses it and warns; a date before the first is refused.
import type { RuleContext } from '../context';
import { RuleInputError } from '../types';

export interface DatedValue<T> {
  from: string;
  value: T;
  source: string;
  /** From a secondary public source (public-figures.md marks them): results say it is unverified. */
  secondary?: boolean;
  /**
   * A term the law sets (a share, a number of days) rather than a figure updated every year: it holds
   * until the law changes, so a date long after it is not warned about as possibly outdated.
   */
  standing?: boolean;
}

export interface Parameter<T> {
  name: string;
  description: string;
  values: readonly DatedValue<T>[];
}

export function parameter<T>(name: string, description: string, values: readonly DatedValue<T>[]): Parameter<T> {
  const sorted = [...values].sort((a, b) => a.from.localeCompare(b.from));
  return { name, description, values: sorted };
}

/** The value in force on `date`, with a warning when it is the latest known and may be outdated. */
export function valueOn<T>(p: Parameter<T>, date: string, ctx: RuleContext, field = 'date'): DatedValue<T> {
  const first = p.values[0]!;
  if (date < first.from) {
    throw new RuleInputError(field, `אין ערך ידוע ל"${p.description}" (${p.name}) לפני ${first.from}`);
  }
  let current = first;
  for (const v of p.values) if (v.from <= date) current = v;
  const last = p.values[p.values.length - 1]!;
  if (current === last && !last.standing && yearsBetween(last.from, date) >= 1) {
    ctx.warn(`הערך של "${p.description}" (${p.name}) ידוע רק עד ${last.from}; לתאריך ${date} נעשה שימוש בו והוא עשוי להיות לא מעודכן`);
  }
  if (current.secondary) ctx.warn(`הערך של "${p.description}" (${p.name}) לקוח ממקור משני ולא אומת: ${current.source}`);
  return current;
}

function yearsBetween(from: string, to: string): number {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);
}
