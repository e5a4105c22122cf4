// Display of the rules' answers: money as ₪ with thousands separators, ISO dates inside the rules'
// Hebrew sentences as dd/mm/yyyy, and a calculator's free-form details as labelled rows.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { isIsoDate, isoToDisplay } from '../../../../shared/dates';
import type { RuleResult } from '../../../../shared/rules/types';

const shekels = new Intl.NumberFormat('he-IL', { style: 'currency', currency: 'ILS' });

/** "4747.00" → "‏4,747.00 ₪" — the decimal string is formatted as is, never through a float. */
export function formatMoney(amount: string): string {
  return shekels.format(amount as `${number}`);
}

const ISO_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** The rules write dates as YYYY-MM-DD; people read dd/mm/yyyy. */
export function withDisplayDates(text: string): string {
  return text.replace(ISO_IN_TEXT, (iso: string) => (isIsoDate(iso) ? isoToDisplay(iso) : iso));
}

const ENCODED_ADDRESS = /https?:\/\/\S*%[0-9A-Fa-f]{2}\S*/g;

/** The sources' web addresses are kept percent-encoded; a Hebrew address reads in Hebrew. */
export function withReadableAddresses(text: string): string {
  return text.replace(ENCODED_ADDRESS, (address) => {
    try {
      return decodeURI(address);
    } catch {
      return address;
    }
  });
}

export type DetailValue =
  | { kind: 'money'; text: string }
  | { kind: 'percent'; text: string }
  | { kind: 'date'; text: string }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'list'; rows: DetailRow[] };

export interface DetailRow {
  key: string;
  value: DetailValue;
}

const TWO_PLACES = /^-?\d+\.\d{2}$/;
const isPercentKey = (key: string) => /percent/i.test(key);

function valueOf(key: string, value: unknown): DetailValue {
  if (value === null || value === undefined) return { kind: 'none' };
  if (typeof value === 'boolean') return { kind: value ? 'yes' : 'no' };
  if (typeof value === 'number')
    return isPercentKey(key) ? { kind: 'percent', text: `${value}%` } : { kind: 'text', text: String(value) };
  if (typeof value === 'string') {
    if (isIsoDate(value)) return { kind: 'date', text: isoToDisplay(value) };
    if (TWO_PLACES.test(value))
      return isPercentKey(key)
        ? { kind: 'percent', text: `${Number(value)}%` }
        : { kind: 'money', text: formatMoney(value) };
    return { kind: 'text', text: withDisplayDates(value) };
  }
  if (Array.isArray(value))
    return { kind: 'list', rows: value.map((item, index) => ({ key: String(index + 1), value: valueOf(key, item) })) };
  return { kind: 'list', rows: detailRows(value as Record<string, unknown>) };
}

/** Each detail as a row whose value says how to show it (a two-place string is ₪ unless it is a percent). */
export function detailRows(details: Record<string, unknown>): DetailRow[] {
  return Object.entries(details).map(([key, value]) => ({ key, value: valueOf(key, value) }));
}

export interface DeadlineView {
  title: string;
  dueDate: string;
  daysLeft: number;
  /** The day the period really ended and the rest days that moved it, when it moved. */
  moved: { from: string; names: string[] } | null;
}

/** A deadline result as the panel lists it; its first reason says what the period is for. */
export function deadlineView(result: RuleResult, today: string): DeadlineView {
  const details = result.details as {
    rawDueDate: string;
    dueDate: string;
    movedOver?: { date: string; name: string }[];
  };
  const movedOver = details.movedOver ?? [];
  return {
    title: (result.reasons[0]?.text ?? '').split(':')[0]!.trim(),
    dueDate: details.dueDate,
    daysLeft: differenceInCalendarDays(parseISO(details.dueDate), parseISO(today)),
    moved: movedOver.length > 0 ? { from: details.rawDueDate, names: movedOver.map((d) => d.name) } : null,
  };
}
