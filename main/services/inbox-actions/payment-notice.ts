// A confirmed payment notice: the payment it states recorded on its claim (main/payments/from-letter.ts),
// which checks the claim's payments again and posts the fee it allows to the client's fee ledger.
import { recordPaymentsFromLetter } from '../../payments/from-letter';
import { skip, valueOf, type Letter } from './done';

export function actOnPaymentNotice(letter: Letter): void {
  if (letter.claimId === null) return skip(letter, 'noClaim');
  const amount = valueOf(letter, 'amount');
  const period = valueOf(letter, 'period');
  if (!amount || !period) return skip(letter, 'noPayment');
  const { payment } = recordPaymentsFromLetter(letter.call, {
    inboxItemId: letter.itemId,
    claimId: letter.claimId,
    amount,
    period,
    letterDate: valueOf(letter, 'letterDate'),
  });
  if (!payment) return;
  (letter.done.undo.payments ??= []).push({ id: payment.id, version: payment.version });
  letter.done.steps.push({
    step: 'paymentRecorded',
    claimId: letter.claimId,
    paymentId: payment.id,
    fromMonth: payment.fromMonth,
    toMonth: payment.toMonth,
    amount: payment.amount,
  });
}
