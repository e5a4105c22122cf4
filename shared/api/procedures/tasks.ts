// A client's tasks: made by hand or by the deadlines, completed, and the overdue ones across the office.
import { everyone, lawyers, procedure } from '../procedure';
import { byVersionInput } from '../../schemas/fields';
import {
  taskCompleteInput,
  taskCreateInput,
  taskListInput,
  taskOverdueInput,
  taskUpdateInput,
  type Task,
} from '../../schemas/work';

export const taskProcedures = {
  'tasks.create': procedure<Task>()({ input: taskCreateInput, access: everyone, changes: 'task' }),
  'tasks.update': procedure<Task>()({ input: taskUpdateInput, access: everyone, changes: 'task' }),
  'tasks.complete': procedure<Task>()({ input: taskCompleteInput, access: everyone, changes: 'task' }),
  'tasks.list': procedure<Task[]>()({ input: taskListInput, access: everyone }),
  /** Overdue tasks: how many in all and the first `limit` (binding ones first), as of the server's today. */
  'tasks.overdue': procedure<{ today: string; count: number; tasks: Task[] }>()({
    input: taskOverdueInput,
    access: everyone,
  }),
  'tasks.delete': procedure<null>()({ input: byVersionInput, access: lawyers, changes: 'task' }),
};
