// Payments the NII made: recorded by hand or from a CSV list, checked month by month against the
// rules, and the fee ledger and statement they give. Money data: anyone of the office reads and
// records it (as decisions and fee agreements); a whole list and a deletion are for owners and lawyers.
import { z } from 'zod';
import { bodyFor, everyone, lawyers, procedure } from '../procedure';
import { byClientInput, byVersionInput, recordId } from '../../schemas/fields';
import {
  MAX_PAYMENT_LIST_BYTES,
  paymentCreateInput,
  paymentImportInput,
  statementInput,
  type ClaimPayments,
  type ClientLedger,
  type Payment,
  type PaymentImportResult,
  type PaymentStatement,
} from '../../schemas/payments';

export const paymentProcedures = {
  'payments.forClaim': procedure<ClaimPayments>()({ input: z.object({ claimId: recordId }), access: everyone }),
  'payments.create': procedure<Payment>()({ input: paymentCreateInput, access: everyone, changes: 'record' }),
  'payments.delete': procedure<null>()({ input: byVersionInput, access: lawyers, changes: 'record' }),
  'payments.import': procedure<PaymentImportResult>()({
    input: paymentImportInput,
    access: lawyers,
    maxBodyBytes: bodyFor(MAX_PAYMENT_LIST_BYTES),
    changes: 'record',
  }),
  /** Checks every claim with payments again: a stop shows only as the months pass. */
  'payments.recheck': procedure<{ claims: number; flags: number }>()({ input: z.object({}), access: lawyers }),
  'payments.ledger': procedure<ClientLedger>()({ input: byClientInput, access: everyone }),
  'payments.statement': procedure<PaymentStatement>()({ input: statementInput, access: everyone }),
};
