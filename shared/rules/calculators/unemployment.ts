// Unemployment benefit (דמי אבטלה), per the NII rights guide 2014 "ביטוח אבטלה": the age
// limits, the qualifying period (12 of the 18 months before the unemployment; a discharged soldier
// may count up to 6 service months), the maximum days by age and dependants, the 5 waiting days and
// the 90-day delay after quitting without justification; the daily maximums are shown, the daily
// amount itself needs the wages of the last 6 months, which the input does not give.
// Loose in the source, read literally:
// - The max-days table overlaps ("from 35" appears for both 175 and 138 days): 45 and over, or 35
//   and over with 3 dependants → 175; 35 and over, or under 35 with 3 dependants → 138; then 28–34
//   → 100, 25–27 → 67, under 25 → 50; a discharged soldier → 70 whatever the age.
// - insuredMonthsLast18 counts months with contributions for work; for a discharged soldier 6 service
//   months are added (a soldier in the first year after discharge served at least 6 of the 18 months).
// - Ages 18–20 qualify "in certain conditions" the source does not list: the answer waits for them.
// Not modelled: repeated claims within 4 years under 40 (180% of the days), refusing a job offer.
import { z } from 'zod';
import type { RuleContext } from '../context';
import { defineCalculator, formatAmount } from '../calculator';
import { count, date } from '../inputs';
import { valueOn } from '../parameters/parameter';
import {
  ageLimits,
  maxDaily,
  maxDays,
  qualifying,
  quitDelayDays,
  soldierMinDaily,
  unpaidLeaveMinDays,
  waitingDays,
  type MaxDaysTable,
} from '../parameters/unemployment';
import { own } from '../../api/validation';
import { cite } from '../sources';
import { shekelText } from '../shekel-text';
import { allOf } from '../verdict';

const UNEMPLOYED = cite('rights2014', '"ביטוח אבטלה › דמי אבטלה › תנאי הזכאות לדמי האבטלה" (סעיף 3, "אתה מובטל")');

/** The source's table, in its order; the first line that applies wins. */
function maxDaysFor(
  table: MaxDaysTable,
  age: number,
  dependents: number,
  soldier: boolean,
): { days: number; why: string } {
  const many = dependents >= table.dependantsThreshold;
  const { from45, from35, from28, from25 } = table.ages;
  if (soldier) return { days: table.dischargedSoldier, why: 'לחייל משוחרר ולבת שסיימה שירות לאומי' };
  if (age >= from45) return { days: table.from45, why: `למובטל שמלאו לו ${from45} שנים` };
  if (age >= from35 && many)
    return {
      days: table.from45,
      why: `למובטל שמלאו לו ${from35} שנים ויש עמו ${table.dependantsThreshold} תלויים לפחות`,
    };
  if (age >= from35) return { days: table.from35, why: `למובטל שמלאו לו ${from35} שנים` };
  if (many)
    return {
      days: table.from35,
      why: `למובטל שטרם מלאו לו ${from35} שנים ויש עמו ${table.dependantsThreshold} תלויים`,
    };
  if (age >= from28) return { days: table.from28, why: `למובטל שמלאו לו ${from28} שנים ועדיין לא מלאו לו ${from35}` };
  if (age >= from25) return { days: table.from25, why: `למובטל שמלאו לו ${from25} שנים ועדיין לא מלאו לו ${from28}` };
  return { days: table.under25, why: `למובטל שעדיין לא מלאו לו ${from25} שנים` };
}

function ageAllows(age: number, date: string, soldier: boolean, ctx: RuleContext): boolean | null {
  const limits = valueOn(ageLimits, date, ctx);
  const { from, conditionallyFrom, until } = limits.value;
  if (age >= until) {
    ctx.because(`דמי אבטלה משולמים עד גיל ${until}; המובטל בן ${age}.`, limits.source);
    return false;
  }
  if (age >= from) return true;
  if (age >= conditionallyFrom) {
    ctx.because(
      `דמי אבטלה משולמים מגיל ${from}, ו"בתנאים מסוימים" גם לבני ${conditionallyFrom}–${from}; המקור אינו מפרט את התנאים, ולכן אין הכרעה${soldier ? ' (המקור מונה חייל בשנה הראשונה לשחרורו בין המבוטחים)' : ''}.`,
      limits.source,
    );
    ctx.need('conditionsForAge18to20');
    return null;
  }
  ctx.because(`דמי אבטלה משולמים מגיל ${conditionallyFrom} לכל המוקדם; המובטל בן ${age}.`, limits.source);
  return false;
}

function qualifies(months: number, date: string, soldier: boolean, ctx: RuleContext): boolean | null {
  const rule = valueOn(qualifying, date, ctx);
  const { months: needed, window, serviceMonthsCounted } = rule.value;
  const counted = soldier ? Math.min(window, months + serviceMonthsCounted) : months;
  const service = soldier
    ? ` לחייל משוחרר נלקחים בחשבון עד ${serviceMonthsCounted} חודשים מתקופת השירות הסדיר או הלאומי; החישוב מניח ש-${months} החודשים שנמסרו הם חודשי עבודה בלבד, ומוסיף להם ${counted - months} חודשי שירות (בשנה הראשונה לשחרור, ${serviceMonthsCounted} מתוך ${window} החודשים לפחות היו חודשי שירות).`
    : '';
  const met = counted >= needed;
  ctx.because(
    `תקופת האכשרה היא ${needed} חודשים ששולמו בעדם דמי ביטוח מתוך ${window} החודשים שקדמו לאבטלה.${service} נספרו ${counted} חודשים, ולכן תקופת האכשרה ${met ? 'הושלמה' : 'לא הושלמה'}.`,
    rule.source,
  );
  if (met) return true;
  if (!soldier) return false;
  ctx.because(
    'חייל משוחרר שהופנה להכשרה מקצועית מטעם שירות התעסוקה פטור מתקופת האכשרה בשנה הראשונה לאחר השחרור.',
    rule.source,
  );
  ctx.need('referredToVocationalTraining');
  return null;
}

export const unemployment = defineCalculator({
  name: 'unemployment',
  description: 'זכאות לדמי אבטלה: תקופת אכשרה, מספר הימים המרבי, ימי המתנה ודחייה',
  input: z.object({
    date,
    age: count,
    dependents: count,
    insuredMonthsLast18: count.max(18, own('מספר החודשים בין 0 ל-18')),
    dischargedSoldier: z.boolean().optional(),
    quitWithoutJustification: z.boolean().optional(),
  }),
  run(input, ctx) {
    const soldier = input.dischargedSoldier === true;
    const age = ageAllows(input.age, input.date, soldier, ctx);
    const qualified = qualifies(input.insuredMonthsLast18, input.date, soldier, ctx);
    ctx.because(
      'הזכאות מותנית גם בכך שהמובטל רשום בלשכת שירות התעסוקה, מוכן ומסוגל לעבוד, ולא הוצעה לו עבודה מתאימה; החישוב מניח שכך.',
      UNEMPLOYED,
    );

    const table = valueOn(maxDays, input.date, ctx);
    const { days, why } = maxDaysFor(table.value, input.age, input.dependents, soldier);
    ctx.because(
      `${why} – ${days} ימי אבטלה לכל היותר (תלויים: בן/בת זוג שאינם עובדים וילד עד גיל 18; נמסרו ${input.dependents}).`,
      table.source,
    );

    const waiting = valueOn(waitingDays, input.date, ctx);
    ctx.because(`עבור ${waiting.value} ימי האבטלה הראשונים בכל 4 חודשים רצופים לא משולמים דמי אבטלה.`, waiting.source);

    const delay = valueOn(quitDelayDays, input.date, ctx);
    let delayDays = 0;
    if (input.quitWithoutJustification) {
      delayDays = delay.value;
      ctx.because(
        `מי שהפסיק את עבודתו מרצונו בלי הצדקה יתחיל לקבל דמי אבטלה רק לאחר ${delay.value} ימים מיום הפסקת העבודה.`,
        delay.source,
      );
    } else if (input.quitWithoutJustification === undefined) {
      ctx.warn(
        `לא צוין אם המובטל הפסיק לעבוד מרצונו בלי הצדקה; אם כן, התשלום יתחיל רק לאחר ${delay.value} ימים מיום הפסקת העבודה.`,
      );
    }

    const caps = valueOn(maxDaily, input.date, ctx);
    ctx.because(
      `דמי האבטלה ליום מחושבים מהשכר היומי הממוצע ב-6 החודשים שקדמו ל-1 בחודש שבו החלה האבטלה, ולא יעלו על ${shekelText(caps.value.first)} ליום ${caps.value.firstPeriod} ועל ${shekelText(caps.value.later)} ליום לאחר מכן; הסכום עצמו אינו מחושב כאן.`,
      caps.source,
    );
    const details: Record<string, unknown> = {
      maxDays: days,
      waitingDays: waiting.value,
      delayDays,
      maxDaily: {
        first: formatAmount(caps.value.first),
        later: formatAmount(caps.value.later),
        firstPeriod: caps.value.firstPeriod,
      },
    };
    if (soldier) {
      const floor = valueOn(soldierMinDaily, input.date, ctx);
      details.soldierMinDaily = formatAmount(floor.value);
      ctx.because(`דמי אבטלה לחייל משוחרר לא יפחתו מ-${shekelText(floor.value)} ליום.`, floor.source);
    }
    if (input.date >= unpaidLeaveMinDays.values[0]!.from) {
      const leave = valueOn(unpaidLeaveMinDays, input.date, ctx);
      ctx.because(
        `אם האבטלה היא הוצאה לחופשה ללא תשלום: דמי אבטלה משולמים רק אם העובד הוצא לחל"ת ביוזמת המעסיק ל-${leave.value} ימים רצופים לפחות ואינו זכאי לשכר בתקופה זו; אין זכאות בעד ימי החופשה הצבורים, וחמשת ימי ההמתנה כלולים בתוכם.`,
        leave.source,
      );
    }

    return { eligible: allOf([age, qualified]), amount: null, unit: null, details };
  },
});
