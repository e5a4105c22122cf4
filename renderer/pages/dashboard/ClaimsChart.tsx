// Active claims by status as a bar chart, with the same counts as a table for screen readers; closed
// claims are counted apart, beside it, and the value axis has whole numbers only.
import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activeClaimStatuses, type ClaimStatus } from '../../../shared/domain/enums';
import { DashboardCard } from './DashboardCard';

const ClaimsBars = lazy(() => import('./ClaimsBars'));
/** The bars' height, kept while they load so the cards below do not jump. */
const BARS_HEIGHT = 220;

export function ClaimsChart({ counts }: { counts: Record<ClaimStatus, number> }) {
  const { t } = useTranslation();
  const data = activeClaimStatuses.map((status) => ({
    status: t(`dashboard.claimStatus.${status}`),
    count: counts[status],
  }));
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
            <Suspense fallback={<div style={{ height: BARS_HEIGHT }} />}>
              <ClaimsBars data={data} label={t('dashboard.claims.count')} height={BARS_HEIGHT} />
            </Suspense>
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
