// The most a representative may charge under Amendment 161 (public-figures.md, "Representatives'
// fees"): only on success; an opening fee; a percent of the average benefit over 60 months (or of
// a work-injury grant); 85% of the cap when the information sheet was not handed over; at most 60%
// of a retroactive payment at once and 25% of each monthly payment; 7 working days to cancel.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { defineCalculator } from '../calculator';
import { date, shekels } from '../inputs';
import { claimFeePercent, lawyerCommitteesPercent, lowBenefitThreshold, openingFee, workInjuryGrantPercent } from '../parameters/fees';
import { valueOn } from '../parameters/parameter';
import { addWorkingDays } from '../working-days';

const KOLZCHUT_LIMIT = 'kolzchut "הגבלת שכר טרחה", as quoted in public-figures.md "Representatives\' fees"';
const KOLZCHUT_TIMING = 'kolzchut "הגבלת מועדי תשלום שכר טרחה", as quoted in public-figures.md';

/** Benefits the amendment covers (public-figures.md, btl tipul.aspx). */
const COVERED = ['general_disability', 'work_injury', 'special_services', 'mobility', 'disabled_child', 'volunteers', 'rehabilitation', 'ringworm_compensation', 'polio_compensation'] as const;

export const feeLimit = defineCalculator({
  name: 'fee-limit',
  description: 'תקרת שכר הטרחה למייצג לפי תיקון 161, פריסת התשלום וחלון הביטול',
  input: z.object({
    date,
    benefit: z.string(),
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
    if (!(COVERED as readonly string[]).includes(input.benefit)) {
      ctx.because('תיקון 161 מגביל שכר טרחה רק בגמלאות שהוא מונה; לגמלה זו לא ידועה תקרה במקורות שבידינו.', KOLZCHUT_LIMIT);
      return { eligible: null, amount: null, unit: null, details: { covered: false } };
    }
    ctx.because('שכר טרחה מותר רק אם התביעה הצליחה, והתקרה אינה ניתנת להגדלה גם בהסכמת המבוטח.', KOLZCHUT_LIMIT);
    const opening = input.chargesOpeningFee ? valueOn(openingFee, input.date, ctx) : null;
    const details: Record<string, unknown> = { covered: true, openingFee: opening ? opening.value.toFixed(2) : '0.00' };
    if (opening) ctx.because(`דמי פתיחת תיק עד ${opening.value.toFixed(2)} ₪.`, opening.source);

    let cap: Decimal | null = null;
    if (input.benefit === 'work_injury' && input.workInjuryGrant) {
      const p = valueOn(workInjuryGrantPercent, input.date, ctx);
      const percent = input.chargesOpeningFee ? p.value.withOpening : p.value.withoutOpening;
      cap = input.workInjuryGrant.times(percent).dividedBy(100);
      details.percent = percent.toFixed(2);
      ctx.because(`במענק נכות מעבודה (דרגה 9%–19%): עד ${percent.toFixed(2)}% מהמענק.`, p.source);
    } else if (input.averageMonthlyBenefit) {
      const p = input.representative === 'lawyer' && input.stage === 'committees' ? valueOn(lawyerCommitteesPercent, input.date, ctx) : valueOn(claimFeePercent, input.date, ctx);
      cap = input.averageMonthlyBenefit.times(60).times(p.value).dividedBy(100);
      details.percent = p.value.toFixed(2);
      ctx.because(`עד ${p.value.toFixed(2)}% מהגמלה החודשית הממוצעת כפול 60 חודשים.`, p.source);
      const threshold = valueOn(lowBenefitThreshold, input.date, ctx);
      if (opening && input.averageMonthlyBenefit.lt(threshold.value)) {
        cap = cap.plus(opening.value);
        ctx.because(`הגמלה הממוצעת נמוכה מ-${threshold.value.toFixed(2)} ₪, ולכן מותרים דמי פתיחה נוספים.`, threshold.source);
      }
    } else {
      ctx.need(input.benefit === 'work_injury' ? 'workInjuryGrant' : 'averageMonthlyBenefit');
    }

    if (cap && !input.informationSheetGiven) {
      cap = cap.times('0.85');
      ctx.because('דף המידע לא נמסר למבוטח, ולכן התקרה יורדת ל-85%.', KOLZCHUT_LIMIT);
    }
    if (input.retroactive) {
      details.maxFromRetroactiveAtOnce = input.retroactive.times('0.6').toFixed(2);
      ctx.because('מתשלום רטרואקטיבי מותר לגבות בבת אחת עד 60%; את השאר עד 25% מכל תשלום חודשי, בפריסה של עד 60 חודשים.', KOLZCHUT_TIMING);
    }
    details.maxShareOfMonthlyPayment = '25.00';
    if (input.signedDate) {
      details.cancellationUntil = addWorkingDays(input.signedDate, 7);
      ctx.because(`המבוטח רשאי לבטל את ההסכם בתוך 7 ימי עבודה מהחתימה, כלומר עד ${details.cancellationUntil as string}.`, KOLZCHUT_LIMIT);
    }
    return { eligible: cap ? true : null, amount: cap, unit: cap ? 'once' : null, details };
  },
});
