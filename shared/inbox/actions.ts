// What confirming a letter did beside filing it, step by step, as the inbox shows it (with links to
// the claim, the committee and the tasks) and as undoing it reverses it.
import type { ClaimStatus } from '../domain/enums';
import type { Outcome } from './types';

/** Why a step a letter of its kind takes was not taken: the user records it by hand. */
export const skipReasons = ['noClaim', 'noOutcome', 'noCommitteeDate', 'noDueDate', 'noPayment'] as const;
export type SkipReason = (typeof skipReasons)[number];

export type InboxAction =
  | { step: 'decisionRecorded'; claimId: number; outcome: Outcome; decidedDate: string }
  | { step: 'claimMoved'; claimId: number; from: ClaimStatus; to: ClaimStatus }
  | { step: 'committeeRecorded'; claimId: number | null; committeeId: number; committeeDate: string }
  | {
      step: 'outcomeRecorded';
      claimId: number | null;
      committeeId: number;
      impairments: number;
      weighted: number | null;
    }
  | { step: 'determinationKept'; clientId: number; determinationId: number; created: boolean }
  | { step: 'taskOpened'; taskId: number; claimId: number | null; title: string; dueDate: string }
  | { step: 'deadlineDocketed'; taskId: number; claimId: number | null; title: string; dueDate: string }
  | { step: 'paymentRecorded'; claimId: number; paymentId: number; fromMonth: string; toMonth: string; amount: string }
  | { step: 'skipped'; reason: SkipReason };

export type InboxActionStep = InboxAction['step'];
