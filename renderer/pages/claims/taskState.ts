// Where a task stands against today: done, overdue (red), due within 7 days (amber) or open.
import { addDays, format, parseISO } from 'date-fns';
import type { Task } from '../../../shared/schemas/work';
import { statusColors } from '../dashboard/statusColors';

export type TaskState = 'done' | 'overdue' | 'dueSoon' | 'open';

/** Light badges: Mantine's own tints read well enough (WCAG AA) except orange's, so "due soon" is a darker amber. */
export const taskStateColor: Record<TaskState, string> = {
  done: 'green',
  overdue: 'red',
  dueSoon: statusColors.amber,
  open: 'gray',
};

export function taskState(task: Pick<Task, 'doneAt' | 'dueDate'>, today: string): TaskState {
  if (task.doneAt) return 'done';
  if (task.dueDate < today) return 'overdue';
  return task.dueDate <= format(addDays(parseISO(today), 7), 'yyyy-MM-dd') ? 'dueSoon' : 'open';
}
