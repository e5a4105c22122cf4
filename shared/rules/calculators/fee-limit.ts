// The most a representative may charge under Amendment 161 to the National Insurance Law: only on success; an opening fee; a percent of the average benefit over 60 months (or of
// a work-injury grant); 85% of the cap when the information sheet was not handed over; at most 60%
// of a retroactive payment at once and 25% of each monthly payment; 7 working days to cancel. Every
// figure is a dated parameter in parameters/fees.ts.
// The caps are known from the dates fees.ts gives (2022 and 2024); for an earlier agreement under the
// amendment the cap is left open (amount null, the value named as missing), never refused.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { ownInvalid } from '../../api/validation';
import { benefits } from '../../domain/enums';
import { validationMessage } from '../../locales/messages';
import { defineCalculator } from '../calculator';
import { date, shekels } from '../inputs';
import { LAW, page } from '../sources';
import {
  AMENDMENT_FROM,
  KOLZCHUT_LIMIT,
  benefitMonths,
  claimFeePercent,
  feeTerms,
  feeTiming,
  lawyerCommitteesPercent,
  lowBenefitThreshold,
  openingFee,
  workInjuryGrantPercent,
} from '../parameters/fees';
import { knownValueOn } from '../parameters/lookup';
import { valueOn } from '../parameters/parameter';
import { addWorkingDays } from '../working-days';

/** Benefits the amendment covers (the NII page "הגבלת שכר טרחה: טיפול בתביעה"). */
const COVERED = [
  'general_disability',
  'work_injury',
  'special_services',
  'mobility',
  'disabled_child',
  'volunteers',
  'rehabilitation',
  'ringworm_compensation',
  'polio_compensation',
] as const;
const isCovered = (benefit: string) => (COVERED as readonly string[]).includes(benefit);
/** The benefits it answers for: those the amendment covers, and the app's other benefits, which it does not. */
const BENEFITS = [...COVERED, ...benefits.filter((b) => !isCovered(b))] as [string, ...string[]];
const AMENDMENT = `${LAW.amendment161}; ${page('feeRules')}`;

export const feeLimit = defineCalculator({
  name: 'fee-limit',
  description: 'תקרת שכר הטרחה למייצג לפי תיקון 161, פריסת התשלום וחלון הביטול',
  input: z.object({
    date,
    benefit: z.enum(BENEFITS, { error: ownInvalid(validationMessage('choice', { field: 'benefit' })) }),
    representative: z.enum(['lawyer', 'other']),
    stage: z.enum(['claim', 'committees']).default('claim'),
    averageMonthlyBenefit: shekels.optional(),
    workInjuryGrant: shekels.optional(),
    chargesOpeningFee: z.boolean().default(true),
    informationSheetGiven: z.boolean(),
    signedDate: date.optional(),
    retroactive: shekels.optional(),
  }),
  run(input, ctx) {
    if (!isCovered(input.benefit)) {
      ctx.because(
        'תיקון 161 מגביל שכר טרחה רק בגמלאות שהוא מונה; לגמלה זו לא ידועה תקרה במקורות שבידינו.',
        KOLZCHUT_LIMIT,
      );
      ctx.need('תקרת שכר טרחה לגמלה זו ממקור אחר (תיקון 161 אינו חל עליה)');
      return { eligible: null, amount: null, unit: null, details: { covered: false } };
    }
    if (input.date < AMENDMENT_FROM) {
      ctx.because(
        `תיקון 161 חל על הסכמי שכר טרחה מ-05.12.2015; לתאריך ${input.date} לא ידועה תקרה לפיו במקורות שבידינו.`,
        AMENDMENT,
      );
      ctx.need('תקרת שכר טרחה להסכם שקדם לתיקון 161, ממקור אחר');
      return { eligible: null, amount: null, unit: null, details: { covered: true, amendmentFrom: AMENDMENT_FROM } };
    }
    ctx.because('שכר טרחה מותר רק אם התביעה הצליחה, והתקרה אינה ניתנת להגדלה גם בהסכמת המבוטח.', KOLZCHUT_LIMIT);
    const opening = input.chargesOpeningFee ? knownValueOn(openingFee, input.date, ctx) : null;
    // Not charged: none; charged but not known for the date: null, and the cap stays open.
    const details: Record<string, unknown> = {
      covered: true,
      openingFee: opening ? opening.value.toFixed(2) : input.chargesOpeningFee ? null : '0.00',
    };
    if (opening) ctx.because(`דמי פתיחת תיק עד ${opening.value.toFixed(2)} ₪.`, opening.source);

    let cap: Decimal | null = null;
    if (input.benefit === 'work_injury' && input.workInjuryGrant) {
      const p = knownValueOn(workInjuryGrantPercent, input.date, ctx);
      const percent = p && (input.chargesOpeningFee ? p.value.withOpening : p.value.withoutOpening);
      details.percent = percent ? percent.toFixed(2) : null;
      if (p && percent) {
        cap = input.workInjuryGrant.times(percent).dividedBy(100);
        ctx.because(`במענק נכות מעבודה (דרגה 9%–19%): עד ${percent.toFixed(2)}% מהמענק.`, p.source);
      }
    } else if (input.averageMonthlyBenefit) {
      const p = knownValueOn(
        input.representative === 'lawyer' && input.stage === 'committees' ? lawyerCommitteesPercent : claimFeePercent,
        input.date,
        ctx,
      );
      details.percent = p ? p.value.toFixed(2) : null;
      if (p) {
        const months = valueOn(benefitMonths, input.date, ctx).value;
        cap = input.averageMonthlyBenefit.times(months).times(p.value).dividedBy(100);
        ctx.because(`עד ${p.value.toFixed(2)}% מהגמלה החודשית הממוצעת כפול ${months} חודשים.`, p.source);
        const threshold = knownValueOn(lowBenefitThreshold, input.date, ctx);
        if (opening && threshold && input.averageMonthlyBenefit.lt(threshold.value)) {
          cap = cap.plus(opening.value);
          ctx.because(
            `הגמלה הממוצעת נמוכה מ-${threshold.value.toFixed(2)} ₪, ולכן מותרים דמי פתיחה נוספים.`,
            threshold.source,
          );
        }
      }
    } else {
      ctx.need(input.benefit === 'work_injury' ? 'workInjuryGrant' : 'averageMonthlyBenefit');
    }

    const terms = valueOn(feeTerms, input.date, ctx);
    const { withoutInformationSheetPercent: reduced, cancellationWorkingDays } = terms.value;
    if (cap && !input.informationSheetGiven) {
      cap = cap.times(reduced).dividedBy(100);
      ctx.because(`דף המידע לא נמסר למבוטח, ולכן התקרה יורדת ל-${reduced.toString()}%.`, terms.source);
    }
    const timing = valueOn(feeTiming, input.date, ctx);
    const { retroactiveAtOncePercent: atOnce, monthlyPaymentPercent: monthly, spreadMonths } = timing.value;
    if (input.retroactive) {
      details.maxFromRetroactiveAtOnce = input.retroactive.times(atOnce).dividedBy(100).toFixed(2);
      ctx.because(
        `מתשלום רטרואקטיבי מותר לגבות בבת אחת עד ${atOnce.toString()}%; את השאר עד ${monthly.toString()}% מכל תשלום חודשי, בפריסה של עד ${spreadMonths} חודשים.`,
        timing.source,
      );
    }
    details.maxShareOfMonthlyPayment = monthly.toFixed(2);
    if (input.signedDate) {
      details.cancellationUntil = addWorkingDays(input.signedDate, cancellationWorkingDays);
      ctx.because(
        `המבוטח רשאי לבטל את ההסכם בתוך ${cancellationWorkingDays} ימי עבודה מהחתימה, כלומר עד ${details.cancellationUntil as string}.`,
        terms.source,
      );
    }
    return { eligible: cap ? true : null, amount: cap, unit: cap ? 'once' : null, details };
  },
});
