// A read field's value as the inbox shows it: dates in the office's format, codes through the locale.
import type { TFunction } from 'i18next';
import type { FieldName, FieldValues } from '../../../shared/inbox/types';
import { formatDate } from '../../format';

/** Impairment lists are shown item by item (InboxPage), not as one string. */
export function fieldText(
  t: TFunction,
  name: FieldName,
  value: Exclude<FieldValues[FieldName], FieldValues['medicalPercent']>,
): string {
  if (typeof value === 'object') return `${formatDate(value.from)} – ${formatDate(value.to)}`;
  if (name === 'benefit') return t(`clientFile.enums.benefit.${value}`);
  if (name === 'outcome') return t(`inbox.outcomes.${value}`);
  if (name === 'appealRoute') return t(`inbox.routes.${value}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (name.endsWith('Percent')) return `${value}%`;
  return value;
}
