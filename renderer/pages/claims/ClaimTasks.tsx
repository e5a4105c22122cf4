// The claim's tasks and deadlines: due date, what, who; overdue in red, due this week in amber.
// Ticking one marks it done (with who and when on the server).
import { Alert, Badge, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInIsrael } from '../../../shared/dates';
import type { StaffMember } from '../../../shared/schemas/staff';
import type { Task } from '../../../shared/schemas/work';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import { formatDate } from '../../format';
import { taskState, taskStateColor } from './taskState';

interface Props {
  tasks: Task[];
  staff: StaffMember[];
  onChanged(): void;
}

export function ClaimTasks({ tasks, staff, onChanged }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const today = todayInIsrael();
  const names = new Map(staff.map((member) => [member.id, member.fullName]));

  const toggle = async (task: Task, done: boolean) => {
    const reply = await call('tasks.complete', { id: task.id, version: task.version, done });
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
                  <Checkbox checked={task.doneAt !== null} onChange={(event) => void toggle(task, event.currentTarget.checked)} aria-label={t('claims.tasks.markDone', { title: task.title })} />
                </Table.Td>
                <Table.Td c={state === 'overdue' ? 'red.8' : undefined} fw={state === 'overdue' ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
                  <Ltr>{formatDate(task.dueDate)}</Ltr>
                </Table.Td>
                <Table.Td td={state === 'done' ? 'line-through' : undefined}>{task.title}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{task.assignedTo ? names.get(task.assignedTo) : t('claims.tasks.unassigned')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge size="sm" variant="light" color={taskStateColor[state]} miw="max-content">
                    {t(`claims.tasks.${state}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
