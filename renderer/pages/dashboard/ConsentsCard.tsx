// Clients without a valid power of attorney or medical confidentiality waiver: counts by reason,
// and the newest files among them.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttorneyProblem, DashboardSummary, WaiverProblem } from '../../../shared/api/procedures/dashboard';
import { Ltr } from '../../components/Ltr';
import { DashboardCard } from './DashboardCard';
import { statusColors } from './statusColors';

function Counts({
  kind,
  label,
  counts,
}: {
  kind: 'attorney' | 'waiver';
  label: string;
  counts: Record<string, number>;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text size="sm" fw={600} miw={190}>
        {label}
      </Text>
      {Object.entries(counts).map(([problem, n]) => (
        <Badge
          key={problem}
          color={n > 0 ? statusColors.red : statusColors.neutral}
          variant="outline"
          data-testid={`consent-${kind}-${problem}`}
        >
          {t(`dashboard.consents.${kind}Problem.${problem}`)}: {n}
        </Badge>
      ))}
    </Group>
  );
}

function Problem({ kind, problem }: { kind: 'attorney' | 'waiver'; problem: AttorneyProblem | WaiverProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return <Text c="gray.7">—</Text>;
  return (
    <Badge color={statusColors.red} variant="outline">
      {t(`dashboard.consents.${kind}Problem.${problem}`)}
    </Badge>
  );
}

export function ConsentsCard({ consents }: { consents: DashboardSummary['consents'] }) {
  const { t } = useTranslation();
  return (
    <DashboardCard title={t('dashboard.consents.title')}>
      {consents.total === 0 ? (
        <Text c="gray.7" size="sm">
          {t('dashboard.consents.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" data-testid="consent-total">
            {t('dashboard.consents.total', { count: consents.total })}
          </Text>
          <Counts kind="attorney" label={t('dashboard.consents.attorney')} counts={consents.attorney} />
          <Counts kind="waiver" label={t('dashboard.consents.waiver')} counts={consents.waiver} />
          <Table fz="sm" verticalSpacing={4} aria-label={t('dashboard.consents.latest')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.consents.client')}</Table.Th>
                <Table.Th>{t('dashboard.consents.attorney')}</Table.Th>
                <Table.Th>{t('dashboard.consents.waiver')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.clients.map((gap) => (
                <Table.Tr key={gap.clientId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${gap.clientId}/representation`} size="sm">
                      {gap.clientName}
                    </Anchor>{' '}
                    <Text span c="gray.7" size="xs">
                      <Ltr>{gap.idNumber}</Ltr>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Problem kind="attorney" problem={gap.attorney} />
                  </Table.Td>
                  <Table.Td>
                    <Problem kind="waiver" problem={gap.waiver} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </DashboardCard>
  );
}
