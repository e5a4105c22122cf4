// The first rights scan of the new client: the benefits that may apply (eligible or maybe) with the
// estimated amount and the first reason, always labelled as an estimate, never an NII decision.
import { Alert, Anchor, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { apiQuery } from '../../api/apiQuery';
import { Ltr } from '../../components/Ltr';
import { groupThousands } from '../client-file/records/recordValues';
import { STATUS_TEXT, StatusBadge } from '../clients/StatusBadge';

export function RightsStep({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const query = useQuery(apiQuery('rights.scan', { clientId }));
  const scan = query.data;
  const failure = query.error?.message;

  if (failure) return <Alert color="red">{failure}</Alert>;
  if (!scan) {
    return (
      <Group gap="sm">
        <Loader size="sm" />
        <Text>{t('intake.rights.loading')}</Text>
      </Group>
    );
  }
  const possible = scan.rights.filter((right) => right.verdict !== 'no');

  return (
    <Stack gap="sm" data-testid="intake-rights">
      <Alert color="blue" icon={<IconInfoCircle size={18} />}>
        {t('intake.rights.estimate')}
      </Alert>
      {possible.length === 0 && <Text c="gray.7">{t('intake.rights.none')}</Text>}
      {possible.map((right) => {
        const result = right.result;
        return (
          <Paper key={right.calculator} withBorder p="md" data-calculator={right.calculator}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="sm">
                  <Text fw={600}>
                    {t(`rights.calculators.${right.calculator}`, { defaultValue: right.calculator })}
                  </Text>
                  <StatusBadge tone={right.verdict === 'eligible' ? 'green' : 'orange'}>
                    {t(`intake.rights.${right.verdict}`)}
                  </StatusBadge>
                </Group>
                {result?.reasons[0] && (
                  <Text size="sm" c="gray.7">
                    {result.reasons[0].text}
                  </Text>
                )}
                {right.missing.length > 0 && (
                  <Text size="sm" style={{ color: STATUS_TEXT.orange }}>
                    {t('intake.rights.missing', { count: right.missing.length })}
                  </Text>
                )}
              </Stack>
              {result?.amount && (
                <Stack gap={0} align="flex-end">
                  <Text size="xs" c="gray.7">
                    {t('intake.rights.amount')}
                  </Text>
                  <Text fw={700} fz="lg" className="ltr" data-testid="right-amount">
                    <Ltr>{`₪${groupThousands(result.amount)}`}</Ltr>
                  </Text>
                  {result.unit && (
                    <Text size="xs" c="gray.7">
                      {t(`intake.rights.units.${result.unit}`)}
                    </Text>
                  )}
                </Stack>
              )}
            </Group>
          </Paper>
        );
      })}
      <Anchor component={Link} to={`/clients/${clientId}/rights`}>
        {t('intake.rights.openPanel')}
      </Anchor>
    </Stack>
  );
}
