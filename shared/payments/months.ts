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
