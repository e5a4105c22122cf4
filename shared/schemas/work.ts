// Notes, tasks and deadlines, and documents: the office's work around a client and their claims.
import { z } from 'zod';
import { own } from '../api/validation';
import { documentKinds, taskClosings, taskKinds } from '../domain/enums';
import { validationMessage } from '../locales/messages';
import { isoDateField, optionalIsoDate, optionalText, recordId, recordVersion, requiredText, choice } from './fields';

export const noteCreateInput = z.object({
  clientId: recordId,
  claimId: recordId.nullable().default(null),
  body: requiredText('body', 10_000),
});
export const noteUpdateInput = z.object({ id: recordId, version: recordVersion, body: requiredText('body', 10_000) });

export interface Note {
  id: number;
  version: number;
  clientId: number;
  claimId: number | null;
  body: string;
  createdBy: number;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

const taskFields = z.object({
  kind: choice('kind', taskKinds),
  title: requiredText('title', 200),
  dueDate: isoDateField('dueDate'),
  clientId: recordId.nullable().default(null),
  claimId: recordId.nullable().default(null),
  assignedTo: recordId.nullable().default(null),
});
export const taskCreateInput = taskFields;
export const taskUpdateInput = taskFields.extend({ id: recordId, version: recordVersion });
/** Closing a task: done, or not needed — then the reason is required (it is kept, shown and audited). */
export const taskCompleteInput = z
  .object({
    id: recordId,
    version: recordVersion,
    done: z.boolean(),
    closedAs: choice('closedAs', taskClosings).default('done'),
    reason: optionalText('reason', 500),
  })
  .superRefine((value, ctx) => {
    if (value.done && value.closedAs === 'not_needed' && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: own(validationMessage('notNeededNeedsReason')) });
    }
  });
export const taskListInput = z.object({
  clientId: recordId.optional(),
  claimId: recordId.optional(),
  open: z.boolean().optional(),
  /** Due on or before this day (kept for the dashboard's "due this week"). */
  dueBefore: z.string().optional(),
  /** The calendar's range, both ends included. */
  dueFrom: optionalIsoDate('dueDate').optional(),
  dueTo: optionalIsoDate('dueDate').optional(),
  /** One staff member's tasks; absent means the whole office. */
  assignedTo: recordId.optional(),
  limit: z.number().int().min(1).max(2000).default(200),
});

/** The calendar's overdue list: the same definition the dashboard counts by (db/repositories/tasks.ts). */
export const taskOverdueInput = z.object({
  assignedTo: recordId.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export interface Task extends z.output<typeof taskFields> {
  id: number;
  version: number;
  /** The linked client's name, for lists outside the client's file (calendar, claim page). */
  clientName: string | null;
  doneAt: string | null;
  doneBy: number | null;
  /** A legal deadline (docketed from a decision, an event or a committee), as against a follow-up. */
  binding: boolean;
  /** The docket's key for it; null for a task typed by hand. */
  sourceKey: string | null;
  /** The rule it rests on, by public title and section. */
  rule: string | null;
  closedAs: (typeof taskClosings)[number] | null;
  closeReason: string | null;
  /** The rest day (שבת, a holiday) the due date falls on — a date moved by hand may — else null. */
  restDay: string | null;
  createdAt: string;
  updatedAt: string;
}

/** 20 MiB of file, about 27 MiB as base64. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const documentAddInput = z.object({
  clientId: recordId,
  claimId: recordId.nullable().default(null),
  kind: choice('kind', documentKinds),
  name: requiredText('name', 200),
  mimeType: requiredText('mimeType', 100),
  contentBase64: z
    .string()
    .min(1, own(validationMessage('fileEmpty')))
    .max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4, own(validationMessage('fileTooLarge'))),
});

export interface DocumentInfo {
  id: number;
  version: number;
  clientId: number | null;
  claimId: number | null;
  kind: (typeof documentKinds)[number];
  sha256: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}
