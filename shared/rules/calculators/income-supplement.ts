// Old-age pension with an income supplement (השלמת הכנסה לאזרח ותיק): for someone who receives an
// old-age (or survivors') pension and has little other income, the NII tops the pension up to the
// table's total for the age band and family. The income test's thresholds were not found in any public
// source: with no other income the total is the answer; with some, the answer waits for the test and
// the total is given as the most it can come to.
import { z } from 'zod';
import { defineCalculator, formatAmount } from '../calculator';
import type { RuleContext } from '../context';
import { count, date, shekels } from '../inputs';
import {
  supplementAgeBands,
  supplementFamilies,
  supplementTotals,
  type SupplementAgeBand,
  type SupplementFamily,
} from '../parameters/income-supplement';
import { indexedValueOn } from '../parameters/lookup';
import { valueOn } from '../parameters/parameter';
import { shekelText } from '../shekel-text';
import { page } from '../sources';

const FAMILY_NAMES: Record<SupplementFamily, string> = {
  single: 'יחיד/ה',
  couple: 'זוג',
  'single-one-child': 'יחיד/ה עם ילד',
  'single-two-children': 'יחיד/ה עם 2 ילדים',
  'couple-one-child': 'זוג עם ילד',
  'couple-two-children': 'זוג עם 2 ילדים',
};

function bandOf(age: number, on: string, ctx: RuleContext): { band: SupplementAgeBand; text: string; source: string } {
  const bands = valueOn(supplementAgeBands, on, ctx);
  const { from70, from80 } = bands.value;
  if (age >= from80) return { band: 'from80', text: `מגיל ${from80} ומעלה`, source: bands.source };
  if (age >= from70) return { band: 'from70', text: `מגיל ${from70} עד ${from80}`, source: bands.source };
  return { band: 'under70', text: `עד גיל ${from70}`, source: bands.source };
}

export const incomeSupplement = defineCalculator({
  name: 'old-age-income-supplement',
  description: 'קצבת אזרח ותיק עם תוספת השלמת הכנסה: הסכום הכולל לחודש לפי גיל והרכב המשפחה',
  input: z.object({
    date,
    age: count,
    family: z.enum(supplementFamilies),
    /** Income besides the old-age pension (work, pensions, capital), a month, for the household. */
    otherMonthlyIncome: shekels,
    receivesOldAgePension: z.boolean().optional(),
  }),
  run(input, ctx) {
    const totals = indexedValueOn(supplementTotals, input.date, ctx);
    const { band, text, source } = bandOf(input.age, input.date, ctx);
    const total = totals.value[band][input.family];
    ctx.because(
      `ל${FAMILY_NAMES[input.family]} ${text} קצבת אזרח ותיק עם תוספת השלמת הכנסה מגיעה לכל היותר ל-${shekelText(total)} לחודש.`,
      `${totals.source}; ${source}`,
    );
    const details = { family: input.family, ageBand: band, total: formatAmount(total) };
    if (input.receivesOldAgePension === false) {
      ctx.because(
        'תוספת השלמת ההכנסה משולמת למי שמקבל קצבת אזרח ותיק (או קצבת שאירים); לפי הנתונים המבוטח אינו מקבל אותה, ולכן קודם יש לתבוע את הקצבה.',
        page('oldAgeSupplement'),
      );
      ctx.need('receivesOldAgePension');
      return { eligible: null, amount: null, unit: null, details };
    }
    if (input.otherMonthlyIncome.isZero()) {
      ctx.because(
        'אין הכנסה נוספת מלבד הקצבה, ולכן מגיע הסכום המלא שבטבלה (זהו אומדן, לא החלטה של המוסד).',
        totals.source,
      );
      return { eligible: true, amount: total, unit: 'month', details };
    }
    ctx.because(
      `יש הכנסה נוספת (${shekelText(input.otherMonthlyIncome)} לחודש): התוספת תלויה במבחן הכנסות שסכומיו לא נמצאו במקורות הציבוריים, ולכן הזכאות והסכום אינם נקבעים; ${shekelText(total)} הוא הסכום הגבוה ביותר.`,
      totals.source,
    );
    ctx.need('מבחן ההכנסות לתוספת השלמת הכנסה (הסכומים אינם במקורות)');
    return { eligible: null, amount: null, unit: null, details };
  },
});
