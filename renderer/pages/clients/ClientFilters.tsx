// The client list's filters: benefit, claim status, staff member, consent state. Each narrows the list.
import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { benefits, claimStatuses, consentProblems } from '../../../shared/domain/enums';
import { useStaffList } from '../../api/useStaffList';
import type { ClientListFilters } from '../../../shared/schemas/client-list';
import { hasFilters } from './clientView';

interface Props {
  filters: ClientListFilters;
  onChange(filters: ClientListFilters): void;
}

/** Memoized: typing in the search box re-renders the page, and four selects need not follow. */
export const ClientFilters = memo(function ClientFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const staff = useStaffList();

  const lists: {
    key: keyof ClientListFilters;
    label: string;
    data: { value: string; label: string }[];
    wide?: boolean;
    title?: string;
  }[] = [
    {
      key: 'benefit',
      label: t('clients.filters.benefit'),
      data: benefits.map((value) => ({ value, label: t(`claims.benefit.${value}`) })),
    },
    {
      key: 'claimStatus',
      label: t('clients.filters.claimStatus'),
      data: claimStatuses.map((value) => ({ value, label: t(`claims.status.${value}`) })),
    },
    {
      key: 'staffId',
      label: t('clients.filters.staff'),
      title: t('clients.filters.staffHelp'),
      data: staff.map((member) => ({ value: String(member.id), label: member.fullName })),
    },
    {
      key: 'consentProblem',
      label: t('clients.filters.consent'),
      wide: true,
      data: consentProblems.map((value) => ({ value, label: t(`clients.consentProblems.${value}`) })),
    },
  ];
  const set = (key: keyof ClientListFilters, value: string | null) =>
    onChange({ ...filters, [key]: value === null ? undefined : key === 'staffId' ? Number(value) : value });

  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('clients.filters.label')}>
      {lists.map((list) => (
        <Select
          key={list.key}
          label={list.label}
          title={list.title}
          data={list.data}
          value={filters[list.key] === undefined ? null : String(filters[list.key])}
          onChange={(value) => set(list.key, value)}
          clearable
          searchable={list.data.length > 8}
          placeholder={t('clients.filters.any')}
          size="sm"
          w={list.wide ? 210 : 170}
          comboboxProps={{ withinPortal: true }}
        />
      ))}
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconFilterOff size={16} />}
          onClick={() =>
            onChange({
              benefit: undefined,
              claimStatus: undefined,
              staffId: undefined,
              consentProblem: undefined,
              importBatchId: undefined,
            })
          }
        >
          {t('clients.filters.clear')}
        </Button>
      )}
    </Group>
  );
});
