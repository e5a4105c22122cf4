// Tasks (with due dates; most of those already due are done, by whom and when) and notes.
import type { notes, tasks } from '../schema';
import { between, isoOf, stamp } from './calendar';
import type { DemoContext } from './context';
import type { Draft } from './rows';

export type TaskDraft = Draft<typeof tasks, 'insuredPersonId' | 'claimId'>;
export type NoteDraft = Draft<typeof notes, 'insuredPersonId' | 'claimId'>;

export function makeTask(
  ctx: DemoContext,
  task: { kind: TaskDraft['kind']; title: string },
  created: number,
  due: number,
  people: { author: number; assignee: number },
): TaskDraft {
  const { random } = ctx;
  const createdAt = stamp(random, created);
  const finished =
    due < ctx.asOf && random.chance(0.85) ? stamp(random, between(random, created, Math.min(due, ctx.asOf - 1))) : null;
  const doneAt = finished && finished < createdAt ? createdAt : finished;
  return {
    officeId: ctx.officeId,
    kind: task.kind,
    title: task.title,
    binding: false,
    dueDate: isoOf(due),
    assignedTo: people.assignee,
    doneAt,
    doneBy: doneAt ? people.assignee : null,
    version: doneAt ? 2 : 1,
    createdAt,
    updatedAt: doneAt ?? createdAt,
    createdBy: people.author,
  };
}

export function makeNote(ctx: DemoContext, body: string, day: number, author: number): NoteDraft {
  const createdAt = stamp(ctx.random, day);
  return { officeId: ctx.officeId, body, version: 1, createdAt, updatedAt: createdAt, createdBy: author };
}
