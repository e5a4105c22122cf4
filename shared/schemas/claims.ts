// Claims (תביעות) and their workflow: draft → ready → filed → in committee → decided → appeal → closed.
import { z } from 'zod';
import type { AppealValue } from '../rules/appeal-value';
import { own } from '../api/validation';
import { appealRoutes, benefits, claimStatuses, decisionOutcomes } from '../domain/enums';
import { validationMessage } from '../locales/messages';
import { claimMedicalFields } from './medical-history';
import {
  isoDateField,
  optionalDecimal,
  optionalIsoDate,
  optionalText,
  percentInt,
  recordId,
  recordVersion,
  choice,
} from './fields';

export const claimFields = z.object({
  benefit: choice('benefit', benefits),
  formNumber: optionalText('formNumber', 20),
  /** The number the NII gave the claim, as on its letters. */
  niiClaimNumber: optionalText('niiClaimNumber', 30),
  summary: optionalText('summary', 1000),
  ...claimMedicalFields,
});

export const claimCreateInput = claimFields.extend({ clientId: recordId });
export const claimUpdateInput = claimFields.extend({ id: recordId, version: recordVersion });
/** Who handles the claim: its deadlines go to them. */
export const claimHandlerInput = z.object({ id: recordId, version: recordVersion, handlerId: recordId });

export const claimTransitionInput = z
  .object({
    id: recordId,
    version: recordVersion,
    to: choice('to', claimStatuses),
    reason: optionalText('reason', 500),
    /** The day it happened (filed, decided); today when absent. */
    date: optionalIsoDate('date'),
    outcome: choice('outcome', decisionOutcomes).nullable().default(null),
    appealRoute: choice('appealRoute', appealRoutes).nullable().default(null),
    /** Going to committee: the day the committee sits, when already set (it goes in the calendar). */
    committeeDate: optionalIsoDate('committeeDate'),
  })
  .superRefine((value, ctx) => {
    if (value.to === 'appeal' && !value.appealRoute) {
      ctx.addIssue({ code: 'custom', path: ['appealRoute'], message: own(validationMessage('appealNeedsRoute')) });
    }
    if (value.to === 'decided' && !value.outcome) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: own(validationMessage('decidedNeedsOutcome')) });
    }
  });

export const decisionInput = z.object({
  claimId: recordId,
  decidedDate: isoDateField('decidedDate'),
  receivedDate: optionalIsoDate('receivedDate'),
  outcome: choice('outcome', decisionOutcomes),
  percent: percentInt('percent'),
  monthlyAmount: optionalDecimal('monthlyAmount'),
  lumpSum: optionalDecimal('lumpSum'),
  retroactive: optionalDecimal('retroactive'),
  retroactiveFrom: optionalIsoDate('retroactiveFrom'),
  notes: optionalText('notes', 1000),
});

/** Which claims: by client, status, benefit and the staff member who handles them (who opened them). */
export const claimFilter = z.object({
  clientId: recordId.optional(),
  status: choice('status', claimStatuses).optional(),
  benefit: choice('benefit', benefits).optional(),
  staffId: recordId.optional(),
  /** The search box: the client's name or ID number, or the NII claim number. */
  query: z.string().trim().max(100).optional(),
});

export const claimListInput = claimFilter.extend({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

/** Columns the claims list sorts by; each is read from the claim row, so paging stays cheap. */
export const claimSorts = ['updatedAt', 'createdAt', 'filedDate', 'decidedDate', 'benefit', 'status'] as const;

export const claimPageInput = claimListInput.extend({
  sort: choice('sort', claimSorts).default('updatedAt'),
  direction: choice('direction', ['asc', 'desc']).default('desc'),
});

export const claimBoardInput = claimFilter.omit({ status: true }).extend({
  perColumn: z.number().int().min(1).max(200).default(40),
});

export type ClaimStatus = (typeof claimStatuses)[number];

export interface Claim extends z.output<typeof claimFields> {
  id: number;
  version: number;
  clientId: number;
  /** The staff member handling the claim (its creator until another is set). */
  handlerId: number;
  status: ClaimStatus;
  outcome: (typeof decisionOutcomes)[number] | null;
  appealRoute: (typeof appealRoutes)[number] | null;
  filedDate: string | null;
  decidedDate: string | null;
  /** Decimal string, ₪. */
  retroactive: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClaimStatusChange {
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  at: string;
  staffId: number;
  staffName: string;
  reason: string | null;
}

export type Decision = Omit<z.output<typeof decisionInput>, 'claimId'> & { id: number; claimId: number };

/** A claim as lists and the board show it: who it is for, who handles it, since when in its status. */
export interface ClaimListRow extends Claim {
  clientName: string;
  clientIdNumber: string;
  staffId: number;
  staffName: string;
  /** UTC timestamp of the last status change. */
  statusSince: string;
  /** The claim's next medical committee, else its latest one. */
  committeeDate: string | null;
}

export type ClaimCounts = Record<ClaimStatus, number>;

export interface ClaimPage {
  rows: ClaimListRow[];
  /** Claims that match the whole filter. */
  total: number;
  /** Claims per status under the filter's other conditions (for the status chips). */
  counts: ClaimCounts;
}

export interface ClaimBoard {
  columns: { status: ClaimStatus; total: number; cards: ClaimListRow[] }[];
}

export interface ClaimDetail extends ClaimListRow {
  history: ClaimStatusChange[];
  decisions: Decision[];
}

/** The appeal's estimate for a claim: which day it is priced on. */
export const claimAppealValueInput = z.object({ id: recordId, date: isoDateField('date').optional() });

/**
 * What an appeal on the claim's committee outcome (else its decision's percent) could be worth: the
 * rules core's estimate, what it rests on, and the appeal's deadline by the existing deadline rules.
 */
export interface ClaimAppealValue extends AppealValue {
  basis: { committeeId: number | null; committeeDate: string | null; decisionId: number | null };
  deadline: { dueDate: string; title: string } | null;
}
