// The findings of one run: sortable columns (aria-sort), each client linked to their rights tab.
import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FindingSort, ScanFinding } from '../../../shared/api/procedures/scan';
import { Ltr } from '../../components/Ltr';
import { statusColors } from '../dashboard/statusColors';
import { formatMoney } from '../client-file/rights/display';
import { VerdictBadge } from '../client-file/rights/VerdictBadge';

export interface Sorting {
  sort: FindingSort;
  direction: 'asc' | 'desc';
}

function SortHeader({
  column,
  sorting,
  onSort,
  end,
}: {
  column: FindingSort;
  sorting: Sorting;
  onSort: (s: Sorting) => void;
  end?: boolean;
}) {
  const { t } = useTranslation();
  const active = sorting.sort === column;
  const Icon = !active ? IconArrowsSort : sorting.direction === 'asc' ? IconSortAscending : IconSortDescending;
  const label = t(`scan.columns.${column}`);
  return (
    <Table.Th
      ta={end ? 'end' : 'start'}
      aria-sort={active ? (sorting.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        onClick={() =>
          onSort({
            sort: column,
            direction:
              active && sorting.direction === 'desc' ? 'asc' : active ? 'desc' : column === 'amount' ? 'desc' : 'asc',
          })
        }
        aria-label={t('scan.sortBy', { column: label })}
        fw={600}
        fz="sm"
      >
        {label} <Icon size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
      </UnstyledButton>
    </Table.Th>
  );
}

export function FindingsTable({
  rows,
  sorting,
  onSort,
}: {
  rows: ScanFinding[];
  sorting: Sorting;
  onSort: (s: Sorting) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover stickyHeader verticalSpacing={6} fz="sm" data-testid="findings">
      <Table.Thead>
        <Table.Tr>
          <SortHeader column="client" sorting={sorting} onSort={onSort} />
          <Table.Th>{t('scan.columns.idNumber')}</Table.Th>
          <SortHeader column="calculator" sorting={sorting} onSort={onSort} />
          <SortHeader column="verdict" sorting={sorting} onSort={onSort} />
          <SortHeader column="amount" sorting={sorting} onSort={onSort} end />
          <SortHeader column="claimed" sorting={sorting} onSort={onSort} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} to={`/clients/${row.clientId}/rights`} size="sm">
                {row.clientName}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Ltr>{row.idNumber}</Ltr>
            </Table.Td>
            <Table.Td>{t(`rights.calculators.${row.calculator}`)}</Table.Td>
            <Table.Td>
              <VerdictBadge verdict={row.verdict} />
              {row.missing.length > 0 && (
                <Text size="xs" c="gray.7" data-testid="settle">
                  {t('scan.settle', { fact: t(`rights.facts.${row.missing[0]}`, { defaultValue: row.missing[0] }) })}
                  {row.missing.length > 1 && ` · ${t('scan.missing', { count: row.missing.length })}`}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="end" className="numeric">
              {row.amount === null ? (
                t('scan.noAmount')
              ) : (
                <>
                  {/* A "maybe" shows what it is worth at best: every missing fact in the client's favour. */}
                  {row.verdict === 'maybe' && `${t('scan.upTo')} `}
                  <Ltr>{formatMoney(row.amount)}</Ltr>{' '}
                  {row.unit && (
                    <Text span size="xs" c="gray.7">
                      {t(`rights.unit.${row.unit}`)}
                    </Text>
                  )}
                </>
              )}
            </Table.Td>
            <Table.Td>
              <Badge
                color={row.claimed ? statusColors.neutral : 'deepBlue'}
                variant={row.claimed ? 'outline' : 'filled'}
              >
                {row.claimed ? t('scan.claimed') : t('scan.unclaimed')}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
