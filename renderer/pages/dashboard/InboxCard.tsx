// Letters from the NII waiting in the inbox: how many to file by hand and to confirm, linking there.
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../shared/api/procedures/dashboard';
import { DashboardCard } from './DashboardCard';

export function InboxCard({ waiting }: { waiting: DashboardSummary['inbox'] }) {
  const { t } = useTranslation();
  const total = waiting.toFile + waiting.toConfirm;
  const link = (
    <Anchor component={Link} to="/inbox" size="sm">
      {t('dashboard.inbox.open')}
    </Anchor>
  );
  return (
    <DashboardCard title={t('dashboard.inbox.title')} action={link}>
      {total === 0 ? (
        <Text c="gray.7" size="sm">
          {t('dashboard.inbox.none')}
        </Text>
      ) : (
        <Stack gap={4} data-testid="inbox-waiting">
          <Text size="xl" fw={700} className="numeric">
            {t('dashboard.inbox.waiting', { count: total })}
          </Text>
          <Group gap="lg">
            <Text size="sm">{t('dashboard.inbox.toConfirm', { count: waiting.toConfirm })}</Text>
            <Text size="sm">{t('dashboard.inbox.toFile', { count: waiting.toFile })}</Text>
          </Group>
        </Stack>
      )}
    </DashboardCard>
  );
}
