// The office at a glance: what is late or due, who holds which open tasks, claims by status,
// clients without a valid power of attorney or medical waiver, and the latest rights scan.
import { z } from 'zod';
import { everyone, procedure } from '../procedure';
import type { ClaimStatus } from '../../domain/enums';
import type { ScanRun } from './scan';

export interface DashboardTask {
  id: number;
  title: string;
  kind: string;
  dueDate: string;
  clientId: number | null;
  clientName: string | null;
  claimId: number | null;
  assignee: string | null;
  /** A legal deadline, as against a follow-up. */
  binding: boolean;
}

export interface StaffLoad {
  /** null: tasks nobody was assigned. */
  staffId: number | null;
  name: string | null;
  open: number;
  overdue: number;
}

/** What is wrong with a client's power of attorney or medical waiver (null: in order). */
export type AttorneyProblem = 'missing' | 'ended' | 'revoked';
export type WaiverProblem = 'missing' | 'expired' | 'revoked';

export interface ConsentGap {
  clientId: number;
  clientName: string;
  idNumber: string;
  attorney: AttorneyProblem | null;
  waiver: WaiverProblem | null;
}

export interface ScanHighlight {
  calculator: string;
  /** Clients with an eligible or maybe finding for this benefit and no claim for it yet. */
  eligible: number;
  maybe: number;
}

export interface DashboardSummary {
  today: string;
  /** Live clients; 0 means a new office that needs its first client. */
  clients: number;
  deadlines: {
    /** Every open task due before today: the calendar's overdue count (the same SQL). */
    overdue: number;
    /** Binding deadlines overdue or within the office's longest reminder, soonest first: what leads. */
    binding: number;
    bindingList: DashboardTask[];
    /** The office's reminder days before a binding deadline, largest first. */
    reminderDays: number[];
    /** Follow-ups (not binding) due within the week, and those overdue — latest-due first, so old ones sink. */
    dueSoon: number;
    dueSoonList: DashboardTask[];
    overdueFollowUps: number;
    overdueList: DashboardTask[];
  };
  tasksByStaff: StaffLoad[];
  claimsByStatus: Record<ClaimStatus, number>;
  consents: {
    attorney: Record<AttorneyProblem, number>;
    waiver: Record<WaiverProblem, number>;
    /** Clients with either gap, at most a page of them. */
    clients: ConsentGap[];
    total: number;
  };
  scan: { run: ScanRun | null; unclaimed: ScanHighlight[] };
  /** Letters in the inbox waiting: to file by hand, and to confirm. */
  inbox: { toFile: number; toConfirm: number };
  /** Claims whose payments the last check flagged, by what it found, and in all. */
  payments: PaymentFlagCounts;
}

export interface PaymentFlagCounts {
  missing: number;
  wrongRate: number;
  stopped: number;
  /** Claims with any flag. */
  claims: number;
}

/** Days ahead that count as "due soon" (the desk colours amber what is due within 7 days). */
export const DUE_SOON_DAYS = 7;

export const dashboardProcedures = {
  'dashboard.summary': procedure<DashboardSummary>()({ input: z.object({}), access: everyone }),
};
