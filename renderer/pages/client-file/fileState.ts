// The file header's badges, worked out from the file: where the power of attorney and the medical
// confidentiality waiver stand, and the nearest open deadline.
import { addDays, format, parseISO } from 'date-fns';
import type { ClientFile } from '../../../shared/api/procedures/clients/file';
import type { Task } from '../../../shared/schemas/work';

export type PoaState = 'active' | 'pending' | 'revoked' | 'ended' | 'missing';
export type WaiverState = 'valid' | 'expired' | 'revoked' | 'missing';
export type Urgency = 'overdue' | 'soon' | 'later';

const POA_ORDER: PoaState[] = ['active', 'pending', 'revoked', 'ended'];

/** The best standing of any power of attorney: one active one is enough. */
export function poaState(file: Pick<ClientFile, 'representation'>): PoaState {
  const statuses = new Set(file.representation.map((r) => r.status));
  return POA_ORDER.find((state) => statuses.has(state as never)) ?? 'missing';
}

export function waiverState(file: Pick<ClientFile, 'consents'>, today: string): WaiverState {
  const waivers = file.consents.filter((c) => c.kind === 'medical_waiver');
  if (waivers.length === 0) return 'missing';
  const live = waivers.filter((c) => !c.revokedDate);
  if (live.some((c) => !c.expiryDate || c.expiryDate >= today)) return 'valid';
  return live.length > 0 ? 'expired' : 'revoked';
}

const byDue = (a: Task, b: Task) => a.dueDate.localeCompare(b.dueDate);

/** The earliest open task: overdue when its day has passed. */
export function nextDeadline(tasks: Task[]): Task | undefined {
  return tasks.filter((task) => !task.doneAt).sort(byDue)[0];
}

/** The next deadline still running (due today or later): a binding one before any follow-up. */
export function nextRunning(tasks: Task[], today: string): Task | undefined {
  const running = tasks.filter((task) => !task.doneAt && task.dueDate >= today).sort(byDue);
  return running.find((task) => task.binding) ?? running[0];
}

/** red = overdue, amber = due within 7 days. */
export function urgency(dueDate: string, today: string): Urgency {
  if (dueDate < today) return 'overdue';
  return dueDate <= format(addDays(parseISO(today), 7), 'yyyy-MM-dd') ? 'soon' : 'later';
}

export const urgencyColor: Record<Urgency, string> = { overdue: 'red', soon: 'orange', later: 'gray' };
export const poaColor: Record<PoaState, string> = {
  active: 'green',
  pending: 'orange',
  revoked: 'red',
  ended: 'gray',
  missing: 'red',
};
export const waiverColor: Record<WaiverState, string> = {
  valid: 'green',
  expired: 'red',
  revoked: 'red',
  missing: 'red',
};
