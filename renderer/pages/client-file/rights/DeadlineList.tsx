// The deadlines that run from the file's decisions and events, soonest first: the due date, how
// long is left, and which rest day moved it.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isoToDisplay } from '../../../../shared/dates';
import type { RuleResult } from '../../../../shared/rules/types';
import { Ltr } from '../../../components/Ltr';
import { deadlineView } from './display';
import { Reasons } from './ResultBody';

const SOON_DAYS = 7;

export function DeadlineList({ deadlines, date }: { deadlines: RuleResult[]; date: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="rights-deadlines">
      <Title order={3} size="h4" id="rights-deadlines">
        {t('rights.deadlines.title')}
      </Title>
      {deadlines.length === 0 && <Text c="dimmed">{t('rights.deadlines.empty')}</Text>}
      {deadlines.map((deadline, index) => {
        const view = deadlineView(deadline, date);
        return (
          <Paper withBorder p="sm" key={index} data-testid="deadline">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Text fw={600}>{view.title}</Text>
                {view.moved && (
                  <Text size="sm" data-testid="deadline-moved">
                    {t('rights.deadlines.moved', {
                      from: isoToDisplay(view.moved.from),
                      names: view.moved.names.join(', '),
                      to: isoToDisplay(view.dueDate),
                    })}
                  </Text>
                )}
              </Stack>
              <Stack gap={4} align="flex-end">
                <Text size="sm" c="dimmed">
                  {t('rights.deadlines.due')}
                </Text>
                <Text fw={700} data-testid="deadline-due">
                  <Ltr>{isoToDisplay(view.dueDate)}</Ltr>
                </Text>
                <Badge color={view.daysLeft <= SOON_DAYS ? 'yellow' : 'gray'} variant="light" c="dark.8" tt="none">
                  {t('rights.deadlines.daysLeft', { count: view.daysLeft })}
                </Badge>
              </Stack>
            </Group>
            <Reasons reasons={deadline.reasons} />
          </Paper>
        );
      })}
    </Stack>
  );
}
