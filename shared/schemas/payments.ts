// Payments the NII made on a claim, the check of them against the rules, and the fee ledger: the
// inputs each procedure takes and the shapes it answers with. Amounts are decimal strings in ₪.
import { z } from 'zod';
import { own } from '../api/validation';
import { languages, type Benefit } from '../domain/enums';
import { validationMessage } from '../locales/messages';
import {
  paymentKinds,
  type FeeBasis,
  type PaymentFlagKind,
  type PaymentKind,
  type PaymentSource,
} from '../payments/kinds';
import type { FieldName } from '../locales/messages';
import { choice, decimalText, optionalIsoDate, recordId, requiredText } from './fields';

/** A CSV list of payments: a year of a large office's clients fits well under it. */
export const MAX_PAYMENT_LIST_BYTES = 2 * 1024 * 1024;

/** A calendar month as YYYY-MM, the error naming the field. */
export function monthField(field: FieldName) {
  return requiredText(field, 7).regex(/^[12]\d{3}-(0[1-9]|1[0-2])$/, own(validationMessage('monthFormat', { field })));
}

export const paymentCreateInput = z
  .object({
    claimId: recordId,
    kind: choice('paymentKind', paymentKinds),
    fromMonth: monthField('fromMonth'),
    /** A retroactive payment's last month; a month's payment pays `fromMonth` only. */
    toMonth: monthField('toMonth')
      .nullish()
      .transform((value) => value ?? null),
    amount: decimalText('amount'),
    paidDate: optionalIsoDate('paidDate'),
  })
  .superRefine((value, ctx) => {
    if (value.toMonth !== null && value.toMonth < value.fromMonth)
      ctx.addIssue({
        code: 'custom',
        path: ['toMonth'],
        message: own(validationMessage('dateOrder', { field: 'toMonth' })),
      });
  });

export const paymentImportInput = z.object({
  name: requiredText('importFiles', 255),
  contentBase64: z
    .string()
    .min(1, own(validationMessage('fileEmpty')))
    .max(Math.ceil(MAX_PAYMENT_LIST_BYTES / 3) * 4, own(validationMessage('importTooLarge'))),
  /** Check only: say what would be recorded and what is wrong, record nothing. */
  dryRun: z.boolean().default(false),
});

export const statementInput = z.object({
  clientId: recordId,
  /** The client's own language when not given. */
  language: choice('language', languages).optional(),
});

export interface Payment {
  id: number;
  version: number;
  clientId: number;
  claimId: number;
  benefit: Benefit;
  kind: PaymentKind;
  fromMonth: string;
  toMonth: string;
  amount: string;
  paidDate: string | null;
  source: PaymentSource;
  inboxItemId: number | null;
  createdAt: string;
}

/** One month of the comparison: what the rules expect, what was paid, and the flag if any. */
export interface PaymentMonth {
  month: string;
  expected: string | null;
  /** false: the facts of the month do not entitle. */
  eligible: boolean | null;
  paid: string | null;
  /** Paid inside a retroactive payment. */
  retroactive: boolean;
  flag: PaymentFlagKind | null;
}

export interface PaymentFlag {
  kind: PaymentFlagKind;
  month: string;
  expected: string | null;
  paid: string | null;
}

/** A payment's line of the fee ledger: the payment, and the fee it allowed by which cap. */
export type LedgerEntry = Pick<Payment, 'claimId' | 'benefit' | 'kind' | 'fromMonth' | 'toMonth' | 'amount'> & {
  paymentId: number;
  fee: string;
  basis: FeeBasis;
};

export interface ClaimPayments {
  claimId: number;
  clientId: number;
  benefit: Benefit;
  payments: Payment[];
  months: PaymentMonth[];
  flags: PaymentFlag[];
  /** Facts the file lacks to say what some months pay (the scan's stable names or the rules' words). */
  missingFacts: string[];
  /** The fee the agreement gives over the claim within the cap; null without an agreement in force. */
  feeTotal: string | null;
  feeCollected: string;
  ledger: LedgerEntry[];
}

export interface ClientLedger {
  clientId: number;
  entries: LedgerEntry[];
  /** The sum of the fees the payments allowed. */
  collected: string;
}

/** One bad row of a payments list: its line in the file, the column and what is wrong. */
export interface PaymentRowProblem {
  row: number;
  column: string;
  message: string;
}

export interface PaymentImportResult {
  /** Rows recorded (or, in a dry run, that would be). */
  recorded: number;
  /** Rows already recorded before. */
  duplicates: number;
  problems: PaymentRowProblem[];
  /** Claims whose payments were checked again. */
  claimIds: number[];
}

export interface PaymentStatement {
  fileName: string;
  language: string;
  pdfBase64: string;
}
