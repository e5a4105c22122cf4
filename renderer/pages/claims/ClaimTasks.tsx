// The claim's tasks and deadlines: due date, what, who; overdue in red, due this week in amber; a
// binding deadline marked, with the rule it rests on and a warning when its day is a rest day.
// Ticking one closes it — done, or not needed with a reason (shown after) — and unticking reopens it.
import { Alert, Badge, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInIsrael } from '../../../shared/dates';
import type { StaffMember } from '../../../shared/schemas/staff';
import type { Task } from '../../../shared/schemas/work';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { CloseTaskDialog } from './CloseTaskDialog';
import { statusColors } from '../dashboard/statusColors';
import { taskState, taskStateColor } from './taskState';

interface Props {
  tasks: Task[];
  staff: StaffMember[];
  onChanged(): void;
}

export function ClaimTasks({ tasks, staff, onChanged }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [closing, setClosing] = useState<Task | null>(null);
  const today = todayInIsrael();
  const names = new Map(staff.map((member) => [member.id, member.fullName]));

  const reopen = async (task: Task) => {
    const reply = await call('tasks.complete', { id: task.id, version: task.version, done: false });
    setFailure(reply.ok ? null : reply.error.message);
    onChanged();
  };

  if (tasks.length === 0) return <Text c="gray.7">{t('claims.page.noTasks')}</Text>;
  return (
    <>
      {failure && <Alert color="red">{failure}</Alert>}
      <Table fz="sm" verticalSpacing={6} data-testid="claim-tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>{t('claims.tasks.done')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('claims.tasks.due')}</Table.Th>
            <Table.Th>{t('claims.tasks.title')}</Table.Th>
            <Table.Th>{t('claims.tasks.assignedTo')}</Table.Th>
            <Table.Th>{t('claims.tasks.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => {
            const state = taskState(task, today);
            return (
              <Table.Tr key={task.id} data-testid="claim-task">
                <Table.Td>
                  <Checkbox
                    checked={task.doneAt !== null}
                    onChange={() => (task.doneAt ? void reopen(task) : setClosing(task))}
                    aria-label={t(task.doneAt ? 'claims.tasks.reopen' : 'claims.tasks.markDone', { title: task.title })}
                  />
                </Table.Td>
                <Table.Td
                  c={state === 'overdue' ? 'red.8' : undefined}
                  fw={state === 'overdue' ? 600 : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  <Ltr>{formatDate(task.dueDate)}</Ltr>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    fw={task.binding ? 600 : undefined}
                    td={state === 'done' ? 'line-through' : undefined}
                  >
                    {task.title}
                  </Text>
                  {task.binding && !task.doneAt && (
                    <Group gap={6} mt={2}>
                      <Badge size="xs" variant="filled" color="dark.6">
                        {t('claims.tasks.binding')}
                      </Badge>
                      <Text size="xs" c={state === 'overdue' ? 'red.8' : 'gray.7'}>
                        {t('claims.tasks.daysLeft', {
                          count: differenceInCalendarDays(parseISO(task.dueDate), parseISO(today)),
                        })}
                      </Text>
                    </Group>
                  )}
                  {task.rule && (
                    <Text size="xs" c="gray.7">
                      {t('claims.tasks.rule', { rule: task.rule })}
                    </Text>
                  )}
                  {task.restDay && !task.doneAt && (
                    <Text size="xs" c={statusColors.amber} data-testid="rest-day-warning">
                      {t('claims.tasks.restDay', { name: task.restDay })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {task.assignedTo ? names.get(task.assignedTo) : t('claims.tasks.unassigned')}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    size="sm"
                    variant="light"
                    color={task.closedAs === 'not_needed' ? 'gray' : taskStateColor[state]}
                    miw="max-content"
                  >
                    {task.closedAs === 'not_needed' ? t('claims.tasks.notNeeded') : t(`claims.tasks.${state}`)}
                  </Badge>
                  {task.closeReason && (
                    <Text size="xs" c="gray.7" maw={220} style={{ whiteSpace: 'normal' }} data-testid="close-reason">
                      {task.closeReason}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {closing && (
        <CloseTaskDialog
          task={closing}
          onClose={() => setClosing(null)}
          onDone={() => {
            setClosing(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
