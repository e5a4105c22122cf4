// Active claims by status as a bar chart, with the same counts as a table for screen readers; closed
// claims are counted apart, beside it, and the value axis has whole numbers only.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Text, VisuallyHidden, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activeClaimStatuses, type ClaimStatus } from '../../../shared/domain/enums';
import { DashboardCard } from './DashboardCard';

export function ClaimsChart({ counts }: { counts: Record<ClaimStatus, number> }) {
  const { t } = useTranslation();
  const rtl = useDirection().dir === 'rtl';
  const data = activeClaimStatuses.map((status) => ({ status: t(`dashboard.claimStatus.${status}`), count: counts[status] }));
  const total = activeClaimStatuses.reduce((sum, s) => sum + counts[s], 0);
  return (
    <DashboardCard
      title={t('dashboard.claims.title')}
      action={
        <Anchor component={Link} to="/claims" size="sm">
          {t('dashboard.claims.list')}
        </Anchor>
      }
    >
      {total + counts.closed === 0 ? (
        <Text c="gray.7" size="sm">
          {t('dashboard.claims.none')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="gray.7" mb="xs" data-testid="active-claims">
            {t('dashboard.claims.total', { count: total })}
            {counts.closed > 0 && ` · ${t('dashboard.claims.closed', { count: counts.closed })}`}
          </Text>
          <div inert>
            <BarChart h={220} data={data} dataKey="status" series={[{ name: 'count', label: t('dashboard.claims.count'), color: 'deepBlue.7' }]} tickLine="none" gridAxis="y"
              // Right to left: the workflow reads from the right, the value axis on the right.
              xAxisProps={{ reversed: rtl }} yAxisProps={{ orientation: rtl ? 'right' : 'left', allowDecimals: false }} />
          </div>
          <VisuallyHidden>
            <table data-testid="claims-by-status">
              <tbody>
                {data.map((row) => (
                  <tr key={row.status}>
                    <th scope="row">{row.status}</th>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </>
      )}
    </DashboardCard>
  );
}
