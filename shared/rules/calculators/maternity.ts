// Maternity allowance (דמי לידה), per the NII rights guide 2014 "ביטוח אמהות › דמי לידה":
// 14 weeks after contributions for 10 of the 14 months, or 15 of the 22 months, before the
// determining day (the day she stopped working); 7 weeks after 6 of the 14; 100% of the wage subject
// to contributions a day, up to a daily maximum. `date` is the determining day.
// Loose in the source, read literally: "100% of the wage less income tax, NII and health contributions"
// is read as 100% of the daily wage given, up to the maximum, with those deductions withheld from the
// payment and not computed here. The total is the daily amount for 7 days a week.
import type Decimal from 'decimal.js';
import { z } from 'zod';
import { own } from '../../api/validation';
import { defineCalculator, formatAmount } from '../calculator';
import { count, date, shekels } from '../inputs';
import { maternityMaxDaily, maternityPercent, maternityQualifying } from '../parameters/maternity';
import { valueOn } from '../parameters/parameter';
import { RuleInputError } from '../types';
import { cite } from '../sources';
import { bounded, joinSources } from '../wage-replacement';
import { shekelText } from '../shekel-text';

const WHO = cite('rights2014', '"ביטוח אמהות › דמי לידה › מי זכאית לדמי לידה?"');

export const maternity = defineCalculator({
  name: 'maternity',
  description: 'דמי לידה: מספר השבועות לפי תקופת האכשרה והסכום ליום',
  input: z.object({
    date,
    insuredMonthsLast14: count.max(14, own('מספר החודשים בין 0 ל-14')),
    insuredMonthsLast22: count.max(22, own('מספר החודשים בין 0 ל-22')),
    dailyWage: shekels.optional(),
  }),
  run(input, ctx) {
    const of14 = input.insuredMonthsLast14;
    const of22 = input.insuredMonthsLast22;
    // The 14 months lie inside the 22: at least as many, and at most 8 more.
    if (of22 < of14 || of22 > of14 + 8) {
      throw new RuleInputError(
        'insuredMonthsLast22',
        'חודשי הביטוח מתוך 22 החודשים כוללים את אלה שמתוך 14 החודשים: לפחות כמותם ולכל היותר 8 יותר',
      );
    }
    const rule = valueOn(maternityQualifying, input.date, ctx);
    const q = rule.value;
    const weeks = of14 >= q.fullOf14 || of22 >= q.fullOf22 ? q.fullWeeks : of14 >= q.partialOf14 ? q.partialWeeks : 0;
    const months = `שולמו דמי ביטוח ${of14} חודשים מתוך 14 החודשים ו-${of22} חודשים מתוך 22 החודשים שלפני היום הקובע (היום שבו הפסיקה לעבוד)`;
    if (weeks === q.fullWeeks) {
      ctx.because(
        `${months}; מי שבעדה שולמו ${q.fullOf14} חודשים מתוך 14 או ${q.fullOf22} מתוך 22 זכאית לדמי לידה בעד ${q.fullWeeks} שבועות.`,
        rule.source,
      );
    } else if (weeks > 0) {
      ctx.because(
        `${months}; זה פחות מ-${q.fullOf14} מתוך 14 ומ-${q.fullOf22} מתוך 22, אך ${q.partialOf14} חודשים לפחות מתוך 14 מזכים בדמי לידה בעד ${q.partialWeeks} שבועות.`,
        rule.source,
      );
    } else {
      ctx.because(
        `${months}; דמי לידה משולמים רק אם שולמו דמי ביטוח ${q.partialOf14} חודשים לפחות מתוך 14 החודשים, ולכן אין זכאות.`,
        rule.source,
      );
      return { eligible: false, amount: null, unit: null, details: { weeks: 0 } };
    }
    ctx.because(
      'החישוב מניח שהיולדת עובדת שכירה או עצמאית המועסקת בישראל שהפסיקה את עבודתה בזמן ההריון שהסתיים בלידה, ושחודשי הביטוח נספרו כמפורט במקור (עבודה בחלק מהחודש נחשבת לחודש מלא).',
      WHO,
    );

    const details: Record<string, unknown> = { weeks, days: weeks * 7 };
    let daily: Decimal | null = null;
    if (input.dailyWage) {
      const percent = valueOn(maternityPercent, input.date, ctx);
      const cap = valueOn(maternityMaxDaily, input.date, ctx);
      const held = bounded(input.dailyWage.times(percent.value).dividedBy(100), cap.value);
      daily = held.daily;
      details.total = formatAmount(daily.times(weeks * 7));
      ctx.because(
        `דמי הלידה הם ${percent.value.toString()}% מהשכר היומי החייב בדמי ביטוח (${shekelText(input.dailyWage)})` +
          (held.bound === 'cap' ? `, ולא יותר ממקסימום דמי הלידה, ${shekelText(cap.value)} ליום` : '') +
          `; מהם מנוכים מס הכנסה, דמי ביטוח לאומי ודמי ביטוח בריאות, שאינם מחושבים כאן. לתקופה כולה (${weeks * 7} ימים): ${shekelText(daily.times(weeks * 7))}.`,
        held.bound === 'cap' ? joinSources(percent.source, cap.source) : percent.source,
      );
    } else {
      ctx.need('dailyWage');
    }
    return { eligible: true, amount: daily, unit: daily ? 'day' : null, details };
  },
});
