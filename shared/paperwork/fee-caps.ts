// A fee agreement may not promise more than Amendment 161 allows: the opening fee and the success
// percent are checked against the same dated parameters the rights engine's fee-limit calculator uses
// (NII, "חישוב התשלום המקסימלי שמותר לגבות ממך", from 01.01.2024,
// https://www.btl.gov.il/Laws/fees/Pages/jishuvMaksimun.aspx; Kol Zchut, "הגבלת שכר טרחה").
// One schema checks the terms in the form, as they are typed, and on the server before a preview or
// a signature, so both name the same fields with the same Hebrew words.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { own } from '../api/validation';
import { benefits } from '../domain/enums';
import { validationMessage, type ValidationKey } from '../locales/messages';
import { RuleContext } from '../rules/context';
import { claimFeePercent, feeTerms, lawyerCommitteesPercent, openingFee } from '../rules/parameters/fees';
import { valueOn } from '../rules/parameters/parameter';
import { choice, decimalText } from '../schemas/fields';

export interface FeeCaps {
  /** The agreement's date: the caps are the ones in force on it. */
  date: string;
  /** A lawyer representing at the medical committees too may charge the higher percent. */
  representativeIsLawyer: boolean;
  openingFee: string;
  successFeePercent: string;
  /** The percent cap when the information sheet was not handed over (85% of it, rounded down). */
  successFeePercentWithoutSheet: string;
}

export function feeCaps(date: string, representativeIsLawyer: boolean): FeeCaps {
  const ctx = new RuleContext();
  const opening = valueOn(openingFee, date, ctx).value;
  const percent = valueOn(representativeIsLawyer ? lawyerCommitteesPercent : claimFeePercent, date, ctx).value;
  const reduced = valueOn(feeTerms, date, ctx).value.withoutInformationSheetPercent;
  return {
    date,
    representativeIsLawyer,
    openingFee: opening.toFixed(2),
    successFeePercent: percent.toFixed(2),
    successFeePercentWithoutSheet: percent
      .times(reduced)
      .dividedBy(100)
      .toDecimalPlaces(2, Decimal.ROUND_DOWN)
      .toFixed(2),
  };
}

/** The percent cap for these terms: lower when the information sheet was not handed over. */
export function percentCap(caps: FeeCaps, informationSheetGiven: boolean): string {
  return informationSheetGiven ? caps.successFeePercent : caps.successFeePercentWithoutSheet;
}

function above(text: string, cap: string): boolean {
  try {
    return new Decimal(text).gt(cap);
  } catch {
    return false; // not a number: the field's own format check says so
  }
}

/**
 * A fee agreement's terms within the caps: at least one benefit, and each fee at most its cap. Every
 * field over its cap gets its own issue, so the form shows them all at once.
 */
export function feeAgreementTerms(caps: FeeCaps) {
  return z
    .object({
      benefits: z.array(choice('benefits', benefits)).min(1, own(validationMessage('benefitsRequired'))),
      openingFee: decimalText('openingFee'),
      successFeePercent: decimalText('successFeePercent'),
      informationSheetGiven: z.boolean(),
    })
    .superRefine((terms, ctx) => {
      const over = (field: 'openingFee' | 'successFeePercent', cap: string, shown: string, key: ValidationKey) => {
        if (above(terms[field], cap))
          ctx.addIssue({ code: 'custom', path: [field], message: own(validationMessage(key, { field, cap: shown })) });
      };
      over('openingFee', caps.openingFee, `${caps.openingFee} ₪`, 'feeAboveCap');
      const percent = percentCap(caps, terms.informationSheetGiven);
      over(
        'successFeePercent',
        percent,
        `${percent}%`,
        terms.informationSheetGiven ? 'feeAboveCap' : 'feeAboveCapWithoutSheet',
      );
    });
}
