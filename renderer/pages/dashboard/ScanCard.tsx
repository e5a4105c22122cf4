// The latest whole-office rights scan: per benefit, how many clients may be entitled and have not
// claimed it, each line a link to those findings.
import { Anchor, Button, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../shared/api/procedures/dashboard';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { DashboardCard } from './DashboardCard';

export function ScanCard({ scan }: { scan: DashboardSummary['scan'] }) {
  const { t } = useTranslation();
  const { run } = scan;
  const link = (
    <Anchor component={Link} to="/scan" size="sm">
      {t('dashboard.scan.go')}
    </Anchor>
  );
  return (
    <DashboardCard title={t('dashboard.scan.title')} action={run && link}>
      {!run ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('dashboard.scan.never')}</Text>
          <Button component={Link} to="/scan" variant="light">
            {t('dashboard.scan.go')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="xs" data-testid="scan-highlights">
          <Text size="sm" c="gray.7">
            {t('dashboard.scan.ranOn')}: <Ltr>{formatDate(run.scanDate)}</Ltr>
          </Text>
          {run.status === 'running' && (
            <>
              <Text size="sm">{t('dashboard.scan.running', { processed: run.processed, total: run.total })}</Text>
              <Progress
                value={run.total ? (100 * run.processed) / run.total : 0}
                aria-label={t('dashboard.scan.title')}
              />
            </>
          )}
          {scan.unclaimed.length === 0 && run.status !== 'running' && (
            <Text size="sm">{t('dashboard.scan.nothing')}</Text>
          )}
          {scan.unclaimed.slice(0, 6).map((row) => {
            const benefit = t(`rights.calculators.${row.calculator}`);
            return (
              <Text size="sm" key={row.calculator}>
                <Anchor
                  component={Link}
                  to={`/scan?calculator=${encodeURIComponent(row.calculator)}`}
                  size="sm"
                  fw={600}
                >
                  {row.eligible > 0
                    ? t('dashboard.scan.eligible', { count: row.eligible, benefit })
                    : t('dashboard.scan.maybeOnly', { count: row.maybe, benefit })}
                </Anchor>{' '}
                {row.eligible > 0 && row.maybe > 0 && (
                  <Text span c="gray.7" size="sm">
                    {t('dashboard.scan.maybe', { count: row.maybe })}
                  </Text>
                )}
              </Text>
            );
          })}
          <Text size="xs" c="gray.7">
            {t('dashboard.scan.estimate')}
          </Text>
        </Stack>
      )}
    </DashboardCard>
  );
}
