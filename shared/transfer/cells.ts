// Cells of a CSV or Excel file to the values the API's schemas take, and back. Reading is forgiving
// about how people and Excel write things (dates as 1.2.1980 or date cells, IDs and phones without
// their leading zero, "1,234.50", נשואה for married); the schemas then judge the values.
import { displayToIso, isIsoDate, isoToDisplay } from '../dates';
import { formatPhone } from '../identity/phone';
import { monthFromText } from '../payments/months';
import { validationMessage } from '../locales/messages';
import { codeFor, vocabularyOf, type Column } from './layout';

/** What a reader hands over: CSV gives text, Excel also numbers, booleans and dates (UTC midnight). */
export type Cell = string | number | boolean | Date | null;

export type Coerced = { value: unknown } | { problem: string; raw: string };

const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day
const DAY_MS = 86_400_000;

function utcDay(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** An Excel date cell, an Excel serial day, or text as yyyy-mm-dd (time ignored) or d/m/yyyy, d.m.yyyy, d-m-yyyy. */
function isoDay(cell: Date | number | string): string | null {
  if (cell instanceof Date) return utcDay(cell);
  if (typeof cell === 'number')
    return cell >= 1 ? utcDay(new Date(Math.round((cell - EXCEL_EPOCH_DAYS) * DAY_MS))) : null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(cell);
  if (iso) return isIsoDate(iso[1]!) ? iso[1]! : null;
  return displayToIso(cell);
}

/** yyyy-mm from yyyy-mm, m/yyyy (or . -), a date, or a date cell; null leaves the text to the schema. */
function isoMonth(cell: Date | number | string): string | null {
  return (typeof cell === 'string' ? monthFromText(cell) : null) ?? isoDay(cell)?.slice(0, 7) ?? null;
}

/**
 * A cell a spreadsheet could run as a formula: it starts with a tab or CR, or its first non-space
 * character is = + - @ — whatever follows, newlines included (OWASP, "CSV Injection").
 */
export const FORMULA_LIKE = /^(?:[\t\r]|\s*[=+\-@])/;

/** Our CSV export puts ' before a formula-like cell so that Excel does not run it; read back, the ' goes. */
const ESCAPED_FORMULA = /^'(?=[\t\r]|\s*[=+\-@])/;

/** A cell as the user reads it: text trimmed, a date cell as yyyy-mm-dd. */
export function text(cell: Exclude<Cell, null>): string {
  return cell instanceof Date ? (utcDay(cell) ?? '') : String(cell).trim().replace(ESCAPED_FORMULA, '');
}

function choiceOf(column: Column, raw: string): Coerced {
  const vocabulary = vocabularyOf(column);
  const code = codeFor(vocabulary, raw);
  if (code !== undefined) return { value: column.type === 'bool' ? code === 'true' : code };
  const allowed = [...vocabulary.labels.values()].join(', ');
  return { problem: validationMessage('importChoice', { field: column.field, value: raw, allowed }), raw };
}

/** The value for the schema, undefined for an empty cell (so the schema's default or "required" applies). */
export function fromCell(column: Column, cell: Cell): Coerced {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: undefined };
  switch (column.type) {
    case 'id':
      return { value: typeof cell === 'number' ? String(Math.trunc(cell)) : text(cell) };
    case 'phone':
      // A number cell lost the phone's leading zero (0501234567 → 501234567), unless it was international.
      return { value: typeof cell === 'number' && !String(cell).startsWith('972') ? `0${cell}` : text(cell) };
    case 'date': {
      const iso = typeof cell === 'boolean' ? null : isoDay(typeof cell === 'string' ? cell.trim() : cell);
      return iso
        ? { value: iso }
        : { problem: validationMessage('importDate', { field: column.field }), raw: text(cell) };
    }
    case 'month':
      return {
        value:
          typeof cell === 'boolean'
            ? text(cell)
            : (isoMonth(typeof cell === 'string' ? cell.trim() : cell) ?? text(cell)),
      };
    case 'bool':
      return typeof cell === 'boolean' ? { value: cell } : choiceOf(column, text(cell));
    case 'choice':
      return choiceOf(column, text(cell));
    case 'decimal':
      return {
        value: typeof cell === 'number' ? String(Math.round(cell * 100) / 100) : text(cell).replace(/[,\s₪]/g, ''),
      };
    case 'digits': {
      const digits = text(cell);
      return { value: column.width && /^\d+$/.test(digits) ? digits.padStart(column.width, '0') : digits };
    }
    case 'text':
      return { value: text(cell) };
  }
}

/** A stored value as people read it: dd/mm/yyyy, mm/yyyy, 050-1234567, the Hebrew word for a code. */
export function toText(column: Column, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'date':
      return isoToDisplay(value as string);
    case 'month': {
      const [year, month] = (value as string).split('-');
      return `${month}/${year}`;
    }
    case 'phone':
      return formatPhone(value as string);
    case 'bool':
    case 'choice':
      return vocabularyOf(column).labels.get(String(value)) ?? String(value);
    default:
      return String(value);
  }
}

/** As toText, but a date becomes a real date cell (UTC midnight, which Excel reads as that day). */
export function toCell(column: Column, value: unknown): Cell {
  if (column.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return toText(column, value);
}
