// A fee agreement may not promise more than Amendment 161 allows: the opening fee and the success
// percent are checked against the same dated parameters the rights engine's fee-limit calculator uses.
import Decimal from 'decimal.js';
import { validationMessage } from '../locales/messages';
import { RuleContext } from '../rules/context';
import { claimFeePercent, lawyerCommitteesPercent, openingFee } from '../rules/parameters/fees';
import { valueOn } from '../rules/parameters/parameter';
import type { PaperOptions } from './options';

export interface FeeCaps {
  openingFee: string;
  successFeePercent: string;
}

/** A lawyer representing at the committees too may charge the higher percent (fees.ts). */
export function feeCaps(date: string, representativeIsLawyer: boolean): FeeCaps {
  const ctx = new RuleContext();
  const opening = valueOn(openingFee, date, ctx);
  const percent = valueOn(representativeIsLawyer ? lawyerCommitteesPercent : claimFeePercent, date, ctx);
  return { openingFee: opening.value.toFixed(2), successFeePercent: percent.value.toFixed(2) };
}

/** Field errors for fees above the caps, worded for the person filling the form. */
export function feeCapProblems(options: Pick<PaperOptions, 'openingFee' | 'successFeePercent'>, caps: FeeCaps): { field: 'openingFee' | 'successFeePercent'; message: string }[] {
  const problems: { field: 'openingFee' | 'successFeePercent'; message: string }[] = [];
  if (new Decimal(options.openingFee).gt(caps.openingFee)) {
    problems.push({ field: 'openingFee', message: validationMessage('feeAboveCap', { field: 'openingFee', cap: `${caps.openingFee} ₪` }) });
  }
  if (new Decimal(options.successFeePercent).gt(caps.successFeePercent)) {
    problems.push({ field: 'successFeePercent', message: validationMessage('feeAboveCap', { field: 'successFeePercent', cap: `${caps.successFeePercent}%` }) });
  }
  return problems;
}
