// The scan's state: never run, running (progress bar with a count and a stop button), or its result.
import { Badge, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScanRun } from '../../../shared/api/procedures/scan';
import { Ltr } from '../../components/Ltr';
import { formatDate, formatTimestamp } from '../../format';
import { statusColors } from '../dashboard/statusColors';

const statusColor = {
  running: statusColors.info,
  done: statusColors.green,
  cancelled: statusColors.amber,
  failed: statusColors.red,
} as const;

interface Props {
  run: ScanRun | null;
  canRun: boolean;
  busy: boolean;
  onStart: () => void;
  onCancel: () => void;
}

export function RunPanel({ run, canRun, busy, onStart, onCancel }: Props) {
  const { t } = useTranslation();
  const running = run?.status === 'running';
  const percent = run && run.total > 0 ? (100 * run.processed) / run.total : 0;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Group justify="space-between">
          {run ? (
            <Group gap="sm">
              <Badge color={statusColor[run.status]} variant="filled" data-testid="scan-status">
                {t(`scan.status.${run.status}`)}
              </Badge>
              <Text size="sm" c="gray.7">
                {t('scan.runInfo')}: <Ltr>{formatDate(run.scanDate)}</Ltr> · {t('scan.startedBy')}: {run.startedBy} ·{' '}
                <Ltr>{formatTimestamp(run.startedAt)}</Ltr>
              </Text>
            </Group>
          ) : (
            <Text size="sm">{t('scan.never')}</Text>
          )}
          {canRun &&
            (running ? (
              <Button
                color={statusColors.red}
                variant="outline"
                leftSection={<IconPlayerStop size={18} />}
                onClick={onCancel}
                loading={busy}
              >
                {t('scan.cancel')}
              </Button>
            ) : (
              <Button leftSection={<IconPlayerPlay size={18} />} onClick={onStart} loading={busy}>
                {run ? t('scan.startAgain') : t('scan.start')}
              </Button>
            ))}
        </Group>
        {!canRun && !run && (
          <Text size="sm" c="gray.7">
            {t('scan.noRights')}
          </Text>
        )}
        {run && (
          <>
            <Progress value={percent} size="lg" animated={running} aria-label={t('scan.progressLabel')} />
            <Group justify="space-between">
              <Text size="sm" data-testid="scan-progress">
                {t('scan.progress', { processed: run.processed, total: run.total })}
              </Text>
              <Text size="sm" c="gray.7">
                {t('scan.counts', { eligible: run.eligible, maybe: run.maybe, unclaimed: run.unclaimed })}
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
