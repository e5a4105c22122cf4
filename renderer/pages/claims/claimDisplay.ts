// How long a claim has been in its status, counted in Israeli civil days.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { todayInIsrael } from '../../../shared/dates';

/** Whole days since the claim entered its status; never negative (a desk whose clock runs behind the store's). */
export function daysInStatus(statusSince: string, today = todayInIsrael()): number {
  return Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(todayInIsrael(new Date(statusSince)))));
}
