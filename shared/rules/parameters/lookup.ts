// Three ways to read a parameter besides valueOn (parameter.ts):
// - indexedValueOn, for amounts the law updates every year (benefits tied to the average wage). The
//   seeds skip years — January 2014, then 2021–2022 — so the value in force on a date may be years
//   older than the date even though a later value is known. valueOn notes only a date after the LAST
//   known value; this also notes a value in force a year or more older than the date when a later one
//   exists (both go into the result's one notice that figures may be out of date).
// - endedValueOn, for an amount whose null value records that it ended (a supplement folded into
//   the pension): a null in force does not go out of date, so no warning is given; an amount in
//   force is read as indexedValueOn reads it.
// - knownValueOn, for a calculator that answers a date before the first known value rather than
//   refusing it: a reason says the sources give no value for the date (citing where the known values
//   come from), the value is named as missing, and null comes back for the amount to be left open.
import { addYears, format, parseISO } from 'date-fns';
import type { RuleContext } from '../context';
import { currentValues, valueOn, type DatedValue, type Parameter } from './parameter';

export function indexedValueOn<T>(p: Parameter<T>, date: string, ctx: RuleContext, field = 'date'): DatedValue<T> {
  const current = valueOn(p, date, ctx, field);
  const next = currentValues(p).find((v) => v.from > current.from);
  if (next && !current.standing && date >= format(addYears(parseISO(current.from), 1), 'yyyy-MM-dd'))
    ctx.stale(p.description, current.from, date);
  return current;
}

export function endedValueOn<T>(
  p: Parameter<T | null>,
  date: string,
  ctx: RuleContext,
  field = 'date',
): DatedValue<T | null> {
  const inForce = [...currentValues(p)].reverse().find((v) => v.from <= date);
  if (inForce && inForce.value === null) return inForce;
  return indexedValueOn(p, date, ctx, field);
}

export function knownValueOn<T>(p: Parameter<T>, date: string, ctx: RuleContext): DatedValue<T> | null {
  const first = currentValues(p)[0]!;
  if (date >= first.from) return valueOn(p, date, ctx);
  ctx.because(
    `למקורות שבידינו אין ערך של "${p.description}" לתאריך ${date}: הערך הידוע הראשון הוא מ-${first.from}, ולכן הסכום אינו מחושב.`,
    first.source,
  );
  ctx.need(`${p.description} לתאריך ${date}`);
  return null;
}
