// The whole client file in one call, and what it shows first.
import { z } from 'zod';
import { everyone, procedure } from '../../procedure';
import { recordId } from '../../../schemas/fields';
import type { Client } from '../../../schemas/client';
import type { Claim, ClaimListRow, ClaimStatusChange, Decision } from '../../../schemas/claims';
import type { CommitteeType, NiiBranch, NiiServiceCentre } from '../../../schemas/committees';
import type { DocumentInfo, Note, Task } from '../../../schemas/work';
import type { RecordKind, RecordOf, recordKinds } from '../records';

/** One claim's status history and decisions, as `claims.get` gives them. */
export interface ClaimHistory {
  claimId: number;
  history: ClaimStatusChange[];
  decisions: Decision[];
}

export type ClientFile = {
  client: Client;
  claims: Claim[];
  documents: DocumentInfo[];
  tasks: Task[];
  notes: Note[];
  /** Asked for with `withClaimHistory`: each claim's history and decisions, in the order of `claims`. */
  claimHistory?: ClaimHistory[];
} & {
  [K in RecordKind]: RecordOf<(typeof recordKinds)[K]>[];
};

/** What a client's file shows first and prints for a committee day. */
export interface ClientSummary {
  /** Claims not closed, the longest in their status first. */
  openClaims: ClaimListRow[];
  /**
   * The nearest committee from today on: a committee record (with its time, type and place: branch or service centre), a
   * committee task, or a determination recorded ahead.
   */
  nextCommittee: {
    date: string;
    time: string | null;
    type: CommitteeType | null;
    branch: NiiBranch | null;
    serviceCentre: NiiServiceCentre | null;
    title: string;
    claimId: number | null;
  } | null;
  /** Open tasks by due date, overdue ones included. */
  deadlines: Task[];
  /** Per open claim with a claim form: the papers its package still lacks and what blocks its export. */
  missingPapers: {
    claimId: number;
    benefit: Claim['benefit'];
    formTitle: string;
    missing: string[];
    blockers: string[];
  }[];
  lastNote: Note | null;
  /** The last call with the client marked done. */
  lastContact: { at: string; title: string } | null;
}

export const fileProcedures = {
  'clients.file': procedure<ClientFile>()({
    input: z.object({ id: recordId, withClaimHistory: z.boolean().default(false) }),
    access: everyone,
    reads: 'records',
  }),
  'clients.summary': procedure<ClientSummary>()({
    input: z.object({ id: recordId }),
    access: everyone,
    reads: 'records',
  }),
};
