// The whole-office rights scan: start it, watch it, cancel it, page through what it found.
import { z } from 'zod';
import { everyone, lawyers, procedure } from '../procedure';
import { recordId } from '../../schemas/fields';
import { scanRunStatuses, scanVerdicts } from '../../domain/enums';

export type ScanRunStatus = (typeof scanRunStatuses)[number];
export type ScanVerdict = (typeof scanVerdicts)[number];

export interface ScanRun {
  id: number;
  status: ScanRunStatus;
  /** The civil date the rules were asked about. */
  scanDate: string;
  total: number;
  processed: number;
  startedAt: string;
  finishedAt: string | null;
  startedBy: string;
  /** Findings so far: eligible / maybe, and how many of those have no claim yet. */
  eligible: number;
  maybe: number;
  unclaimed: number;
}

export interface ScanFinding {
  id: number;
  clientId: number;
  clientName: string;
  idNumber: string;
  calculator: string;
  verdict: ScanVerdict;
  /** Decimal string in ₪, null when the rules could not put a figure on it. */
  amount: string | null;
  unit: string | null;
  /** The client already has a claim for this benefit. */
  claimed: boolean;
  missing: string[];
}

export const findingSorts = ['client', 'calculator', 'verdict', 'amount', 'claimed'] as const;
export type FindingSort = (typeof findingSorts)[number];

export const scanFindingsInput = z.object({
  /** Defaults to the office's latest run. */
  runId: recordId.optional(),
  sort: z.enum(findingSorts).default('amount'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  verdict: z.enum(scanVerdicts).optional(),
  /** true: only rights the client has not claimed yet. */
  unclaimedOnly: z.boolean().default(false),
  calculator: z.string().max(40).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});

export const scanProcedures = {
  /** Starts a scan of every client, or answers with the one already running. */
  'scan.start': procedure<ScanRun>()({ input: z.object({}), access: lawyers, changes: 'scan' }),
  /** The run asked for, else the office's latest; null before the first scan. */
  'scan.status': procedure<ScanRun | null>()({ input: z.object({ runId: recordId.optional() }), access: everyone }),
  'scan.cancel': procedure<ScanRun>()({ input: z.object({ runId: recordId }), access: lawyers, changes: 'scan' }),
  'scan.findings': procedure<{ run: ScanRun | null; rows: ScanFinding[]; total: number }>()({
    input: scanFindingsInput,
    access: everyone,
  }),
};
