// Overdue (red) and due within the week (amber): the tasks and deadlines nobody may miss.
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardSummary, DashboardTask } from '../../../shared/api/procedures/dashboard';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { DashboardCard } from './DashboardCard';
import { statusColors } from './statusColors';

const OVERDUE = statusColors.red;
const DUE_SOON = statusColors.amber;

function TaskRows({ tasks, color, label }: { tasks: DashboardTask[]; color: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={4} fz="sm" aria-label={label}>
      <Table.Tbody>
        {tasks.map((task) => (
          <Table.Tr key={task.id}>
            <Table.Td w={96}>
              <Text c={color} fw={600} size="sm">
                <Ltr>{formatDate(task.dueDate)}</Ltr>
              </Text>
            </Table.Td>
            <Table.Td>
              {task.claimId ? (
                <Anchor component={Link} to={`/claims/${task.claimId}`} size="sm">
                  {task.title}
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
            <Table.Td c="gray.7" style={{ whiteSpace: 'nowrap' }}>{task.assignee ?? t('dashboard.deadlines.unassigned')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Section(props: { title: string; count: number; color: string; tasks: DashboardTask[]; empty: string; testId: string }) {
  const { t } = useTranslation();
  const more = props.count - props.tasks.length;
  return (
    <Stack gap={4} data-testid={props.testId}>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {props.title}
        </Text>
        <Badge color={props.count > 0 ? props.color : statusColors.neutral} variant={props.count > 0 ? 'filled' : 'outline'} data-testid={`${props.testId}-count`}>
          {props.count}
        </Badge>
      </Group>
      {props.tasks.length === 0 ? (
        <Text c="gray.7" size="sm">
          {props.empty}
        </Text>
      ) : (
        <TaskRows tasks={props.tasks} color={props.color} label={props.title} />
      )}
      {more > 0 && (
        <Anchor component={Link} to="/calendar" size="sm">
          {t('dashboard.deadlines.more', { count: more })}
        </Anchor>
      )}
    </Stack>
  );
}

export function DeadlinesCard({ deadlines }: { deadlines: DashboardSummary['deadlines'] }) {
  const { t } = useTranslation();
  return (
    <DashboardCard
      title={t('dashboard.deadlines.title')}
      action={
        <Anchor component={Link} to="/calendar" size="sm">
          {t('dashboard.deadlines.calendar')}
        </Anchor>
      }
    >
      <Stack gap="md">
        <Section
          testId="overdue"
          title={t('dashboard.deadlines.overdue')}
          count={deadlines.overdue}
          color={OVERDUE}
          tasks={deadlines.overdueList}
          empty={t('dashboard.deadlines.noneOverdue')}
        />
        <Section
          testId="due-soon"
          title={t('dashboard.deadlines.dueSoon')}
          count={deadlines.dueSoon}
          color={DUE_SOON}
          tasks={deadlines.dueSoonList}
          empty={t('dashboard.deadlines.noneSoon')}
        />
      </Stack>
    </DashboardCard>
  );
}
