// A fee agreement stays within Amendment 161's caps wherever it is written — the signed paper and the
// record typed on the client's file alike — checked with the schema the form checks while typing, so
// a refusal names every field over its cap in the same Hebrew words.
import { AppError } from '../../shared/api/result';
import { fieldIssues } from '../../shared/api/validation';
import { feeAgreementTerms, feeCaps } from '../../shared/paperwork/fee-caps';
import { RuleInputError } from '../../shared/rules/types';

export interface FeeTerms {
  benefits: readonly string[];
  openingFee: string;
  successFeePercent: string;
  informationSheetGiven: boolean;
}

/**
 * Refuses terms over the caps in force on `date` for the representative (a lawyer, who represents
 * at the medical committees too, may charge more). `fieldPrefix` places the fields in the caller's input ("options." for a paper). A
 * date before the published caps has none to check against: the record is kept as typed.
 */
export function assertWithinFeeCaps(
  date: string,
  representativeIsLawyer: boolean,
  terms: FeeTerms,
  fieldPrefix = '',
): void {
  let caps;
  try {
    caps = feeCaps(date, representativeIsLawyer);
  } catch (error) {
    if (error instanceof RuleInputError) return;
    throw error;
  }
  const parsed = feeAgreementTerms(caps).safeParse(terms);
  if (parsed.success) return;
  const issues = fieldIssues(parsed.error);
  const error = new AppError('validation', 'validation', `${fieldPrefix}${issues[0]!.field}`);
  error.message = issues.map((issue) => issue.message).join(' · ');
  throw error;
}
