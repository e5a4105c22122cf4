// A fee agreement's terms checked as they are typed, with the schema the server checks them with,
// against the caps the server says are in force today for the office's representative. Until the
// terms are within every cap the agreement is neither previewed nor offered for signing.
import { fieldIssues } from '../../../shared/api/validation';
import { feeAgreementTerms, type FeeCaps } from '../../../shared/paperwork/fee-caps';
import type { PaperOptionsInput } from '../../../shared/paperwork/options';
import { useLatestReply } from '../../api/useLatestReply';

export interface FeeCheck {
  caps: FeeCaps | null;
  /** Why the caps could not be read (the form cannot be checked, so it is not signed). */
  failure: string | null;
  retry(): void;
  /** Every field over its cap or missing, keyed as the server names them ('options.openingFee'). */
  problems: Record<string, string>;
  /** Not yet checked, or not within the caps: no preview and no signature. */
  blocked: boolean;
}

export function useFeeCheck(template: string, options: PaperOptionsInput): FeeCheck | null {
  const isFees = template === 'fee_agreement';
  const { value: caps, failure, retry } = useLatestReply('paperwork.feeCaps', isFees ? {} : null);
  if (!isFees) return null;
  const problems: Record<string, string> = {};
  if (caps) {
    const parsed = feeAgreementTerms(caps).safeParse({
      benefits: options.benefits ?? [],
      openingFee: options.openingFee ?? '',
      successFeePercent: options.successFeePercent ?? '',
      informationSheetGiven: options.informationSheetGiven ?? true,
    });
    if (!parsed.success)
      for (const issue of fieldIssues(parsed.error)) problems[`options.${issue.field}`] = issue.message;
  }
  return { caps, failure, retry, problems, blocked: !caps || Object.keys(problems).length > 0 };
}
