// Reserve-duty compensation (תגמול מילואים). The NII rights guide 2014, "תגמולים למשרתים
// במילואים": an employee or self-employed reservist gets the income (subject to contributions) of the
// three months before the month service began, with the cost-of-living addition, divided by 90,
// between a minimum and a maximum. The accountants' wartime circular (October 2023): anyone called up gets at least
// the minimum even when not working; an unemployed reservist entitled to unemployment benefit gets at
// least that day's unemployment benefit.
// Loose in the sources, read literally: the circular states the unemployed reservist's floor under the war
// heading; it is applied on every date, and the result says so. The income given is taken as already
// including any cost-of-living addition. The 40% addition for single days is named in the result,
// not applied: the input does not say it applies. From 2024 the NII's table gives one minimum for
// every type of reservist.
import type Decimal from 'decimal.js';
import { z } from 'zod';
import { defineCalculator, formatAmount } from '../calculator';
import { count, date, shekels } from '../inputs';
import { own } from '../../api/validation';
import { valueOn } from '../parameters/parameter';
import { reserveMaximum, reserveMinimum, type DailyAndMonthly } from '../parameters/reserve-duty';
import { cite } from '../sources';
import { bounded, QUARTER_DAYS, joinSources } from '../wage-replacement';
import { shekelText } from '../shekel-text';

const WHO = cite('rights2014', '"תגמולים למשרתים במילואים"');
const NOT_WORKING = cite('swordsOfIron', '"התשלום של הביטוח הלאומי יתבצע כדלקמן" (אזרחים שלא עובדים וסטודנטים)');
const UNEMPLOYED = cite('swordsOfIron', '"מובטלים שמשרתים במילואים בימי המלחמה"');
const SINGLE_DAYS = cite('swordsOfIron', '"לא משולמת בשלב זה תוספת של 40% תגמול לימים בודדים"');

const perDay = (v: DailyAndMonthly) =>
  `${shekelText(v.daily)} ליום${v.monthly ? `, ${shekelText(v.monthly)} לחודש` : ''}`;

export const reserveDuty = defineCalculator({
  name: 'reserve-duty',
  description: 'תגמול מילואים ליום ולכל ימי השירות, בין התגמול המזערי לתקרה',
  input: z.object({
    date,
    status: z.enum(['employee', 'self-employed', 'not-working', 'unemployed']),
    incomeLast3Months: shekels.optional(),
    days: count.min(1, own('מספר ימי השירות: מספר שלם, 1 לפחות')),
    unemploymentDailyRate: shekels.optional(),
  }),
  run(input, ctx) {
    const min = valueOn(reserveMinimum, input.date, ctx);
    const max = valueOn(reserveMaximum, input.date, ctx);
    ctx.because(
      'לתגמול מילואים זכאי כל מי שנקרא לשירות מילואים על-פי חוק שירות ביטחון, או לאימון על-פי חוק שירות עבודה לשעת חירום.',
      WHO,
    );
    const limits = `התגמול לא יפחת מהתגמול המזערי (${perDay(min.value)}) ולא יעלה על התקרה (${perDay(max.value)}).`;
    const limitsSource = joinSources(min.source, max.source);

    let daily: Decimal | null = null;
    let bound: string | null = null;
    if (input.status === 'employee' || input.status === 'self-employed') {
      if (input.incomeLast3Months) {
        const rate = input.incomeLast3Months.dividedBy(QUARTER_DAYS);
        const held = bounded(rate, max.value.daily, min.value.daily);
        daily = held.daily;
        bound = held.bound;
        ctx.because(
          `לעובד שכיר ולעובד עצמאי התגמול הוא הכנסתו החייבת בדמי ביטוח בשלושת החודשים שקדמו לחודש תחילת השירות (${shekelText(input.incomeLast3Months)}, בצירוף תוספת היוקר – החישוב מניח שהיא כלולה בסכום שנמסר) לחלק ב-90, כלומר ${shekelText(rate)} ליום. ${limits}`,
          joinSources(cite('rights2014', '"תגמולים למשרתים במילואים › תגמול מילואים"'), min.source, max.source),
        );
        if (input.status === 'self-employed')
          ctx.because('עצמאי שאינו עונה להגדרת עובד עצמאי מקבל תגמול מזערי, כמי שאינו עובד.', NOT_WORKING);
      } else {
        ctx.because(
          `התגמול לעובד שכיר ולעובד עצמאי מחושב מהכנסתו בשלושת החודשים שקדמו לחודש תחילת השירות, שלא נמסרה. ${limits}`,
          limitsSource,
        );
        ctx.need('incomeLast3Months');
      }
    } else if (input.status === 'not-working') {
      daily = min.value.daily;
      bound = 'floor';
      ctx.because(
        `משרת במילואים שאינו עובד מקבל את התגמול המזערי, ${shekelText(daily)} ליום (אלא אם יש לו הכנסות לפי סעיף 279 לחוק הביטוח הלאומי).`,
        joinSources(NOT_WORKING, min.source),
      );
    } else if (input.unemploymentDailyRate) {
      const held = bounded(input.unemploymentDailyRate, max.value.daily, min.value.daily);
      daily = held.daily;
      bound = held.bound;
      ctx.because(
        `למובטל הזכאי לדמי אבטלה לא יפחת תגמול המילואים ליום מדמי האבטלה ליום שהיה זכאי להם אלמלא שירת (${shekelText(input.unemploymentDailyRate)}), ולא מהתגמול המזערי. המקור מציג כלל זה בהקשר של ימי המלחמה; החישוב מחיל אותו בכל מועד. ${limits}`,
        joinSources(UNEMPLOYED, min.source, max.source),
      );
    } else {
      ctx.because(
        `למובטל הזכאי לדמי אבטלה לא יפחת תגמול המילואים ליום מדמי האבטלה ליום שהיה זכאי להם, שלא נמסרו; בכל מקרה לא פחות מהתגמול המזערי, ${shekelText(min.value.daily)} ליום.`,
        joinSources(UNEMPLOYED, min.source),
      );
      ctx.need('unemploymentDailyRate');
    }

    ctx.because('התוספת של 40% לתגמול בעד ימי שירות בודדים אינה כלולה בחישוב.', SINGLE_DAYS);

    const details: Record<string, unknown> = {
      daily: daily ? formatAmount(daily) : null,
      total: daily ? formatAmount(daily.times(input.days)) : null,
      bound,
    };
    if (!daily) details.atLeastDaily = formatAmount(min.value.daily);
    return { eligible: true, amount: daily, unit: daily ? 'day' : null, details };
  },
});
