// How long a claim has been in its status, counted in Israeli civil days.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { todayInIsrael } from '../../../shared/dates';

export function daysInStatus(statusSince: string, today = todayInIsrael()): number {
  return differenceInCalendarDays(parseISO(today), parseISO(todayInIsrael(new Date(statusSince))));
}
