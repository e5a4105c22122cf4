// Working days for the fee agreement's cancellation window: Sunday to Thursday, not a yom tov or
// Independence Day (Friday and Saturday are not working days in Israeli practice).
import { addDays, format, parseISO } from 'date-fns';
import { restDayName } from './calendar';

export function isWorkingDay(iso: string): boolean {
  return parseISO(iso).getDay() !== 5 && restDayName(iso) === null;
}

/** The date on which `count` working days after `from` have passed. */
export function addWorkingDays(from: string, count: number): string {
  let day = from;
  for (let left = count; left > 0;) {
    day = format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
    if (isWorkingDay(day)) left--;
  }
  return day;
}
