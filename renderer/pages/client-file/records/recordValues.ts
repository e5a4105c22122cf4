// A record as its form holds it (text as typed: dates dd/mm/yyyy, months mm/yyyy, amounts with
// separators) and back to the API's shape. Anything unreadable is passed on as typed, so the
// contract's schema reports it under its field in Hebrew.
import type { RecordMeta } from '../../../../shared/api/procedures/records';
import { isoToDisplay } from '../../../../shared/dates';
import { typedDate } from '../../../forms/clientValues';
import type { FieldSpec, RecordConfig } from './recordConfigs';

export interface ImpairmentValues {
  section: string;
  description: string;
  percent: string;
  isTemporary: boolean;
}

export type FieldValue = string | boolean | string[] | ImpairmentValues[];
export type RecordValues = Record<string, FieldValue>;
export type AnyRecord = RecordMeta & Record<string, unknown>;

const MONTH = /^(\d{1,2})[./-](\d{4})$/;

function typedMonth(text: string): string {
  const match = MONTH.exec(text.trim());
  return match ? `${match[2]}-${match[1]!.padStart(2, '0')}` : text.trim();
}

/** '' is "none": the schema's default (null, or its own default such as 7) applies. */
function typedNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const typedDecimal = (text: string) => text.replace(/[,\s₪%]/g, '');

/** "12500.5" → "12,500.5": separators for reading, removed again before sending. */
export function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function toApi(spec: FieldSpec, value: FieldValue | undefined): unknown {
  switch (spec.kind) {
    case 'date':
      return typedDate(value as string);
    case 'month':
      return typedMonth(value as string);
    case 'money':
    case 'decimalPercent':
      return typedDecimal(value as string);
    case 'percent':
    case 'count':
      return typedNumber(value as string);
    case 'choice':
      return value === '' ? undefined : value;
    case 'familyMember':
      return value === '' ? null : Number(value);
    case 'impairments':
      return (value as ImpairmentValues[]).map((row) => ({ ...row, percent: typedNumber(row.percent) }));
    default:
      return value;
  }
}

export function toRecordInput(config: RecordConfig, values: RecordValues): Record<string, unknown> {
  return Object.fromEntries(config.fields.map((spec) => [spec.name, toApi(spec, values[spec.name])]));
}

export function fromApi(spec: FieldSpec, value: unknown): FieldValue {
  if (spec.kind === 'bool') return value === true;
  if (spec.kind === 'benefits') return (value as string[] | null) ?? [];
  if (spec.kind === 'impairments') {
    return (
      (value as { section: string; description: string | null; percent: number; isTemporary: boolean }[] | null) ?? []
    ).map((row) => ({
      section: row.section,
      description: row.description ?? '',
      percent: String(row.percent),
      isTemporary: row.isTemporary,
    }));
  }
  if (value === null || value === undefined) return '';
  if (spec.kind === 'date') return isoToDisplay(value as string);
  if (spec.kind === 'month') {
    const [year, month] = (value as string).split('-');
    return `${month}/${year}`;
  }
  if (spec.kind === 'money') return groupThousands(value as string);
  return String(value);
}

export function fromRecord(config: RecordConfig, record: AnyRecord): RecordValues {
  return Object.fromEntries(config.fields.map((spec) => [spec.name, fromApi(spec, record[spec.name])]));
}

export function blankRecord(config: RecordConfig, preset: Record<string, string> = {}): RecordValues {
  const blank = Object.fromEntries(config.fields.map((spec) => [spec.name, fromApi(spec, null)]));
  return { ...blank, ...config.defaults, ...preset };
}

export const newImpairment = (): ImpairmentValues => ({
  section: '',
  description: '',
  percent: '',
  isTemporary: false,
});
