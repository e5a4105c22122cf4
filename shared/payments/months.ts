// Calendar months as YYYY-MM text, the way payments name what they pay for.
import { addMonths, differenceInCalendarMonths, format, parseISO } from 'date-fns';

const first = (month: string) => parseISO(`${month}-01`);

export const nextMonth = (month: string, by = 1) => format(addMonths(first(month), by), 'yyyy-MM');

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) months.push(m);
  return months;
}

/** How many months a span covers, both ends included. */
export const monthCount = (from: string, to: string) => differenceInCalendarMonths(first(to), first(from)) + 1;

/** yyyy-mm from yyyy-mm or m/yyyy (or . -), as people type a month; null for anything else. */
export function monthFromText(text: string): string | null {
  const yearFirst = /^(\d{4})[./-](\d{1,2})$/.exec(text);
  const monthFirst = /^(\d{1,2})[./-](\d{4})$/.exec(text);
  const [year, month] = yearFirst ? [yearFirst[1], yearFirst[2]] : monthFirst ? [monthFirst[2], monthFirst[1]] : [];
  return year && month ? `${year}-${month.padStart(2, '0')}` : null;
}

/** yyyy-mm as people read it, mm/yyyy, as the NII's letters write a month. */
export const monthText = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** A span of months as people read it: one month alone, or first–last. */
export const monthSpanText = ({ fromMonth, toMonth }: { fromMonth: string; toMonth: string }) =>
  fromMonth === toMonth ? monthText(fromMonth) : `${monthText(fromMonth)}–${monthText(toMonth)}`;
