// Long-term care benefit (גמלת סיעוד), per the NII rights guide 2014 "ביטוח סיעוד": the rate
// (91%, 150%, 168%) by the degree of dependence, its weekly hours (plus 3 or 4 hours for someone
// employing an Israeli caregiver), and — from 1.3.2014, for someone employing a personal caregiver —
// the benefit in cash instead of services.
// Loose in the source, read literally (and said so in a reason):
// - the cash table is headed "for someone employing a foreign worker": with an Israeli caregiver the
//   source gives no cash amount, so none is computed; when the caregiver is not said to be Israeli the
//   table is used;
// - the table lists half rates (45.5%, 75%, 84%) without saying when they apply; the source says the
//   rate depends on an income test it does not detail — the half amounts go to details only.
import { z } from 'zod';
import { defineCalculator, formatAmount } from '../calculator';
import { date } from '../inputs';
import { cashAmounts, levels, type NursingLevel } from '../parameters/nursing';
import { indexedValueOn } from '../parameters/lookup';
import { valueOn } from '../parameters/parameter';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';

const SECTION = (sub: string) => cite('rights2014', `"ביטוח סיעוד › ${sub}"`);
const CONDITIONS = SECTION('גמלת סיעוד › תנאי הזכאות לגמלת סיעוד');
const CASH = SECTION('גמלת סיעוד בכסף');

/** The degrees of dependence the source names, each with its rate and its words. */
const dependencies = {
  none: { level: null, text: 'אינו/ה תלוי/ה בעזרת הזולת ואינו/ה זקוק/ה להשגחה' },
  large: { level: '91', text: 'תלוי/ה במידה רבה בעזרת הזולת ברוב פעולות היום-יום' },
  supervision: { level: '91', text: 'זקוק/ה להשגחה' },
  'very-large': { level: '150', text: 'תלוי/ה במידה רבה מאוד בעזרת הזולת ברוב פעולות היום-יום, ברוב שעות היממה' },
  full: { level: '168', text: 'תלוי/ה לחלוטין בעזרת הזולת בכל פעולות היום-יום, בכל שעות היממה' },
  'constant-supervision': { level: '168', text: 'זקוק/ה להשגחה מתמדת' },
} as const satisfies Record<string, { level: NursingLevel | null; text: string }>;

export const nursing = defineCalculator({
  name: 'nursing',
  description: 'גמלת סיעוד: שיעור הגמלה לפי מידת התלות, שעות טיפול שבועיות וגמלה בכסף',
  input: z.object({
    date,
    dependency: z.enum(Object.keys(dependencies) as [keyof typeof dependencies, ...(keyof typeof dependencies)[]]),
    employsIsraeliCaregiver: z.boolean().optional(),
    cash: z.boolean().optional(),
  }),
  run(input, ctx) {
    const rules = valueOn(levels, input.date, ctx);
    const dependency = dependencies[input.dependency];
    if (dependency.level === null) {
      ctx.because(
        `גמלת סיעוד ניתנת למי שתלוי במידה רבה בעזרת הזולת בפעולות היום-יום או זקוק להשגחה; המבוטח/ת ${dependency.text}, ולכן אינו/ה זכאי/ת.`,
        CONDITIONS,
      );
      return { eligible: false, amount: null, unit: null, details: { level: null } };
    }
    const level = dependency.level;
    const rule = rules.value[level];
    const extra =
      input.employsIsraeliCaregiver && rule.israeliCaregiverExtraHours > 0 ? rule.israeliCaregiverExtraHours : 0;
    const weeklyHours = rule.weeklyHours + extra;
    ctx.because(
      `המבוטח/ת ${dependency.text}, ולכן הגמלה בשיעור ${level}%: ${rule.weeklyHours} שעות טיפול שבועיות.`,
      rules.source,
    );
    if (extra > 0) {
      ctx.because(
        `מי שמעסיק מטפל ישראלי מקבל בשיעור זה תוספת של ${extra} שעות טיפול (סך הכול ${weeklyHours} שעות), בתנאי שאין ברשותו היתר להעסקת עובד זר או שההיתר הוקפא.`,
        rules.source,
      );
    }
    ctx.because(
      'הזכאות מותנית גם בכך שהמבוטח/ת תושב/ת ישראל שהגיע/ה לגיל פרישה, גר/ה בקהילה ולא במוסד, עומד/ת במבחן הכנסות (שגם שיעור הגמלה תלוי בו), ואינו/ה מקבל/ת קצבה לשירותים מיוחדים; מידת התלות נקבעת בבדיקת איש מקצוע בבית. אלה לא נבדקו.',
      CONDITIONS,
    );
    const details: Record<string, unknown> = { level: Number(level), weeklyHours, cash: false };
    if (!input.cash) {
      ctx.because(
        'גמלת סיעוד ניתנת בדרך כלל כשירותים (מטפלת בית, מרכז יום, מוצרי ספיגה ועוד), ולכן אין לה סכום כספי.',
        SECTION('גמלת סיעוד › אילו שירותים יינתנו לזכאים לגמלת סיעוד?'),
      );
      return { eligible: true, amount: null, unit: null, details };
    }

    const cashFrom = cashAmounts.values[0]!;
    if (input.date < cashFrom.from) {
      ctx.because(`גמלת סיעוד בכסף אפשרית רק מ-${cashFrom.from}; בתאריך ${input.date} הגמלה ניתנת כשירותים.`, CASH);
      return { eligible: true, amount: null, unit: null, details };
    }
    ctx.because(
      'גמלה בכסף במקום שירותים ניתנת למי שמעסיק מטפל צמוד שאינו בן משפחה 6 ימים בשבוע ברוב שעות היממה, בשכר לפי חוזה כתוב, ובחר בכך (טופס 2655).',
      CASH,
    );
    if (input.employsIsraeliCaregiver) {
      ctx.because(
        'טבלת הגמלה בכסף במדריך היא "למי שמעסיק עובד זר"; למי שמעסיק מטפל ישראלי המדריך אינו נותן סכום, ולכן הסכום אינו מחושב.',
        CASH,
      );
      return { eligible: true, amount: null, unit: null, details };
    }
    const cash = indexedValueOn(cashAmounts, input.date, ctx);
    const rates = cash.value[level];
    details.cash = true;
    details.halfRateCash = { percent: Number(rates.halfPercent), amount: formatAmount(rates.half) };
    ctx.because(
      `הגמלה בכסף בשיעור ${level}% למי שמעסיק עובד זר היא ${shekelText(rates.full)} לחודש${input.employsIsraeliCaregiver === undefined ? ' (לא נמסר שהמטפל ישראלי, ולכן חושב לפי הטבלה לעובד זר)' : ''}. הטבלה מונה גם שיעור ${rates.halfPercent}% (${shekelText(rates.half)}) בלי לפרט מתי הוא חל; לפי המדריך שיעור הגמלה מותנה במבחן הכנסות.`,
      cash.source,
    );
    return { eligible: true, amount: rates.full, unit: 'month', details };
  },
});
