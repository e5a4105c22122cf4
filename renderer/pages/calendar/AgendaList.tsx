// The agenda: day by day, each day's date in words with its rest day, then its entries.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { restDayName } from '../../../shared/rules/calendar';
import type { Task } from '../../../shared/schemas/work';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { CalendarEntry } from './CalendarEntry';
import { CommitteeEntry } from './CommitteeEntry';
import type { CommitteeDays } from './useCommitteeDays';

interface Props {
  byDay: Map<string, Task[]>;
  committees?: CommitteeDays;
  today: string;
  locale: string;
}

export function AgendaList({ byDay, committees = new Map(), today, locale }: Props) {
  const { t } = useTranslation();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' });
  const days = [
    ...new Set([...byDay.keys(), ...[...committees].filter(([, held]) => held.length > 0).map(([day]) => day)]),
  ].sort();
  if (days.length === 0)
    return (
      <Text c="gray.7" ta="center" py="xl">
        {t('calendar.empty')}
      </Text>
    );

  return (
    <Stack gap="sm" data-testid="agenda">
      {days.map((day) => {
        const rest = restDayName(day);
        return (
          <Paper key={day} withBorder p="sm" bg={day === today ? 'deepBlue.0' : undefined} data-date={day}>
            <Group gap="sm" mb={6}>
              <Text fw={600} size="sm">
                {weekday.format(parseISO(day))} <Ltr>{formatDate(day)}</Ltr>
              </Text>
              {day === today && <Badge size="sm">{t('calendar.today')}</Badge>}
              {rest && (
                <Badge size="sm" variant="light" color="gray">
                  {rest}
                </Badge>
              )}
            </Group>
            <Stack gap={4}>
              {committees.get(day)?.map((committee) => (
                <CommitteeEntry key={`c${committee.id}`} committee={committee} />
              ))}
              {byDay.get(day)?.map((task) => (
                <CalendarEntry key={task.id} task={task} today={today} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
