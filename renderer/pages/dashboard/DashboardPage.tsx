// The office at a glance after sign-in: letters waiting in the inbox, deadlines, open tasks per staff
// member, claims by status, consent gaps and the latest rights scan — or, in a new office, how to
// begin. Kept current as other desks change what it sums up.
import { Alert, Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/apiQuery';
import { useIdentity } from '../../auth/AuthContext';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { ClaimsChart } from './ClaimsChart';
import { PaymentsCard } from '../payments/PaymentsCard';
import { ConsentsCard } from './ConsentsCard';
import { DeadlinesCard } from './DeadlinesCard';
import { FirstRun } from './FirstRun';
import { InboxCard } from './InboxCard';
import { ScanCard } from './ScanCard';
import { SecurityReminders } from './SecurityReminders';
import { StaffLoadCard } from './StaffLoadCard';

export function DashboardPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  // Nearly any change moves a figure: liveQueries asks again, pausing between asks (summing is not cheap).
  const query = useQuery(apiQuery('dashboard.summary', {}));
  const summary = query.data ?? null;
  // Trying again shows the loader, not the old error.
  const error = query.isFetching ? null : (query.error?.message ?? null);
  const load = () => void query.refetch();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('dashboard.title')}</Title>
        {summary && (
          <Text c="gray.7" size="sm">
            {t('dashboard.today')}: <Ltr>{formatDate(summary.today)}</Ltr>
          </Text>
        )}
      </Group>
      {staff.role === 'owner' && <SecurityReminders />}
      {error && (
        <Alert color="red" title={t('common.error')}>
          <Group justify="space-between">
            <Text size="sm">{error}</Text>
            <Button size="xs" variant="light" color="red" onClick={load}>
              {t('dashboard.retry')}
            </Button>
          </Group>
        </Alert>
      )}
      {!summary && !error && (
        <Center py="xl">
          <Loader aria-label={t('dashboard.loading')} />
        </Center>
      )}
      {summary && summary.clients === 0 && <FirstRun />}
      {summary && summary.clients > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="lg">
            <InboxCard waiting={summary.inbox} />
            <DeadlinesCard deadlines={summary.deadlines} today={summary.today} />
            <StaffLoadCard rows={summary.tasksByStaff} />
          </Stack>
          <Stack gap="lg">
            <ScanCard scan={summary.scan} />
            <ClaimsChart counts={summary.claimsByStatus} />
            <ConsentsCard consents={summary.consents} />
            <PaymentsCard counts={summary.payments} onChanged={load} />
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}
