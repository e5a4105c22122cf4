// A payment-notice letter confirmed in the inbox becomes a payment of the claim it was filed under:
// the amount it states, for the period it states — one month's payment, or a retroactive one for a
// longer period. The inbox calls this inside its confirming transaction (a nested one is a savepoint).
import { AppError } from '../../shared/api/result';
import type { Period } from '../../shared/inbox/types';
import { toHundredths } from '../../shared/money';
import type { ClaimPayments, Payment } from '../../shared/schemas/payments';
import { findClaim } from '../../db/repositories/claims';
import { insertPayment } from '../../db/repositories/payments';
import { audit, type Call } from '../services/context';
import { refreshClaim, toPayment } from './check';

export interface PaymentLetter {
  /** The inbox item the letter came in as (null when recorded from a letter outside the inbox). */
  inboxItemId: number | null;
  claimId: number;
  /** The letter's amount, a decimal string in ₪ (the reading's `amount`, as confirmed). */
  amount: string | null;
  /** The letter's period (the reading's `period`), ISO dates. */
  period: Period | null;
  /** The letter's date, taken as the day it was paid. */
  letterDate: string | null;
}

/**
 * Records the letter's payment and checks the claim again. Answers the payment (null when the claim
 * already has it: a letter confirmed twice records nothing twice) and the claim's check.
 */
export function recordPaymentsFromLetter(
  call: Call,
  letter: PaymentLetter,
): { payment: Payment | null; check: ClaimPayments } {
  return call.store.db.transaction(() => {
    const claim = findClaim(call.store.db, call.session.officeId, letter.claimId);
    if (!claim) throw new AppError('not_found', 'claimNotFound', 'claimId');
    if (!letter.amount || !letter.period) throw new AppError('validation', 'paymentLetterIncomplete', 'amount');
    const fromMonth = letter.period.from.slice(0, 7);
    const toMonth = letter.period.to.slice(0, 7);
    const at = call.now().toISOString();
    const row = insertPayment(call.store.db, {
      officeId: claim.officeId,
      insuredPersonId: claim.insuredPersonId,
      claimId: claim.id,
      benefit: claim.benefit,
      kind: fromMonth === toMonth ? 'monthly' : 'retroactive',
      fromMonth,
      toMonth: toMonth < fromMonth ? fromMonth : toMonth,
      amountAgorot: toHundredths(letter.amount),
      paidDate: letter.letterDate,
      source: 'letter',
      inboxItemId: letter.inboxItemId,
      createdAt: at,
      updatedAt: at,
      createdBy: call.session.staffId,
    });
    if (row)
      audit(call, {
        action: 'create',
        entity: 'payment',
        entityId: row.id,
        details: { claimId: claim.id, source: 'letter', inboxItemId: letter.inboxItemId },
      });
    return { payment: row ? toPayment(row) : null, check: refreshClaim(call, claim) };
  });
}
