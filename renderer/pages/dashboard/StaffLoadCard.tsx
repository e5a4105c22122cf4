// Open tasks per staff member, with how many of them are overdue.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffLoad } from '../../../shared/api/procedures/dashboard';
import { DashboardCard } from './DashboardCard';
import { statusColors } from './statusColors';

export function StaffLoadCard({ rows }: { rows: StaffLoad[] }) {
  const { t } = useTranslation();
  return (
    <DashboardCard title={t('dashboard.staff.title')}>
      {rows.length === 0 ? (
        <Text c="gray.7" size="sm">
          {t('dashboard.staff.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} data-testid="staff-load">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.staff.name')}</Table.Th>
              <Table.Th ta="end">{t('dashboard.staff.open')}</Table.Th>
              <Table.Th ta="end">{t('dashboard.staff.overdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.staffId ?? 'none'}>
                <Table.Td>{row.name ?? t('dashboard.staff.unassigned')}</Table.Td>
                <Table.Td ta="end" className="numeric">
                  {row.open}
                </Table.Td>
                <Table.Td
                  ta="end"
                  className="numeric"
                  c={row.overdue > 0 ? statusColors.red : undefined}
                  fw={row.overdue > 0 ? 600 : undefined}
                >
                  {row.overdue}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </DashboardCard>
  );
}
