// Civil dates travel as ISO YYYY-MM-DD; people read and type them as dd/mm/yyyy. Checked with a regex
// and a UTC round trip rather than date-fns' parse: an import checks several dates on each of 50,000
// rows, and parse was a tenth of its time (bench/RESULTS.md).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (year === 0) return false; // no shape match, or the year 0000, which date-fns refused too
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** '2024-03-07' → '07/03/2024'. */
export function isoToDisplay(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
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

/**
 * The last answer, by minute: Israel's offsets are whole hours, so the date only changes on a minute.
 * Schemas ask once a row (a birth date not in the future), 50,000 times in an import.
 */
let lastDay = { minute: NaN, day: '' };

export function todayInIsrael(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastDay.minute) lastDay = { minute, day: israelDay.format(now) };
  return lastDay.day;
}

/** Whole years between an ISO birth date and an ISO date. */
export function ageOn(birthIso: string, onIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onIso.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * An ISO date `months` months on (back when negative), on the same day of the month or the month's
 * last day where it has none: date-fns' addMonths on the same day, in string arithmetic (the
 * whole-office scan asks it of every client's birth date).
 */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}
