// Deadlines: a period counted from an event; N months end on the same day
// number N months later (the month's last day where it has none); a due date on a rest day moves
// to the next day that is not one.
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { z } from 'zod';
import { nextWorkingDay } from '../calendar';
import { defineCalculator } from '../calculator';
import { date } from '../inputs';
import { cite, LAW, page } from '../sources';

interface Period {
  months?: number;
  days?: number;
  /** Hebrew: what the period is for and what it counts from. */
  what: string;
  source: string;
}

const RIGHTS = (section: string) => cite('rights2014', section);
const TWELVE_MONTHS_FROM = (what: string, section: string): Period => ({ months: 12, what, source: RIGHTS(section) });

export const deadlinePeriods = {
  'labor-court-claim': {
    months: 12,
    what: 'תביעה לבית הדין האזורי לעבודה נגד החלטת הביטוח הלאומי, מיום שנמסרה ההחלטה',
    source: `${RIGHTS('"ערעור על החלטות הביטוח הלאומי"')}; תקנות הביטוח הלאומי (מועדים להגשת תובענות), תש"ל-1969`,
  },
  'claims-committee': {
    months: 6,
    what: 'פנייה לוועדת התביעות, מיום קבלת החלטת פקיד התביעות (הפנייה אינה מאריכה את המועד לבית הדין)',
    source: RIGHTS('"ועדת תביעות - בדיקה מחודשת של תביעות שנדחו"'),
  },
  'mobility-appeal': {
    days: 60,
    what: 'ערר על החלטת הוועדה הרפואית המחוזית בניידות, מהיום שנמסרה ההחלטה',
    source: RIGHTS('"גמלת ניידות › תביעה לגמלת ניידות"'),
  },
  'medical-committee-appeal': {
    days: 60,
    what: 'ערר על החלטת ועדה רפואית מדרג ראשון, מיום קבלת ההחלטה',
    source: page('medicalCommittees', 'ערר תוך 60 יום מיום קבלת ההחלטה'),
  },
  'medical-appeals-court': {
    days: 60,
    what: 'ערעור לבית הדין האזורי לעבודה, בשאלה משפטית בלבד, על החלטת ועדה רפואית לעררים, מיום קבלת ההחלטה',
    source: `${LAW.medicalAppealsCourt}; ${LAW.medicalAppealsCourtWorkInjury}`,
  },
  'general-disability-claim': TWELVE_MONTHS_FROM(
    'תביעה לקצבת נכות כללית, מיום שנוצרה עילת התביעה',
    '"ביטוח נכות › הגשת תביעה לקצבת נכות"',
  ),
  'work-injury-claim': TWELVE_MONTHS_FROM(
    'תביעה לדמי פגיעה (בל/211), מיום הפגיעה',
    '"ביטוח נפגעי עבודה › תביעה לתשלום דמי פגיעה"',
  ),
  'survivors-claim': TWELVE_MONTHS_FROM('תביעה לקצבת שאירים, מיום הפטירה', '"ביטוח שאירים"'),
  'dependants-claim': TWELVE_MONTHS_FROM(
    'תביעה לקצבת תלויים (בל/213), מיום הפטירה',
    '"ביטוח נפגעי עבודה › קצבת תלויים"',
  ),
  'hostile-action-claim': TWELVE_MONTHS_FROM(
    'תביעה להכרה בפגיעת איבה (בל/580), מיום הפגיעה',
    '"תגמולים לנפגעי פעולות איבה"',
  ),
  'volunteer-claim': TWELVE_MONTHS_FROM('תביעה לגמלה למתנדב, מיום הפגיעה', '"זכויות מתנדבים › תביעה לגמלה"'),
  'maternity-claim': TWELVE_MONTHS_FROM(
    'תביעה לדמי לידה, מיום תחילת הזכאות',
    '"ביטוח אמהות › דמי לידה › איך מקבלים דמי לידה?"',
  ),
  'pregnancy-claim': TWELVE_MONTHS_FROM(
    'תביעה לגמלה לשמירת הריון, מתחילת תקופת השמירה',
    '"ביטוח אמהות › גמלה לשמירת הריון"',
  ),
  'accident-claim': {
    days: 90,
    what: 'תביעה לדמי תאונה (בל/2201), מיום התאונה',
    source: RIGHTS('"ביטוח נפגעי תאונות › הגשת התביעה"'),
  },
  'work-rehabilitation-claim': TWELVE_MONTHS_FROM(
    'תביעה לשיקום מקצועי (בל/270), מיום שנקבעה דרגת הנכות הצמיתה',
    '"ביטוח נפגעי עבודה › שיקום מקצועי לנפגעי עבודה"',
  ),
  'discharged-soldier-grant': {
    months: 42,
    what: 'תביעה למענק עבודה מועדפת, מיום השחרור משירות החובה',
    source: RIGHTS('"מענק לחייל משוחרר העובד בעבודה מועדפת › תביעה למענק"'),
  },
} satisfies Record<string, Period>;

export type DeadlineKind = keyof typeof deadlinePeriods;
const kinds = Object.keys(deadlinePeriods) as [DeadlineKind, ...DeadlineKind[]];

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The due date for a kind of deadline counted from `from`, before and after rest days. */
export function dueDate(kind: DeadlineKind, from: string) {
  const period: Period = deadlinePeriods[kind];
  const start = parseISO(from);
  const raw = iso(period.months ? addMonths(start, period.months) : addDays(start, period.days!));
  return { period, rawDueDate: raw, ...nextWorkingDay(raw) };
}

export const deadline = defineCalculator({
  name: 'deadline',
  description: 'מועד אחרון להגשה או לערעור, בדילוג על שבת, חג ויום העצמאות',
  input: z.object({ kind: z.enum(kinds), from: date }),
  run(input, ctx) {
    const { period, rawDueDate, date: due, movedOver } = dueDate(input.kind, input.from);
    const length = period.months ? `${period.months} חודשים` : `${period.days} ימים`;
    ctx.because(`${period.what}: ${length}, כלומר עד ${rawDueDate}.`, period.source);
    if (movedOver.length > 0) {
      const names = movedOver.map((d) => `${d.date} (${d.name})`).join(', ');
      ctx.because(`המועד חל ביום מנוחה (${names}) ולכן עובר ליום ${due}.`, LAW.interpretation);
    }
    // The period and its start decide the due date: nothing is missing, so the answer is not null
    // (null means a fact is missing, types.ts); true reads "the period runs, until dueDate".
    return { eligible: true, amount: null, unit: null, details: { rawDueDate, dueDate: due, movedOver } };
  },
});
