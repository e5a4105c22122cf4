// How a record's values read on screen: in the section's table and beside each other when a stale
// write is refused. Codes become Hebrew labels; amounts, percents and dates stay left to right.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import { useClientFile } from '../useClientFile';
import type { FieldSpec } from './recordConfigs';
import { fromApi, type FieldValue, type ImpairmentValues } from './recordValues';

const LTR_KINDS = new Set<FieldSpec['kind']>([
  'idNumber',
  'date',
  'month',
  'money',
  'percent',
  'decimalPercent',
  'count',
]);

/** "20.00" → "20", "12.50" → "12.5". */
const trimZeros = (decimal: string) => decimal.replace(/\.?0+$/, '');

/** Reads form values (text as typed) as a person would say them. */
export function useDescribe(): (spec: FieldSpec, value: FieldValue) => string {
  const { t } = useTranslation();
  const { file } = useClientFile();
  return (spec, value) => {
    switch (spec.kind) {
      case 'bool':
        return t(value ? 'clientFile.yes' : 'clientFile.no');
      case 'choice':
        return value ? t(`clientFile.enums.${spec.group}.${value as string}`) : '';
      case 'benefits':
        return (value as string[]).map((b) => t(`clientFile.enums.benefit.${b}`)).join(', ');
      case 'familyMember': {
        const member = file.family.find((f) => String(f.id) === value);
        return member ? `${member.firstName} ${member.lastName ?? ''}`.trim() : '';
      }
      case 'impairments':
        return (value as ImpairmentValues[]).map((row) => `${row.section} (${row.percent}%)`).join(', ');
      case 'money':
        return value ? `${value as string} ₪` : '';
      case 'percent':
        return value ? `${value as string}%` : '';
      case 'decimalPercent':
        return value ? `${trimZeros(value as string)}%` : '';
      default:
        return value as string;
    }
  };
}

/** A table cell for one stored value. */
export function useCell(): (spec: FieldSpec, stored: unknown) => ReactNode {
  const describe = useDescribe();
  return (spec, stored) => {
    // One line per impairment, each isolated, so sections like 33(1)(ב) never run into each other.
    if (spec.kind === 'impairments') {
      return (fromApi(spec, stored) as ImpairmentValues[]).map((row, index) => (
        <div key={index}>
          <bdi>{row.section}</bdi> · <Ltr>{row.percent}%</Ltr>
        </div>
      ));
    }
    const text = describe(spec, fromApi(spec, stored));
    if (spec.kind === 'bool') return stored ? text : '';
    return LTR_KINDS.has(spec.kind) && text ? <Ltr>{text}</Ltr> : text;
  };
}

/** Numbers sit at the end of their column, as in a Hebrew ledger. */
export const isNumeric = (spec: FieldSpec) => ['money', 'percent', 'decimalPercent', 'count'].includes(spec.kind);
