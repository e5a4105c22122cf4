// Three ways to read a parameter besides valueOn (parameter.ts):
// - indexedValueOn, for amounts the law updates every year (benefits tied to the average wage). The
//   seeds skip years — January 2014, then 2021–2022 — so the value in force on a date may be years
//   older than the date even though a later value is known. valueOn warns only after the LAST known
//   value; this also warns when the value in force is a year or more older than the date and a later
//   one exists.
// - endedValueOn, for an amount whose null value records that it ended (a supplement folded into
//   the pension): a null in force does not go out of date, so no warning is given; an amount in
//   force is read as indexedValueOn reads it.
// - knownValueOn, for a calculator that answers a date before the first known value rather than
//   refusing it: a reason says the sources give no value for the date (citing where the known values
//   come from), the value is named as missing, and null comes back for the amount to be left open.
import { addYears, format, parseISO } from 'date-fns';
import type { RuleContext } from '../context';
import { valueOn, type DatedValue, type Parameter } from './parameter';

export function indexedValueOn<T>(p: Parameter<T>, date: string, ctx: RuleContext, field = 'date'): DatedValue<T> {
  const current = valueOn(p, date, ctx, field);
  const next = p.values.find((v) => v.from > current.from);
  if (next && date >= format(addYears(parseISO(current.from), 1), 'yyyy-MM-dd')) {
    ctx.warn(
      `למקורות אין ערך של "${p.description}" (${p.name}) לתאריך ${date}: נעשה שימוש בערך הידוע מ-${current.from} (הערך הבא ידוע רק מ-${next.from}), והסכום בפועל עשוי להיות שונה`,
    );
  }
  return current;
}

export function endedValueOn<T>(p: Parameter<T | null>, date: string, ctx: RuleContext, field = 'date'): DatedValue<T | null> {
  const inForce = [...p.values].reverse().find((v) => v.from <= date);
  if (inForce && inForce.value === null) return inForce;
  return indexedValueOn(p, date, ctx, field);
}

export function knownValueOn<T>(p: Parameter<T>, date: string, ctx: RuleContext): DatedValue<T> | null {
  const first = p.values[0]!;
  if (date >= first.from) return valueOn(p, date, ctx);
  ctx.because(`למקורות שבידינו אין ערך של "${p.description}" (${p.name}) לתאריך ${date}: הערך הידוע הראשון הוא מ-${first.from}, ולכן הסכום אינו מחושב.`, first.source);
  ctx.need(`${p.description} (${p.name}) לתאריך ${date}`);
  return null;
}
