// Civil dates as day numbers (days since 1970-01-01, UTC) for cheap arithmetic, turned into the
// store's ISO dates and UTC timestamps only when a row is written. Office acts fall on Israeli
// working days (Sunday to Thursday) in office hours.
import type { Random } from './random';

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of a day. */
export function monthOf(day: number): string {
  return isoOf(day).slice(0, 7);
}

/** The same calendar day `years` later (29 February becomes 28 February). */
export function addYears(day: number, years: number): number {
  const date = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastOfMonth));
  return Math.floor(target.getTime() / DAY_MS);
}

/** The first day of the month `months` after (or before) the month of `day`. */
export function monthStart(day: number, months = 0): number {
  const date = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / DAY_MS);
}

/** Friday and Saturday move back to Thursday, so that a date drawn up to a limit stays within it. */
export function workday(day: number): number {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday === 5 ? day - 1 : weekday === 6 ? day - 2 : day;
}

export function between(random: Random, from: number, to: number): number {
  return to <= from ? from : random.int(from, to);
}

/** A UTC timestamp within Israeli office hours (08:00–17:59 local, taken as UTC+2) on that day. */
export function stamp(random: Random, day: number): string {
  const ms = day * DAY_MS + (random.int(6, 15) * 60 + random.int(0, 59)) * 60_000 + random.int(0, 59_999);
  return new Date(ms).toISOString();
}

/** The timestamp, or a time on `day` when that is later: a record is not written before what it records. */
export function notBefore(random: Random, timestamp: string, day: number): string {
  return timestamp < isoOf(day) ? stamp(random, day) : timestamp;
}
