// Civil dates travel as ISO YYYY-MM-DD; people read and type them as dd/mm/yyyy.
import { format, isValid, parse } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1)));
}

/** '2024-03-07' → '07/03/2024'. */
export function isoToDisplay(iso: string): string {
  return format(parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'dd/MM/yyyy');
}

/** Accepts d/m/yyyy with '/', '.' or '-' separators; returns ISO or null. */
export function displayToIso(text: string): string | null {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, d, m, y] = match;
  const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Today's civil date in Israel, whatever the machine's time zone. */
const israelDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' });

export function todayInIsrael(now: Date = new Date()): string {
  return israelDay.format(now);
}

/** Whole years between an ISO birth date and an ISO date. */
export function ageOn(birthIso: string, onIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
