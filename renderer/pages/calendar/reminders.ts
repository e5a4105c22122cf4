// The office's reminders ahead of binding deadlines (docket.setReminderDays, e.g. 14 and 3 days):
// on which day of the shown range each one falls.
import { addDays, format, parseISO } from 'date-fns';
import type { Task } from '../../../shared/schemas/work';

export interface Reminder {
  task: Task;
  /** Days left to the deadline on the reminder's day. */
  days: number;
}

export const shiftDays = (iso: string, days: number) => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');

/** Each open binding deadline's reminders that fall between `from` and `to`, by day. */
export function remindersByDay(
  tasks: Task[],
  reminderDays: number[],
  from: string,
  to: string,
): Map<string, Reminder[]> {
  const byDay = new Map<string, Reminder[]>();
  for (const task of tasks) {
    if (!task.binding || task.doneAt) continue;
    for (const days of reminderDays) {
      const day = shiftDays(task.dueDate, -days);
      if (day >= from && day <= to) byDay.set(day, [...(byDay.get(day) ?? []), { task, days }]);
    }
  }
  return byDay;
}
