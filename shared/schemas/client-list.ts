// The client list: search, filters, sort and a window of rows, and what each row shows.
import { z } from 'zod';
import {
  benefits,
  claimStatuses,
  consentProblems,
  type Benefit,
  type ClaimStatus,
  type ConsentState,
} from '../domain/enums';
import { clientSearchInput } from './client';
import { choice, idNumber, recordId } from './fields';

/** Every filter is optional; together they narrow the list (a benefit and a status: one claim with both). */
export const clientListFilters = z.object({
  benefit: choice('benefit', benefits).optional(),
  claimStatus: choice('claimStatus', claimStatuses).optional(),
  /** The staff member who opened the file or has an open task for the client. */
  staffId: recordId.optional(),
  consentProblem: choice('consentProblem', consentProblems).optional(),
  /** The clients one import created. */
  importBatchId: recordId.optional(),
});
export type ClientListFilters = z.output<typeof clientListFilters>;

export const clientListInput = clientSearchInput.extend({
  ...clientListFilters.shape,
  limit: z.number().int().min(1).max(200).default(100),
  /** Windows after the first skip the count: it does not change while the user scrolls. */
  withTotal: z.boolean().default(true),
});
export type ClientListInput = z.output<typeof clientListInput>;

export const clientByIdNumberInput = z.object({ idNumber });

export interface ClientListRow {
  id: number;
  idNumber: string;
  firstNameHe: string;
  lastNameHe: string;
  birthDate: string;
  mobilePhone: string | null;
  fileNumber: string | null;
  updatedAt: string;
  /** Claims not yet closed. */
  openClaims: { benefit: Benefit; status: ClaimStatus }[];
  powerOfAttorney: ConsentState;
  medicalWaiver: ConsentState;
}

export interface ClientListPage {
  rows: ClientListRow[];
  /** null when the caller asked for a further window without the count. */
  total: number | null;
}

/** An existing client with this ID number (also one deleted softly: the number stays taken). */
export interface ClientByIdNumber {
  id: number;
  firstNameHe: string;
  lastNameHe: string;
  deleted: boolean;
}
