// One possible right: its name, the verdict, the estimated amount and why; in what-if mode also
// what the file itself gives, so the change is visible.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScannedRight } from '../../../../shared/rules/scan/scan-client';
import { Ltr } from '../../../components/Ltr';
import { formatMoney } from './display';
import { ResultBody } from './ResultBody';
import { VerdictBadge } from './VerdictBadge';
import type { WhatIfValues } from './whatIf';

interface Props {
  clientId: number;
  right: ScannedRight;
  /** The same right as the stored file gives it, when a what-if is showing. */
  stored?: ScannedRight;
  onCalculate(right: ScannedRight): void;
  onAskWhatIf(key: keyof WhatIfValues): void;
}

function StoredAnswer({ right }: { right: ScannedRight }) {
  const { t } = useTranslation();
  const amount = right.result?.amount;
  return (
    <Text size="xs" c="dimmed" data-testid="stored-answer">
      {t('rights.whatIf.stored')}: {t(`rights.verdict.${right.verdict}`)}
      {amount && (
        <>
          {', '}
          <Ltr>{formatMoney(amount)}</Ltr>
        </>
      )}
    </Text>
  );
}

export function RightCard({ clientId, right, stored, onCalculate, onAskWhatIf }: Props) {
  const { t } = useTranslation();
  const name = t(`rights.calculators.${right.calculator}`, { defaultValue: right.calculator });
  const changed = stored && (stored.verdict !== right.verdict || stored.result?.amount !== right.result?.amount);
  return (
    <Paper withBorder p="md" component="section" aria-label={name} data-testid={`right-${right.calculator}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={3} size="h4">
                {name}
              </Title>
              <VerdictBadge verdict={right.verdict} />
            </Group>
            {changed && <StoredAnswer right={stored} />}
          </Stack>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconCalculator size={16} aria-hidden />}
            onClick={() => onCalculate(right)}
            aria-label={`${t('rights.calc.open')}: ${name}`}
          >
            {t('rights.calc.open')}
          </Button>
        </Group>
        <ResultBody
          clientId={clientId}
          result={right.result}
          missing={right.missing}
          assumed={right.assumed}
          onAskWhatIf={onAskWhatIf}
        />
      </Stack>
    </Paper>
  );
}
