// Accident allowance (דמי תאונה), per the NII rights guide 2014 "ביטוח נפגעי תאונות": a
// resident from 18 to retirement age who lost the capacity to function after an accident and was
// examined by a doctor within 72 hours. Employee or self-employed: 75% of the quarter's wages divided
// by 90, up to a daily maximum; the first two days are not paid when the incapacity is shorter than
// 12 days. Not working or a housewife: a fixed daily amount, never for the first 14 days after the
// accident day. At most 90 consecutive days from the day after the accident.
// The upper age is the retirement age of the old-age chapter (parameters/old-age.ts: men 67; women by
// birth month — in the 2014 rights guide 62 rising to 64, from 2022 the NII table). The input has an age but no
// sex or birth date: the age places the birth within a year, and where the retirement age for such
// a birth depends on the sex or on the birth month, the answer is null and asks for them.
import type Decimal from 'decimal.js';
import { z } from 'zod';
import { addDays, format, parseISO, subYears } from 'date-fns';
import { RuleContext } from '../context';
import { defineCalculator, formatAmount } from '../calculator';
import { count, date, shekels } from '../inputs';
import {
  accidentDays,
  accidentFixedDaily,
  accidentMaxDaily,
  accidentMinAge,
  accidentPercent,
} from '../parameters/accident';
import { menRetirementAge, womenRetirementAge, type AgeRow } from '../parameters/old-age';
import { valueOn } from '../parameters/parameter';
import { cite } from '../sources';
import { bounded, dailyRate, joinSources, paidDays, QUARTER_DAYS } from '../wage-replacement';
import { shekelText } from '../shekel-text';
import { allOf } from '../verdict';

const WHO = cite('rights2014', '"ביטוח נפגעי תאונות › מי זכאי לדמי תאונה?"');
const WHAT = cite('rights2014', '"ביטוח נפגעי תאונות › מהי תאונה?"');

type Status = 'employee' | 'self-employed' | 'not-working' | 'housewife';

/** Retirement ages in months, for births in a window of months (YYYY-MM, inclusive). */
function womenRetirementMonths(
  rows: readonly AgeRow[],
  bornFrom: string,
  bornUntil: string,
): { lowest: number; highest: number } {
  const ages = rows
    .filter((r) => (!r.bornFrom || r.bornFrom <= bornUntil) && (!r.bornUntil || r.bornUntil >= bornFrom))
    .flatMap((r) => [r.years * 12 + r.months, r.upTo ? r.upTo.years * 12 + r.upTo.months : r.years * 12 + r.months]);
  return { lowest: Math.min(...ages), highest: Math.max(...ages) };
}

/**
 * Is someone of `age` (whole years) on `date` between 18 and the retirement age? The age puts the
 * birth in a window of a year; where the retirement age for that window depends on the sex (or, for
 * women, on the birth month) the answer is null and names what is missing.
 */
function ageAllows(age: number, status: Status, date: string, ctx: RuleContext): boolean | null {
  const min = valueOn(accidentMinAge, date, ctx);
  if (age < min.value) {
    ctx.because(`דמי תאונה משולמים לתושב ישראל מגיל ${min.value}; הנפגע בן ${age}.`, WHO);
    return false;
  }
  const scratch = new RuleContext();
  const men = valueOn(menRetirementAge, date, scratch);
  const women = valueOn(womenRetirementAge, date, scratch);
  const day = parseISO(date);
  const born = {
    from: format(addDays(subYears(day, age + 1), 1), 'yyyy-MM'),
    until: format(subYears(day, age), 'yyyy-MM'),
  };
  const w = womenRetirementMonths(women.value, born.from, born.until);
  // Someone of `age` whole years is at least `age` and under `age + 1`: surely before an age R when
  // age + 1 <= R, surely past it when age >= R.
  const months = { at: age * 12, under: (age + 1) * 12 };
  const verdict = (lowest: number, highest: number): boolean | null =>
    months.under <= lowest ? true : months.at >= highest ? false : null;
  const woman = verdict(w.lowest, w.highest);
  const man = verdict(men.value * 12, men.value * 12);
  const answer = status === 'housewife' ? woman : woman === man ? woman : null;
  // The tables' warnings (an old or a secondary value) matter only where the age is at stake.
  if (answer !== true) for (const warning of scratch.warnings) ctx.warn(warning);
  const ages = `לגברים ${men.value}, ולנשים ${years(w.lowest)}${w.highest > w.lowest ? ` עד ${years(w.highest)}, לפי חודש הלידה` : ''} (לילידי ${born.from} עד ${born.until})`;
  const source = `${WHO}; ${joinSources(men.source, women.source)}`;
  if (answer === false)
    ctx.because(
      `דמי תאונה משולמים עד גיל הפרישה – ${ages}; ${status === 'housewife' ? 'הנפגעת בת' : 'הנפגע/ת בן/בת'} ${age}, כלומר אחרי גיל הפרישה.`,
      source,
    );
  else if (answer === true)
    ctx.because(
      `דמי תאונה משולמים עד גיל הפרישה – ${ages}; ${status === 'housewife' ? 'הנפגעת בת' : 'הנפגע/ת בן/בת'} ${age}, כלומר לפני גיל הפרישה.`,
      source,
    );
  else {
    const what =
      status === 'housewife' || man === woman ? 'בתאריך הלידה' : woman === null ? 'במין ובתאריך הלידה' : 'במין';
    ctx.because(`דמי תאונה משולמים עד גיל הפרישה – ${ages}; בגיל ${age} ההכרעה תלויה ${what}.`, source);
    if (status !== 'housewife' && man !== woman) ctx.need('sex');
    if (status === 'housewife' || woman === null) ctx.need('birthDate');
  }
  return answer;
}

const years = (months: number) =>
  months % 12 === 0 ? `${months / 12}` : `${Math.floor(months / 12)} ו-${months % 12} חודשים`;

export const accident = defineCalculator({
  name: 'accident',
  description: 'דמי תאונה ליום אחרי תאונה שאינה תאונת עבודה, והימים המשולמים',
  input: z.object({
    date,
    status: z.enum(['employee', 'self-employed', 'not-working', 'housewife']),
    age: count,
    wagesLast3Months: shekels.optional(),
    incapacityDays: count,
    medicalCheckWithin72h: z.boolean(),
  }),
  run(input, ctx) {
    const worker = input.status === 'employee' || input.status === 'self-employed';
    const age = ageAllows(input.age, input.status, input.date, ctx);

    if (!input.medicalCheckWithin72h)
      ctx.because(
        'דמי תאונה משולמים רק למי שנבדק בבדיקה רפואית בתוך 72 שעות משעת התאונה, והנפגע לא נבדק במועד זה.',
        WHO,
      );

    const period = valueOn(accidentDays, input.date, ctx);
    const rule = worker ? period.value.worker : period.value.nonWorker;
    const days = paidDays(input.incapacityDays, rule);
    ctx.because(
      (worker
        ? `לעובד שכיר או עצמאי לא משולמים דמי תאונה בעד ${rule.unpaidDays} הימים הראשונים אם איבד את כושרו לתפקד לתקופה קצרה מ-${rule.paidInFullFrom} יום`
        : `למי שאינו עובד ולעקרת בית לא משולמים דמי תאונה בעד ${rule.unpaidDays} הימים הראשונים שלאחר יום התאונה`) +
        `; דמי התאונה משולמים לכל היותר ל-${rule.maxDays} ימים רצופים מהיום שלאחר התאונה, ולכן מתוך ${input.incapacityDays} ימי אובדן הכושר משולמים ${days.payable}.`,
      period.source,
    );

    let daily: Decimal | null = null;
    if (!worker) {
      const fixed = valueOn(accidentFixedDaily, input.date, ctx);
      daily = fixed.value;
      ctx.because(
        `למי שאינו עובד ולעקרת בית דמי התאונה הם סכום קבוע של ${shekelText(fixed.value)} ליום.`,
        fixed.source,
      );
    } else if (input.wagesLast3Months) {
      const percent = valueOn(accidentPercent, input.date, ctx);
      const cap = valueOn(accidentMaxDaily, input.date, ctx);
      const rate = dailyRate(input.wagesLast3Months, percent.value, QUARTER_DAYS);
      const held = bounded(rate, cap.value);
      daily = held.daily;
      ctx.because(
        `לעובד שכיר או עצמאי דמי התאונה ליום הם ${percent.value.toString()}% מהשכר החייב בדמי ביטוח ברבע השנה שקדם ליום התאונה (${shekelText(input.wagesLast3Months)}) לחלק ב-90, כלומר ${shekelText(rate)}` +
          (held.bound === 'cap' ? `, ולא יותר מהמקסימום, ${shekelText(cap.value)} ליום.` : '.'),
        percent.source,
      );
    } else {
      ctx.need('wagesLast3Months');
    }
    ctx.because(
      `החישוב מניח שהנפגע תושב ישראל הנמצא בישראל, שלא עסק בפועל בשום עבודה, שאיבד את כושרו לתפקד (${worker ? 'אינו מסוגל להמשיך בעבודתו ואף לא בעבודה אחרת' : input.status === 'housewife' ? 'אינה מסוגלת לעבוד במשק ביתה' : 'מאושפז או מרותק לביתו'}), ושאינו זכאי בתקופה זו לתשלום לפי חוק אחר (כגון דמי מחלה או חוק הפיצויים לנפגעי תאונות).`,
      `${WHO}; ${WHAT}`,
    );

    const eligible = allOf([age, input.medicalCheckWithin72h, days.payable > 0]);
    const details: Record<string, unknown> = { payableDays: days.payable };
    if (daily) details.total = formatAmount(daily.times(days.payable));
    if (eligible === false) return { eligible, amount: null, unit: null, details };
    return { eligible, amount: daily, unit: daily ? 'day' : null, details };
  },
});
