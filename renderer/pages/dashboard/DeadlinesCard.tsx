// What nobody may miss, in that order: binding (legal) deadlines overdue or within the office's
// reminder, soonest first; follow-ups due this week; then overdue follow-ups, latest first and folded
// away, so that a years-old follow-up never leads. The overdue count is every open task due before
// today — the calendar's count, by the same definition on the server.
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardSummary, DashboardTask } from '../../../shared/api/procedures/dashboard';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { DashboardCard } from './DashboardCard';
import { statusColors } from './statusColors';

const OVERDUE = statusColors.red;
const DUE_SOON = statusColors.amber;

function TaskRows({
  tasks,
  today,
  color,
  label,
}: {
  tasks: DashboardTask[];
  today: string;
  color: string;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={4} fz="sm" aria-label={label}>
      <Table.Tbody>
        {tasks.map((task) => (
          <Table.Tr key={task.id} data-binding={task.binding}>
            <Table.Td w={96}>
              <Text c={task.dueDate < today ? OVERDUE : color} fw={600} size="sm">
                <Ltr>{formatDate(task.dueDate)}</Ltr>
              </Text>
            </Table.Td>
            <Table.Td fw={task.binding ? 600 : undefined}>
              {task.claimId ? (
                <Anchor component={Link} to={`/claims/${task.claimId}`} size="sm" fw="inherit">
                  {task.binding ? task.title.split(' — ')[0] : task.title}
                </Anchor>
              ) : (
                task.title
              )}
            </Table.Td>
            <Table.Td>
              {task.clientId && (
                <Anchor component={Link} to={`/clients/${task.clientId}`} size="sm">
                  {task.clientName}
                </Anchor>
              )}
            </Table.Td>
            <Table.Td c="gray.7" style={{ whiteSpace: 'nowrap' }}>
              {task.assignee ?? t('dashboard.deadlines.unassigned')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface SectionProps {
  title: string;
  hint?: string;
  count: number;
  color: string;
  tasks: DashboardTask[];
  today: string;
  empty: string;
  testId: string;
  /** Folded: the rows show only when asked for. */
  folded?: boolean;
}

function Section(props: SectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(!props.folded);
  const more = props.count - props.tasks.length;
  return (
    <Stack gap={4} data-testid={props.testId}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {props.title}
        </Text>
        <Badge
          color={props.count > 0 ? props.color : statusColors.neutral}
          variant={props.count > 0 ? 'filled' : 'outline'}
          data-testid={`${props.testId}-count`}
        >
          {props.count}
        </Badge>
        {props.folded && props.count > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? t('dashboard.deadlines.hideOverdue') : t('dashboard.deadlines.showOverdue')}
          </Button>
        )}
      </Group>
      {props.hint && (
        <Text size="xs" c="gray.7">
          {props.hint}
        </Text>
      )}
      {props.tasks.length === 0 ? (
        <Text c="gray.7" size="sm">
          {props.empty}
        </Text>
      ) : (
        open && <TaskRows tasks={props.tasks} today={props.today} color={props.color} label={props.title} />
      )}
      {open && more > 0 && (
        <Anchor component={Link} to="/calendar" size="sm">
          {t('dashboard.deadlines.more', { count: more })}
        </Anchor>
      )}
    </Stack>
  );
}

export function DeadlinesCard({ deadlines, today }: { deadlines: DashboardSummary['deadlines']; today: string }) {
  const { t } = useTranslation();
  return (
    <DashboardCard
      title={t('dashboard.deadlines.title')}
      action={
        <Group gap="sm">
          <Group gap={4}>
            <Text size="sm">{t('dashboard.deadlines.overdue')}</Text>
            <Badge
              color={deadlines.overdue > 0 ? OVERDUE : statusColors.neutral}
              variant={deadlines.overdue > 0 ? 'filled' : 'outline'}
              data-testid="overdue-count"
            >
              {deadlines.overdue}
            </Badge>
          </Group>
          <Anchor component={Link} to="/calendar" size="sm">
            {t('dashboard.deadlines.calendar')}
          </Anchor>
        </Group>
      }
    >
      <Stack gap="md">
        <Section
          testId="binding"
          title={t('dashboard.deadlines.binding')}
          hint={t('dashboard.deadlines.bindingHint', { days: deadlines.reminderDays.join(', ') })}
          count={deadlines.binding}
          color={DUE_SOON}
          tasks={deadlines.bindingList}
          today={today}
          empty={t('dashboard.deadlines.noneBinding')}
        />
        <Section
          testId="due-soon"
          title={t('dashboard.deadlines.dueSoon')}
          count={deadlines.dueSoon}
          color={DUE_SOON}
          tasks={deadlines.dueSoonList}
          today={today}
          empty={t('dashboard.deadlines.noneSoon')}
        />
        <Section
          testId="overdue-follow-ups"
          title={t('dashboard.deadlines.overdueFollowUps')}
          count={deadlines.overdueFollowUps}
          color={OVERDUE}
          tasks={deadlines.overdueList}
          today={today}
          empty={t('dashboard.deadlines.noneOverdue')}
          folded
        />
      </Stack>
    </DashboardCard>
  );
}
