// The month as weeks from Sunday: this week highlighted, today outlined, rest days shaded and named,
// up to three entries a day and a link to the rest of that day, and the reminders falling on it.
import { Box, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/schemas/work';
import { formatDate } from '../../format';
import { monthWeeks, weekOf } from './calendarDays';
import { CalendarEntry } from './CalendarEntry';
import { CommitteeEntry } from './CommitteeEntry';
import type { Reminder } from './reminders';
import type { CommitteeDays } from './useCommitteeDays';

const SHOWN = 3;
/** 2026-11-01 was a Sunday: the weekday names from there, in the UI's language. */
const SUNDAY = new Date(Date.UTC(2026, 10, 1));

interface Props {
  month: string;
  today: string;
  byDay: Map<string, Task[]>;
  /** Reminders ahead of binding deadlines, on their days. */
  reminders: Map<string, Reminder[]>;
  committees?: CommitteeDays;
  locale: string;
  onDay(iso: string): void;
}

export function MonthGrid({ month, today, byDay, reminders, committees, locale, onDay }: Props) {
  const { t } = useTranslation();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const thisWeek = weekOf(today);

  return (
    <Table
      withTableBorder
      withColumnBorders
      layout="fixed"
      data-testid="month-grid"
      aria-label={t('calendar.monthView')}
    >
      <Table.Thead>
        <Table.Tr>
          {Array.from({ length: 7 }, (_, i) => (
            <Table.Th key={i} ta="center" fz="sm">
              {weekday.format(new Date(SUNDAY.getTime() + i * 86_400_000))}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {monthWeeks(month).map((week) => {
          const current = week[0]!.iso === thisWeek.from;
          return (
            <Table.Tr key={week[0]!.iso} bg={current ? 'deepBlue.0' : undefined} data-this-week={current || undefined}>
              {week.map((day) => {
                const entries = byDay.get(day.iso) ?? [];
                const isToday = day.iso === today;
                return (
                  <Table.Td
                    key={day.iso}
                    valign="top"
                    h={84}
                    p={4}
                    bg={day.restDay && !current ? 'gray.1' : undefined}
                    style={
                      isToday ? { outline: '2px solid var(--mantine-color-deepBlue-7)', outlineOffset: -2 } : undefined
                    }
                    data-date={day.iso}
                    data-rest-day={day.restDay ?? undefined}
                  >
                    <Box>
                      <UnstyledButton onClick={() => onDay(day.iso)}>
                        <Text
                          size="sm"
                          fw={isToday ? 700 : day.inMonth ? 500 : 400}
                          c={day.inMonth ? undefined : 'gray.7'}
                          className="ltr"
                          span
                        >
                          {Number(day.iso.slice(8))}
                        </Text>
                        <VisuallyHidden>{t('calendar.openDay', { date: formatDate(day.iso) })}</VisuallyHidden>
                      </UnstyledButton>
                      {day.restDay && (
                        <Text size="xs" c="gray.7" lineClamp={1} span ms={4}>
                          {day.restDay}
                        </Text>
                      )}
                      <Stack gap={2} mt={2}>
                        {committees?.get(day.iso)?.map((committee) => (
                          <CommitteeEntry key={`c${committee.id}`} committee={committee} compact />
                        ))}
                        {entries.slice(0, SHOWN).map((task) => (
                          <CalendarEntry key={task.id} task={task} today={today} compact />
                        ))}
                        {(reminders.get(day.iso) ?? []).map(({ task, days }) => (
                          <Text
                            key={`${task.id}-${days}`}
                            size="xs"
                            c="gray.8"
                            lineClamp={1}
                            data-testid="calendar-reminder"
                            title={task.title}
                          >
                            <IconBell size={11} aria-hidden />{' '}
                            {t('calendar.reminder', { count: days, title: task.clientName ?? task.title })}
                          </Text>
                        ))}
                        {entries.length > SHOWN && (
                          <UnstyledButton onClick={() => onDay(day.iso)}>
                            <Text size="xs" c="deepBlue.8" td="underline">
                              {t('calendar.more', { count: entries.length - SHOWN })}
                            </Text>
                          </UnstyledButton>
                        )}
                      </Stack>
                    </Box>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
