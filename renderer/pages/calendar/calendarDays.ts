// The days a month view shows: whole weeks from Sunday (the Israeli week's first day) to Saturday,
// covering the month; each day with its Israeli rest day (Saturday, yom tov, Independence Day).
import { addDays, addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import { restDayName } from '../../../shared/rules/calendar';

export interface GridDay {
  iso: string;
  inMonth: boolean;
  restDay: string | null;
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const SUNDAY = { weekStartsOn: 0 } as const;

/** 'YYYY-MM' → its first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  const first = parseISO(`${month}-01`);
  return { from: iso(first), to: iso(endOfMonth(first)) };
}

export function shiftMonth(month: string, by: number): string {
  return format(addMonths(parseISO(`${month}-01`), by), 'yyyy-MM');
}

/** The weeks of the month, Sunday first. */
export function monthWeeks(month: string): GridDay[][] {
  const first = parseISO(`${month}-01`);
  const last = endOfWeek(endOfMonth(first), SUNDAY);
  const weeks: GridDay[][] = [];
  for (let day = startOfWeek(startOfMonth(first), SUNDAY); day <= last; day = addDays(day, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(day, i);
        return { iso: iso(date), inMonth: format(date, 'yyyy-MM') === month, restDay: restDayName(iso(date)) };
      }),
    );
  }
  return weeks;
}

/** Sunday to Saturday of the week holding `today`. */
export function weekOf(today: string): { from: string; to: string } {
  const date = parseISO(today);
  return { from: iso(startOfWeek(date, SUNDAY)), to: iso(endOfWeek(date, SUNDAY)) };
}
