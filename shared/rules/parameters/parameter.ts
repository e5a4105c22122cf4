// Parameters are data with dates: each value holds from its `from` until the next.
// A date after the last known value uses it and notes that it may be outdated; a date before the first
// is refused. Terms the law sets (ages, shares, periods) are `standing` and never noted as outdated.
import type { RuleContext } from '../context';
import { RuleInputError } from '../types';

/** A second source that gives another value for the same date: shown beside the value used. */
export interface SourceConflict {
  /** The other value, as its source prints it. */
  value: string;
  source: string;
  /** Hebrew: why the value used is the better-founded one. */
  why: string;
}

export interface DatedValue<T> {
  from: string;
  value: T;
  source: string;
  /** Not from the NII's own pages (kolzchut, a news report): results say it is unverified. */
  secondary?: boolean;
  /**
   * A term the law sets (a share, a number of days) rather than a figure updated every year: it holds
   * until the law changes, so a date long after it is not noted as possibly outdated.
   */
  standing?: boolean;
  conflict?: SourceConflict;
  /** The parameter pack this value came from; absent for the values built into the app. */
  pack?: string;
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

/** A parameter every value of which is a standing term of the law. */
export function term<T>(name: string, description: string, values: readonly DatedValue<T>[]): Parameter<T> {
  return parameter(
    name,
    description,
    values.map((v) => ({ ...v, standing: true })),
  );
}

/** The values of `p` in force, with those of any applied parameter pack (packs.ts) merged in by date. */
export type ValuesOf = <T>(p: Parameter<T>) => readonly DatedValue<T>[];
let valuesOf: ValuesOf = (p) => p.values;

/** Installed by packs.ts; the rules read every parameter through it. */
export function setValuesOf(fn: ValuesOf): void {
  valuesOf = fn;
}

export function currentValues<T>(p: Parameter<T>): readonly DatedValue<T>[] {
  return valuesOf(p);
}

/** The value in force on `date`; the context notes when it is the latest known and may be outdated. */
export function valueOn<T>(p: Parameter<T>, date: string, ctx: RuleContext, field = 'date'): DatedValue<T> {
  const values = valuesOf(p);
  const first = values[0]!;
  if (date < first.from) {
    throw new RuleInputError(field, `אין ערך ידוע ל"${p.description}" לפני ${first.from}`);
  }
  let current = first;
  for (const v of values) if (v.from <= date) current = v;
  const last = values[values.length - 1]!;
  if (current === last && !last.standing && yearsBetween(last.from, date) >= 1)
    ctx.stale(p.description, last.from, date);
  if (current.secondary)
    ctx.warn(`הערך של "${p.description}" לקוח ממקור שאינו דף של המוסד לביטוח לאומי ולא אומת: ${current.source}`);
  if (current.conflict) ctx.conflict(p, current);
  return current;
}

export function yearsBetween(from: string, to: string): number {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5) < from.slice(5) ? 1 : 0);
}
