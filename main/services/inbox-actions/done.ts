// What confirming one letter did beside filing it: the steps the inbox shows, and for undoing them the
// records touched — each with its version right after confirming (a later edit shows as a newer
// version) and, for a record that existed before, how it stood.
import type { z } from 'zod';
import { AppError } from '../../../shared/api/result';
import { fieldIssues } from '../../../shared/api/validation';
import type { InboxAction, SkipReason } from '../../../shared/inbox/actions';
import type { Reading } from '../../../shared/inbox/types';
import type { ClaimRow } from '../../../db/repositories/claims';
import type { Call } from '../context';
import type { DeterminationSnapshot } from '../committee-determination';

export interface Touched {
  id: number;
  version: number;
  /** The version before the letter changed it, for a record that existed before. */
  from?: number;
}

/** The claim's fields a letter may change, as they stood before it. */
export type ClaimBefore = Pick<ClaimRow, 'status' | 'outcome' | 'decidedDate' | 'retroactiveAgorot' | 'appealRoute'>;

export interface Undo {
  claim?: Touched & { before: ClaimBefore };
  decision?: Touched & { claimId: number };
  /** before: the committee's columns as they stood; null when confirming made it. */
  committee?: Touched & { before: Record<string, unknown> | null };
  determination?: Touched & { before: DeterminationSnapshot | null };
  /** Tasks the letter opened (a committee's sitting, documents to send). */
  tasks: Touched[];
  /** Deadlines the docket opened for what the letter recorded. */
  deadlines: Touched[];
  /** Payments a payment notice recorded (absent in what letters confirmed before payments were kept). */
  payments?: Touched[];
}

export interface Done {
  steps: InboxAction[];
  undo: Undo;
}

/** A confirmed letter, as each kind's module acts on it. */
export interface Letter {
  call: Call;
  /** The inbox item being confirmed. */
  itemId: number;
  clientId: number;
  claimId: number | null;
  documentId: number;
  /** The reading with the user's corrections in place. */
  reading: Reading | null;
  text: string;
  done: Done;
}

export const emptyDone = (): Done => ({ steps: [], undo: { tasks: [], deadlines: [] } });

export function skip(letter: Letter, reason: SkipReason): void {
  letter.done.steps.push({ step: 'skipped', reason });
}

/** A field's value as read (or corrected), if the letter gave it. */
export function valueOf<K extends keyof Reading['fields']>(
  letter: Letter,
  name: K,
): NonNullable<Reading['fields'][K]>['value'] | null {
  return letter.reading?.fields[name]?.value ?? null;
}

/** A committee the letter made: shown as made, and removed again on undo. */
export function madeCommittee(letter: Letter, committee: { id: number; version: number; committeeDate: string }): void {
  letter.done.undo.committee = { id: committee.id, version: committee.version, before: null };
  letter.done.steps.push({
    step: 'committeeRecorded',
    claimId: letter.claimId,
    committeeId: committee.id,
    committeeDate: committee.committeeDate,
  });
}

export const claimBefore = (claim: ClaimRow): ClaimBefore => ({
  status: claim.status,
  outcome: claim.outcome,
  decidedDate: claim.decidedDate,
  retroactiveAgorot: claim.retroactiveAgorot,
  appealRoute: claim.appealRoute,
});

/** What a letter gives, checked by the schema the hand-entry form is checked by; refused naming the field. */
export function checked<S extends z.ZodType>(schema: S, value: z.input<S>): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error);
  const error = new AppError('validation', 'validation', issues[0]!.field);
  error.message = issues.map((issue) => issue.message).join(' · ');
  throw error;
}
