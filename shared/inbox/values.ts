// The value shapes letters write, as regular-expression sources and their parsers: dates (12.03.2024,
// 12/3/24, 12 במרץ 2024), times, percents and shekel amounts. Parsers return null for what only looks
// like a value (31.02.2024), so a rule never reports an impossible date.
import { Decimal } from 'decimal.js';
import { format, isValid } from 'date-fns';

const MONTHS: Record<string, number> = {
  ינואר: 1,
  פברואר: 2,
  מרץ: 3,
  מרס: 3,
  אפריל: 4,
  מאי: 5,
  יוני: 6,
  יולי: 7,
  אוגוסט: 8,
  ספטמבר: 9,
  אוקטובר: 10,
  נובמבר: 11,
  דצמבר: 12,
};

export const DATE = `(?:\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})|\\d{1,2}\\s+ב?(?:${Object.keys(MONTHS).join('|')})\\s+\\d{4})`;
export const TIME = `(?:[01]?\\d|2[0-3]):[0-5]\\d`;
export const PERCENT = `\\d{1,3}(?:\\.\\d{1,2})?\\s?%`;
/** 1,234.56 or 1234.56 or 1,234 — a number as a letter prints a sum of money. */
export const AMOUNT = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?`;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day)
    return null;
  return format(date, 'yyyy-MM-dd');
}

/** A date as letters print it → ISO; two-digit years are this century. */
export function parseDate(raw: string): string | null {
  const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/.exec(raw.trim());
  if (numeric) {
    const year = Number(numeric[3]!.length === 2 ? `20${numeric[3]}` : numeric[3]);
    return isoDate(year, Number(numeric[2]), Number(numeric[1]));
  }
  const named = /^(\d{1,2})\s+ב?(\S+)\s+(\d{4})$/.exec(raw.trim());
  const month = named ? MONTHS[named[2]!] : undefined;
  return named && month ? isoDate(Number(named[3]), month, Number(named[1])) : null;
}

export function parseTime(raw: string): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(raw.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

/** "7.5 %" → "7.5"; over 100 is no percentage of disability. */
export function parsePercent(raw: string): string | null {
  const value = new Decimal(raw.replace(/[%\s]/g, ''));
  return value.gt(100) ? null : value.toString();
}

/** "1,234.50" → "1234.5" (a decimal string, never a float). */
export function parseAmount(raw: string): string | null {
  const value = new Decimal(raw.replace(/,/g, ''));
  return value.isZero() ? null : value.toFixed(2);
}
