// The client's tasks and deadlines: open ones first by due date (red overdue, amber within a week),
// marked done in place — a binding deadline through the close dialog, done or not needed with a
// reason (shown after) — added here; deleted only by the roles that may.
import { Checkbox, Group, Table, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInIsrael } from '../../../../shared/dates';
import type { Task } from '../../../../shared/schemas/work';
import { call } from '../../../api/client';
import { useStaffList } from '../../../api/useStaffList';
import { Ltr } from '../../../components/Ltr';
import { formatDate } from '../../../format';
import { useMay } from '../access';
import { ConfirmDelete } from '../ConfirmDelete';
import { ActionsHead, SectionHeader, TableCard } from '../Section';
import { urgency, urgencyColor } from '../fileState';
import { StatusBadge } from '../StatusBadge';
import { useClientFile } from '../useClientFile';
import { CloseTaskDialog } from '../../claims/CloseTaskDialog';
import { NewTaskForm } from './NewTaskForm';

/** Open first, each group by due date. */
const ordered = (tasks: Task[]) =>
  [...tasks].sort((a, b) => Number(!!a.doneAt) - Number(!!b.doneAt) || a.dueDate.localeCompare(b.dueDate));

export function TasksTab() {
  const { t } = useTranslation();
  const { file, refresh } = useClientFile();
  const may = useMay();
  const staff = useStaffList();
  const [closing, setClosing] = useState<Task | null>(null);
  const today = todayInIsrael();

  const staffName = (id: number | null) => staff.find((s) => s.id === id)?.fullName ?? '';

  const toggle = async (task: Task, done: boolean) => {
    const reply = await call('tasks.complete', { id: task.id, version: task.version, done });
    if (!reply.ok) notifications.show({ color: 'red', message: reply.error.message });
    await refresh('tasks');
  };

  const remove = async (task: Task) => {
    const reply = await call('tasks.delete', { id: task.id, version: task.version });
    notifications.show(
      reply.ok ? { color: 'green', message: t('clientFile.deleted') } : { color: 'red', message: reply.error.message },
    );
    await refresh('tasks');
  };

  return (
    <section aria-labelledby="tasks-title">
      <SectionHeader
        id="tasks-title"
        title={t('clientFile.tasks.title')}
        count={file.tasks.filter((task) => !task.doneAt).length}
      />
      <NewTaskForm
        staff={staff}
        onCreated={() => {
          notifications.show({ color: 'green', message: t('clientFile.tasks.created') });
          void refresh('tasks');
        }}
      />
      <TableCard rows={file.tasks.length} empty={t('clientFile.tasks.empty')} testId="table-tasks" clickable={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{t('clientFile.tasks.done')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('clientFile.tasks.titleField')}</Table.Th>
            <Table.Th>{t('clientFile.tasks.kind')}</Table.Th>
            <Table.Th>{t('clientFile.tasks.dueDate')}</Table.Th>
            <Table.Th>{t('clientFile.tasks.assignedTo')}</Table.Th>
            <ActionsHead />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ordered(file.tasks).map((task) => {
            const state = urgency(task.dueDate, today);
            return (
              <Table.Tr key={task.id} c={task.doneAt ? 'dimmed' : undefined}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('clientFile.tasks.markDone', { title: task.title })}
                    checked={!!task.doneAt}
                    onChange={(event) =>
                      task.binding && !task.doneAt ? setClosing(task) : void toggle(task, event.currentTarget.checked)
                    }
                  />
                </Table.Td>
                <Table.Td td={task.doneAt ? 'line-through' : undefined}>
                  {task.title}
                  {task.closeReason &&
                    ` — ${task.closedAs === 'not_needed' ? t('clientFile.tasks.notNeeded', { reason: task.closeReason }) : task.closeReason}`}
                </Table.Td>
                <Table.Td>{t(`clientFile.enums.taskKind.${task.kind}`)}</Table.Td>
                <Table.Td>
                  {task.doneAt || state === 'later' ? (
                    <Ltr>{formatDate(task.dueDate)}</Ltr>
                  ) : (
                    <StatusBadge color={urgencyColor[state]}>
                      <Ltr>{formatDate(task.dueDate)}</Ltr> · {t(`clientFile.tasks.${state}`)}
                    </StatusBadge>
                  )}
                </Table.Td>
                <Table.Td>{staffName(task.assignedTo)}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    {may('tasks.delete') && (
                      <ConfirmDelete label={t('clientFile.delete')} onConfirm={() => remove(task)} />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </TableCard>
      {closing && (
        <CloseTaskDialog
          task={closing}
          onClose={() => setClosing(null)}
          onDone={() => {
            setClosing(null);
            void refresh('tasks');
          }}
        />
      )}
    </section>
  );
}
