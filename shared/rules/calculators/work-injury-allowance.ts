// Injury allowance after a work injury (דמי פגיעה), per the NII rights guide 2014 "ביטוח
// נפגעי עבודה": 75% of the wages of the three months before the injury divided by 90, up to a daily
// maximum, for up to 91 days from the day after the injury. A self-employed worker is not paid for
// the first 12 days; an employee is not paid for the two days after the injury day unless unable to
// work 12 days or more (the injury day itself is paid by the employer as wages).
// Loose in the source, read literally: the 91 days count from the day after the injury and include the
// unpaid days; the self-employed worker's "12 first days of entitlement" are the first 12 of them.
import { z } from 'zod';
import { defineCalculator, formatAmount } from '../calculator';
import { count, date, shekels } from '../inputs';
import { valueOn } from '../parameters/parameter';
import { injuryAllowanceDays, injuryAllowanceMaxDaily, injuryAllowancePercent } from '../parameters/work-injury';
import { cite } from '../sources';
import { bounded, dailyRate, paidDays, QUARTER_DAYS, joinSources } from '../wage-replacement';
import { shekelText } from '../shekel-text';

const WHO = cite('rights2014', '"ביטוח נפגעי עבודה › מי מבוטח?", "מי זכאי לגמלאות נפגעי עבודה?"');

export const workInjuryAllowance = defineCalculator({
  name: 'work-injury-allowance',
  description: 'דמי פגיעה ליום אחרי פגיעה בעבודה, הימים המשולמים והסכום הכולל',
  input: z.object({
    date,
    status: z.enum(['employee', 'self-employed']),
    wagesLast3Months: shekels,
    incapacityDays: count,
  }),
  run(input, ctx) {
    const percent = valueOn(injuryAllowancePercent, input.date, ctx);
    const cap = valueOn(injuryAllowanceMaxDaily, input.date, ctx);
    const period = valueOn(injuryAllowanceDays, input.date, ctx);

    const rate = dailyRate(input.wagesLast3Months, percent.value, QUARTER_DAYS);
    const { daily, bound } = bounded(rate, cap.value);
    ctx.because(
      `דמי הפגיעה ליום הם ${percent.value.toString()}% מהשכר החייב בדמי ביטוח בשלושת החודשים שלפני הפגיעה (${shekelText(input.wagesLast3Months)}) לחלק ב-90, כלומר ${shekelText(rate)}` +
        (bound === 'cap' ? `, ולא יותר ממקסימום דמי הפגיעה ליום, ${shekelText(cap.value)}.` : '.'),
      bound === 'cap' ? joinSources(percent.source, cap.source) : percent.source,
    );

    const self = input.status === 'self-employed';
    const rule = self ? period.value.selfEmployed : period.value.employee;
    const days = paidDays(input.incapacityDays, rule);
    ctx.because(
      `דמי פגיעה משולמים לתקופה של עד ${rule.maxDays} יום ממחרת יום הפגיעה; מתוך ${input.incapacityDays} ימי אי-הכושר נספרו ${days.counted} (הקריאה המילולית: הימים שאינם משולמים נכללים בתקופה זו).`,
      period.source,
    );
    if (self) {
      ctx.because(
        `לעובד עצמאי לא משולמים דמי פגיעה בעד ${rule.unpaidDays} ימי הזכאות הראשונים, ולכן ${days.unpaid} ימים אינם משולמים.`,
        period.source,
      );
    } else if (days.unpaid > 0) {
      ctx.because(
        `לעובד שכיר בעד יום הפגיעה משלם המעסיק שכר, ובעד היומיים שלאחריו משולמים דמי פגיעה רק למי שאינו מסוגל לעבוד ${rule.paidInFullFrom} יום ומעלה; אי-הכושר נמשך ${input.incapacityDays} ימים, ולכן ${days.unpaid} ימים אינם משולמים.`,
        period.source,
      );
    } else {
      ctx.because(
        `לעובד שכיר שאינו מסוגל לעבוד ${rule.paidInFullFrom} יום ומעלה משולמים דמי פגיעה גם בעד היומיים שלאחר יום הפגיעה; בעד יום הפגיעה עצמו משלם המעסיק שכר.`,
        period.source,
      );
    }
    ctx.because(
      'החישוב מניח שהפגיעה הוכרה כפגיעה בעבודה (תאונת עבודה או מחלת מקצוע), שבימים אלה הנפגע לא עבד בפועל ונזקק לטיפול רפואי, ולעובד עצמאי – שהיה רשום כעצמאי בעת הפגיעה ואינו חייב דמי ביטוח (חוב עלול לשלול את הגמלה או להפחית אותה).',
      WHO,
    );

    const total = daily.times(days.payable);
    const details = { payableDays: days.payable, total: formatAmount(total), capped: bound === 'cap' };
    if (days.payable === 0) {
      ctx.because('לא נותרו ימים שבעדם משולמים דמי פגיעה.', period.source);
      return { eligible: false, amount: null, unit: null, details };
    }
    return { eligible: true, amount: daily, unit: 'day', details };
  },
});
