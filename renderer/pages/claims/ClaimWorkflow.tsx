// Where the claim stands in the workflow (draft → … → closed) and the moves allowed from here.
import { Button, Group, Paper, Stepper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { claimStatuses, claimTransitions, type ClaimStatus } from '../../../shared/domain/enums';
import type { ClaimDetail } from '../../../shared/schemas/claims';
import { Ltr } from '../../components/Ltr';
import { formatDate, formatTimestamp } from '../../format';

interface Props {
  claim: ClaimDetail;
  onMove(to: ClaimStatus): void;
}

export function ClaimWorkflow({ claim, onMove }: Props) {
  const { t } = useTranslation();
  // The day each status was reached: the filing and decision dates as recorded, else the day of the move.
  const entered = new Map(claim.history.map((change) => [change.toStatus, formatTimestamp(change.at).slice(0, 10)]));
  if (claim.filedDate) entered.set('filed', formatDate(claim.filedDate));
  if (claim.decidedDate) entered.set('decided', formatDate(claim.decidedDate));
  const active = claim.status === 'closed' ? claimStatuses.length : claimStatuses.indexOf(claim.status);
  const status = (s: ClaimStatus | null) => (s ? t(`claims.status.${s}`) : '');

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('claims.page.workflow')}
      </Title>
      <Stepper
        active={active}
        size="xs"
        allowNextStepsSelect={false}
        mb="md"
        aria-label={t('claims.page.workflow')}
        styles={{ stepDescription: { color: 'var(--mantine-color-gray-7)' } }}
      >
        {claimStatuses.map((s) => (
          <Stepper.Step
            key={s}
            label={status(s)}
            description={entered.has(s) ? <Ltr>{entered.get(s)}</Ltr> : undefined}
            data-testid={`step-${s}`}
          />
        ))}
      </Stepper>
      {claimTransitions[claim.status].length > 0 && (
        <Group gap="sm" aria-label={t('claims.page.nextSteps')} role="group">
          <Text size="sm" fw={500}>
            {t('claims.page.nextSteps')}:
          </Text>
          {claimTransitions[claim.status].map((to) => (
            <Button
              key={to}
              size="xs"
              variant={to === 'closed' || to === 'draft' ? 'default' : 'filled'}
              onClick={() => onMove(to)}
            >
              {t(`claims.action.${to}`)}
            </Button>
          ))}
        </Group>
      )}
    </Paper>
  );
}
