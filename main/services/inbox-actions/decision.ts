// A decision letter: the decision recorded on the claim (as the decision form records one), which
// moves a claim waiting for it to decided and dockets the appeal deadlines it opens.
import { decisionInput } from '../../../shared/schemas/claims';
import { isWholePercent } from '../../../shared/inbox/committee-letter';
import { todayInIsrael } from '../../../shared/dates';
import { claimOf, recordDecision } from '../claims';
import { checked, claimBefore, skip, valueOf, type Letter } from './done';

/** The letter's words for the outcome, as the claim's decisions keep it. */
const outcomeOf = { approved: 'approved', rejected: 'rejected', partial: 'partly' } as const;

export function actOnDecision(letter: Letter): void {
  const { call, done } = letter;
  if (letter.claimId === null) return skip(letter, 'noClaim');
  const outcome = valueOf(letter, 'outcome');
  if (outcome === null) return skip(letter, 'noOutcome');
  const before = claimOf(call, letter.claimId);
  const weighted = valueOf(letter, 'weightedPercent');
  const decidedDate = valueOf(letter, 'decisionDate') ?? valueOf(letter, 'letterDate') ?? todayInIsrael(call.now());
  // Received: not known from the letter; the appeal periods then count from the decision's date, never later than the law.
  const { claim, decision } = recordDecision(
    call,
    checked(decisionInput, {
      claimId: before.id,
      decidedDate,
      receivedDate: null,
      outcome: outcomeOf[outcome],
      percent: weighted !== null && isWholePercent(weighted) ? Number(weighted) : null,
      monthlyAmount: valueOf(letter, 'amount'),
      lumpSum: null,
      retroactive: null,
      retroactiveFrom: null,
      notes: null,
    }),
  );
  done.undo.claim = { id: claim.id, version: claim.version, from: before.version, before: claimBefore(before) };
  done.undo.decision = { id: decision.id, version: decision.version, claimId: claim.id };
  done.steps.push({ step: 'decisionRecorded', claimId: claim.id, outcome, decidedDate });
  if (claim.status !== before.status)
    done.steps.push({ step: 'claimMoved', claimId: claim.id, from: before.status, to: claim.status });
}
