// Where a task stands against today: done, overdue (red), due within 7 days (amber) or open.
import { addDays, format, parseISO } from 'date-fns';
import type { Task } from '../../../shared/schemas/work';

export type TaskState = 'done' | 'overdue' | 'dueSoon' | 'open';

export const taskStateColor: Record<TaskState, string> = { done: 'green', overdue: 'red', dueSoon: 'orange', open: 'gray' };

export function taskState(task: Pick<Task, 'doneAt' | 'dueDate'>, today: string): TaskState {
  if (task.doneAt) return 'done';
  if (task.dueDate < today) return 'overdue';
  return task.dueDate <= format(addDays(parseISO(today), 7), 'yyyy-MM-dd') ? 'dueSoon' : 'open';
}
