// One deadline or committee date in the calendar: overdue in red, a committee marked as such, a
// binding (legal) deadline in bold with a solid bar where a follow-up has a dashed one, and a warning
// when its day is a rest day; a click opens the claim, or the client's file when the task has no claim.
import { Badge, getThemeColor, Group, Text, UnstyledButton, useMantineTheme } from '@mantine/core';
import { IconAlertTriangle, IconGavel, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Task } from '../../../shared/schemas/work';
import { statusColors } from '../dashboard/statusColors';
import { taskState, taskStateColor } from '../claims/taskState';

export function entryLink(task: Task): string | null {
  if (task.claimId !== null) return `/claims/${task.claimId}`;
  return task.clientId !== null ? `/clients/${task.clientId}` : null;
}

export function CalendarEntry({ task, today, compact }: { task: Task; today: string; compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const theme = useMantineTheme();
  const state = taskState(task, today);
  const link = entryLink(task);
  const Icon = task.kind === 'committee' ? IconUsersGroup : task.kind === 'appeal' ? IconGavel : null;
  const label = task.clientName ? `${task.clientName} · ${task.title}` : task.title;
  const color = state === 'overdue' ? 'red.8' : state === 'done' ? 'gray.7' : undefined;
  const weight = task.binding ? 700 : compact ? undefined : 500;
  const restDay = task.restDay && !task.doneAt ? t('calendar.restDay', { name: task.restDay }) : null;
  const bar = `${task.binding ? 4 : 2}px ${task.binding ? 'solid' : 'dashed'} ${getThemeColor(taskStateColor[state], theme)}`;

  return (
    <UnstyledButton
      onClick={() => link && void navigate(link)}
      disabled={!link}
      w="100%"
      p={compact ? 2 : 4}
      data-testid="calendar-entry"
      data-state={state}
      data-binding={task.binding}
      title={restDay ? `${label} — ${restDay}` : label}
      style={{ borderInlineStart: bar, borderRadius: 2 }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {Icon && <Icon size={compact ? 12 : 14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />}
        {restDay && (
          <IconAlertTriangle
            size={compact ? 12 : 14}
            color={getThemeColor('orange.8', theme)}
            aria-label={restDay}
            data-testid="rest-day-warning"
            style={{ flexShrink: 0, marginTop: 3 }}
          />
        )}
        {compact ? (
          <Text size="xs" c={color} fw={weight} lineClamp={1} td={state === 'done' ? 'line-through' : undefined}>
            {label}
          </Text>
        ) : (
          <div>
            <Text size="sm" fw={weight} c={color} td={state === 'done' ? 'line-through' : undefined}>
              {task.clientName && `${task.clientName} · `}
              {task.title}
            </Text>
            <Group gap={4}>
              <Badge size="xs" variant="light" color={taskStateColor[state]}>
                {t(`claims.tasks.${state}`)}
              </Badge>
              <Badge size="xs" variant="outline" color="gray">
                {t(`calendar.kind.${task.kind}`)}
              </Badge>
              {task.binding && (
                <Badge size="xs" variant="filled" color="dark.6">
                  {t('calendar.binding')}
                </Badge>
              )}
            </Group>
            {restDay && (
              <Text size="xs" c={statusColors.amber}>
                {restDay}
              </Text>
            )}
          </div>
        )}
      </Group>
    </UnstyledButton>
  );
}
