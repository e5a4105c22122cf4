// A medical committee as the desk keeps it: when and where, who sits, what to bring, its outcome per
// impairment and its protocol. The fields' errors name the field in Hebrew.
import { z } from 'zod';
import { own } from '../api/validation';
import {
  committeeTypes,
  niiBranches,
  niiServiceCentres,
  type Benefit,
  type CommitteeType,
  type NiiBranch,
  type NiiServiceCentre,
} from '../domain/enums';
import { validationMessage } from '../locales/messages';
import {
  choice,
  isoDateField,
  optionalIsoDate,
  optionalText,
  percentInt,
  recordId,
  recordVersion,
  requiredText,
  wholeNumber,
} from './fields';

/** HH:MM on a 24-hour clock. */
const committeeTime = optionalText(
  'committeeTime',
  5,
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, own(validationMessage('timeFormat', { field: 'committeeTime' }))),
);

export const checklistItemFields = z.object({
  label: requiredText('label', 120),
  done: z.boolean().default(false),
  documentId: recordId.nullable().default(null),
});

export const outcomeItemFields = z.object({
  section: requiredText('section', 30),
  description: optionalText('description', 200),
  percent: wholeNumber('percent').max(100, own(validationMessage('percentRange', { field: 'percent' }))),
  isTemporary: z.boolean().default(false),
  until: optionalIsoDate('until'),
  /** The percent the office claims for it on appeal (the appeal's estimate compares the two); null: not disputed. */
  claimedPercent: percentInt('claimedPercent'),
});

export const committeeFields = z.object({
  claimId: recordId.nullable().default(null),
  committeeType: choice('committeeType', committeeTypes),
  committeeDate: isoDateField('committeeDate'),
  committeeTime,
  /** Where it sits: an NII branch or a service centre, exactly one of the two. */
  branch: choice('branch', niiBranches).nullable().default(null),
  serviceCentre: choice('serviceCentre', niiServiceCentres).nullable().default(null),
  specialties: z.array(requiredText('specialties', 60)).max(10).default([]),
  checklist: z.array(checklistItemFields).max(40).default([]),
  clientRemindedDate: optionalIsoDate('clientRemindedDate'),
  outcome: z.array(outcomeItemFields).max(40).default([]),
  weightedPercent: percentInt('weightedPercent'),
  protocolDocumentId: recordId.nullable().default(null),
  protocolReceivedDate: optionalIsoDate('protocolReceivedDate'),
  notes: optionalText('notes', 2000),
});

/** The protocol is received on or after the sitting; reported under the receipt's date. */
function protocolAfterSitting(
  value: { committeeDate: string; protocolReceivedDate: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.protocolReceivedDate && value.protocolReceivedDate < value.committeeDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['protocolReceivedDate'],
      message: own(validationMessage('protocolBeforeCommittee')),
    });
  }
}

/** A committee sits at one place: a branch or a service centre, not both and not neither; reported under the branch. */
function onePlace(value: { branch: string | null; serviceCentre: string | null }, ctx: z.RefinementCtx) {
  if ((value.branch === null) === (value.serviceCentre === null)) {
    ctx.addIssue({ code: 'custom', path: ['branch'], message: own(validationMessage('committeePlace')) });
  }
}

function committeeChecks(value: CommitteeFields, ctx: z.RefinementCtx) {
  protocolAfterSitting(value, ctx);
  onePlace(value, ctx);
}

/** What a committee form checks before sending (the server checks the same, with the ids). */
export const committeeFormInput = committeeFields.superRefine(committeeChecks);
export const committeeCreateInput = committeeFields.safeExtend({ clientId: recordId }).superRefine(committeeChecks);
export const committeeUpdateInput = committeeFields
  .safeExtend({ id: recordId, version: recordVersion })
  .superRefine(committeeChecks);

/** By client, by claim, or the office's committees between two days (the calendar); staffId: the claim's handler. */
export const committeeListInput = z
  .object({
    clientId: recordId.optional(),
    claimId: recordId.optional(),
    from: isoDateField('from').optional(),
    to: isoDateField('to').optional(),
    staffId: recordId.optional(),
    limit: z.number().int().min(1).max(2000).default(500),
  })
  .refine(
    (value) =>
      value.clientId !== undefined ||
      value.claimId !== undefined ||
      (value.from !== undefined && value.to !== undefined),
    {
      message: own(validationMessage('required', { field: 'from' })),
      path: ['from'],
    },
  );

export type CommitteeFields = z.output<typeof committeeFields>;
export type ChecklistItem = z.output<typeof checklistItemFields>;
export type OutcomeItem = z.output<typeof outcomeItemFields>;

export interface Committee extends CommitteeFields {
  id: number;
  version: number;
  clientId: number;
  /** The medical determination the outcome is kept as, once recorded. */
  determinationId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A committee with who it is for: what the calendar and lists show. */
export interface CommitteeListRow extends Committee {
  clientName: string;
  benefit: Benefit | null;
}

export type { CommitteeType, NiiBranch, NiiServiceCentre };
