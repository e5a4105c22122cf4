// The client form's fields read for a stale-write comparison: codes as their Hebrew labels.
import { useTranslation } from 'react-i18next';
import type { ClientFormValues } from '../../forms/clientValues';
import { conflictRows } from './ConflictNotice';

const ENUM_GROUPS: Partial<Record<keyof ClientFormValues, string>> = {
  maritalStatus: 'maritalStatus',
  residency: 'residency',
  preferredLanguage: 'language',
};

export function useClientConflictRows() {
  const { t } = useTranslation();
  return (mine: ClientFormValues, theirs: ClientFormValues) =>
    conflictRows(
      mine,
      theirs,
      Object.keys(mine) as (keyof ClientFormValues)[],
      (field) => t(`clientForm.${field}`),
      (field, value) => {
        if (typeof value === 'boolean') return t(value ? 'clientFile.yes' : 'clientFile.no');
        if (!value) return '';
        if (field === 'sex') return t(`clientForm.${value}`);
        const group = ENUM_GROUPS[field];
        return group ? t(`enums.${group}.${value}`) : value;
      },
    );
}
