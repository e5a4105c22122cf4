// A claim's payments checked against the rules and posted to the fee ledger: the client's facts as the
// rights scan reads them (with the claim's decided degrees), each month's expected amount from the
// calculators for the claim's benefit, and the fee each payment allows under the client's agreement
// and Amendment 161's caps. `refreshClaim` keeps the flags and the ledger rows of the claim in step.
import Decimal from 'decimal.js';
import { todayInIsrael } from '../../shared/dates';
import type { Benefit } from '../../shared/domain/enums';
import { fromHundredths, toHundredths } from '../../shared/money';
import { comparePayments, type Comparison } from '../../shared/payments/compare';
import { expectedForMonth, withDecidedDegrees, type ExpectedMonth } from '../../shared/payments/expected';
import { averageMonthly, postFees, type Ledger, type LedgerPayment } from '../../shared/payments/fee-ledger';
import { nextMonth } from '../../shared/payments/months';
import { RuleContext } from '../../shared/rules/context';
import { isError, runByName } from '../../shared/rules/run';
import { benefitMonths, feeTiming } from '../../shared/rules/parameters/fees';
import { knownValueOn } from '../../shared/rules/parameters/lookup';
import { valueOn } from '../../shared/rules/parameters/parameter';
import type { ClaimPayments, LedgerEntry, Payment } from '../../shared/schemas/payments';
import type { ClaimRow } from '../../db/repositories/claims';
import {
  agreementsOf,
  claimPayments,
  replaceFlags,
  replaceLedger,
  type FeeAgreementRow,
  type PaymentRow,
} from '../../db/repositories/payments';
import { factsOf } from '../services/client-facts';
import { fileHandlers, settled } from '../services/clients/file';
import type { Call } from '../services/context';

export function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    version: row.version,
    clientId: row.insuredPersonId,
    claimId: row.claimId,
    benefit: row.benefit,
    kind: row.kind,
    fromMonth: row.fromMonth,
    toMonth: row.toMonth,
    amount: fromHundredths(row.amountAgorot),
    paidDate: row.paidDate,
    source: row.source,
    inboxItemId: row.inboxItemId,
    createdAt: row.createdAt,
  };
}

/** The latest month whose payment should have come by `today`: the month before it. */
export const lastDueMonth = (today: string) => nextMonth(today.slice(0, 7), -1);

/** Each month's expected amount for the claim, on the client's facts with the claim's decided degrees. */
function expectations(call: Call, claim: ClaimRow): (month: string) => ExpectedMonth {
  const file = settled(fileHandlers['clients.file'](call, { id: claim.insuredPersonId, withClaimHistory: true }));
  const decisions = file.claimHistory?.find((h) => h.claimId === claim.id)?.decisions ?? [];
  const degrees = decisions
    .filter((d) => d.percent !== null && d.outcome !== 'rejected')
    .map((d) => ({ from: d.retroactiveFrom ?? d.decidedDate, percent: d.percent! }));
  const facts = withDecidedDegrees(factsOf(file), claim.benefit, degrees);
  const memo = new Map<string, ExpectedMonth>();
  return (month) => {
    let expected = memo.get(month);
    if (!expected) {
      expected = expectedForMonth(facts, claim.benefit, month);
      memo.set(month, expected);
    }
    return expected;
  };
}

/** The agreement in force for the benefit on `today`: signed, not cancelled, naming the benefit. */
function agreementFor(call: Call, claim: ClaimRow, today: string): FeeAgreementRow | null {
  return (
    agreementsOf(call.store.db, claim.insuredPersonId).find(
      (a) => a.signedDate && a.signedDate <= today && !a.cancelledDate && a.benefits.includes(claim.benefit),
    ) ?? null
  );
}

/**
 * The most the law allows over the claim (the fee-limit calculator on the agreement's day): the
 * highest cap, a lawyer's at the committees — the agreement's own percent was held to its
 * representative's cap when it was made. Null when the sources give no cap for the day or benefit.
 */
function lawCap(agreement: FeeAgreementRow, benefit: Benefit, average: Decimal): Decimal | null {
  const result = runByName('fee-limit', {
    date: agreement.signedDate,
    benefit,
    representative: 'lawyer',
    stage: 'committees',
    averageMonthlyBenefit: average.toFixed(2),
    chargesOpeningFee: false,
    informationSheetGiven: agreement.informationSheetGiven,
  });
  return isError(result) || result.amount === null ? null : new Decimal(result.amount);
}

function ledgerOf(
  call: Call,
  claim: ClaimRow,
  rows: PaymentRow[],
  today: string,
): Ledger & { agreementId: number | null } {
  const paid: LedgerPayment[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    fromMonth: r.fromMonth,
    toMonth: r.toMonth,
    amount: new Decimal(fromHundredths(r.amountAgorot)),
  }));
  const agreement = agreementFor(call, claim, today);
  const average = averageMonthly(paid);
  const ctx = new RuleContext();
  const timing = valueOn(feeTiming, agreement?.signedDate ?? today, ctx).value;
  const months = agreement ? knownValueOn(benefitMonths, agreement.signedDate!, ctx)?.value : undefined;
  const ledger = postFees(paid, {
    successPercent: agreement ? new Decimal(agreement.successFeeBasisPoints).dividedBy(100) : null,
    benefitMonths: months ?? timing.spreadMonths,
    cap: agreement && average ? lawCap(agreement, claim.benefit, average) : null,
    timing,
  });
  return { ...ledger, agreementId: agreement?.id ?? null };
}

const money = (d: Decimal | null) => (d === null ? null : d.toFixed(2));

function shaped(claim: ClaimRow, rows: PaymentRow[], comparison: Comparison, ledger: Ledger): ClaimPayments {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const entries: LedgerEntry[] = ledger.lines.map((line) => {
    const p = byId.get(line.paymentId)!;
    return {
      paymentId: p.id,
      claimId: claim.id,
      benefit: p.benefit,
      kind: p.kind,
      fromMonth: p.fromMonth,
      toMonth: p.toMonth,
      amount: fromHundredths(p.amountAgorot),
      fee: line.fee.toFixed(2),
      basis: line.basis,
    };
  });
  return {
    claimId: claim.id,
    clientId: claim.insuredPersonId,
    benefit: claim.benefit,
    payments: rows.map(toPayment),
    months: comparison.months.map((m) => ({
      month: m.month,
      expected: money(m.expected.amount),
      eligible: m.expected.eligible,
      paid: money(m.paid),
      retroactive: m.retroactive,
      flag: m.flag,
    })),
    flags: comparison.flags.map((f) => ({
      kind: f.kind,
      month: f.month,
      expected: money(f.expected),
      paid: money(f.paid),
    })),
    missingFacts: [...new Set(comparison.months.flatMap((m) => m.expected.missing))],
    feeTotal: money(ledger.total),
    feeCollected: ledger.lines.reduce((sum, l) => sum.plus(l.fee), new Decimal(0)).toFixed(2),
    ledger: entries,
  };
}

interface Checked {
  result: ClaimPayments;
  agreementId: number | null;
}

function check(call: Call, claim: ClaimRow): Checked {
  const today = todayInIsrael(call.now());
  const rows = claimPayments(call.store.db, call.session.officeId, claim.id);
  const comparison = comparePayments(
    rows.map((r) => ({
      kind: r.kind,
      fromMonth: r.fromMonth,
      toMonth: r.toMonth,
      amount: new Decimal(fromHundredths(r.amountAgorot)),
    })),
    lastDueMonth(today),
    rows.length ? expectations(call, claim) : () => ({ amount: null, eligible: null, calculator: null, missing: [] }),
  );
  const ledger = ledgerOf(call, claim, rows, today);
  return { result: shaped(claim, rows, comparison, ledger), agreementId: ledger.agreementId };
}

/** The claim's payments, month by month against the rules, and the fees they allow (a read). */
export function claimCheck(call: Call, claim: ClaimRow): ClaimPayments {
  return check(call, claim).result;
}

/** Checks the claim again and replaces its flags and ledger rows; inside the caller's transaction. */
export function refreshClaim(call: Call, claim: ClaimRow): ClaimPayments {
  const { result, agreementId } = check(call, claim);
  const at = call.now().toISOString();
  const base = { officeId: claim.officeId, insuredPersonId: claim.insuredPersonId, claimId: claim.id };
  replaceFlags(
    call.store.db,
    claim.id,
    result.flags.map((f) => ({
      ...base,
      kind: f.kind,
      month: f.month,
      expectedAgorot: f.expected === null ? null : toHundredths(f.expected),
      paidAgorot: f.paid === null ? null : toHundredths(f.paid),
      checkedAt: at,
    })),
  );
  replaceLedger(
    call.store.db,
    claim.id,
    result.ledger.map((e) => ({
      ...base,
      paymentId: e.paymentId,
      feeAgreementId: agreementId,
      feeAgorot: toHundredths(e.fee),
      basis: e.basis,
      postedAt: at,
    })),
  );
  return result;
}
