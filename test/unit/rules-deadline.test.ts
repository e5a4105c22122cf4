import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restDayName } from '../../shared/rules/calendar';
import { deadline, deadlinePeriods, type DeadlineKind } from '../../shared/rules/calculators/deadline';
import { isError, runByName } from '../../shared/rules/run';
import type { RuleResult } from '../../shared/rules/types';
import { deadlineCases } from '../golden/deadline.cases';

function run(input: unknown): RuleResult {
  const answer = runByName('deadline', input);
  if (isError(answer)) throw new Error(answer.error.message);
  return answer;
}

describe('deadline golden cases', () => {
  it.each(deadlineCases)('$name', ({ input, expected }) => {
    const result = run(input);
    expect(result.details).toMatchObject(expected);
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.reasons.every((r) => r.source.length > 0)).toBe(true);
  });

  it('names the rest days it passed over, in Hebrew', () => {
    const result = run({ kind: 'medical-committee-appeal', from: '2026-07-14' });
    expect(result.details.movedOver).toEqual([
      { date: '2026-09-12', name: 'ראש השנה 5787' },
      { date: '2026-09-13', name: 'ראש השנה ב׳' },
    ]);
  });

  it('refuses an impossible date and an unknown kind, naming the field', () => {
    expect(runByName('deadline', { kind: 'labor-court-claim', from: '2026-02-29' })).toEqual({
      error: { field: 'from', message: 'תאריך לא קיים או לא בתבנית YYYY-MM-DD' },
    });
    expect(runByName('deadline', { kind: 'nope', from: '2026-01-01' })).toMatchObject({ error: { field: 'kind' } });
  });

  it('says a value of the wrong type is wrong, and a missing one is missing', () => {
    const wrong = runByName('deadline', { kind: 'labor-court-claim', from: 20260101 });
    expect(wrong).toMatchObject({ error: { field: 'from' } });
    expect(isError(wrong) && wrong.error.message).toBe('מתאריך: קלט לא תקין: צריך להיות מחרוזת, התקבל מספר');
    expect(runByName('deadline', { kind: 'labor-court-claim' })).toEqual({
      error: { field: 'from', message: 'יש למלא את השדה מתאריך' },
    });
    expect(runByName('deadline', { from: '2026-01-01' })).toEqual({
      error: { field: 'kind', message: 'יש למלא את השדה סוג' },
    });
  });

  it('refuses years outside 1900–2100 instead of failing on them, naming the field', () => {
    // Year 9999 plus twelve months once crashed the calculator ("Invalid Date", exit 1 in the CLI).
    for (const from of ['9999-06-01', '2101-01-01', '1899-12-31']) {
      expect(runByName('deadline', { kind: 'labor-court-claim', from }), from).toEqual({
        error: { field: 'from', message: 'מתאריך: התאריך צריך להיות בין השנים 1900 ל-2100' },
      });
    }
    expect(run({ kind: 'discharged-soldier-grant', from: '2100-12-31' }).details).toMatchObject({
      rawDueDate: '2104-06-30',
    });
    expect(run({ kind: 'labor-court-claim', from: '1900-01-01' }).eligible).toBe(true);
  });
});

// What the lawyer reads for each kind: the period, what it counts from, and the page or law it rests on.
const explained: [DeadlineKind, string, string][] = [
  [
    'labor-court-claim',
    'תביעה לבית הדין האזורי לעבודה נגד החלטת הביטוח הלאומי, מיום שנמסרה ההחלטה: 12 חודשים',
    '"ערעור על החלטות הביטוח הלאומי", https://www.btl.gov.il; תקנות הביטוח הלאומי (מועדים להגשת תובענות), תש"ל-1969',
  ],
  [
    'claims-committee',
    'פנייה לוועדת התביעות, מיום קבלת החלטת פקיד התביעות (הפנייה אינה מאריכה את המועד לבית הדין): 6 חודשים',
    '"ועדת תביעות - בדיקה מחודשת של תביעות שנדחו"',
  ],
  [
    'mobility-appeal',
    'ערר על החלטת הוועדה הרפואית המחוזית בניידות, מהיום שנמסרה ההחלטה: 60 ימים',
    '"גמלת ניידות › תביעה לגמלת ניידות"',
  ],
  [
    'medical-committee-appeal',
    'ערר על החלטת ועדה רפואית מדרג ראשון, מיום קבלת ההחלטה: 60 ימים',
    '"ועדות רפואיות – ערר על החלטת ועדה רפואית מדרג ראשון" (ללא תאריך), ערר תוך 60 יום מיום קבלת ההחלטה',
  ],
  [
    'medical-appeals-court',
    'ערעור לבית הדין האזורי לעבודה, בשאלה משפטית בלבד, על החלטת ועדה רפואית לעררים, מיום קבלת ההחלטה: 60 ימים',
    'סעיף 213 (ערעור לבית הדין לעבודה על החלטת ועדה רפואית לעררים, בשאלה משפטית בלבד); חוק הביטוח הלאומי [נוסח משולב], התשנ"ה-1995, סעיף 123',
  ],
  [
    'general-disability-claim',
    'תביעה לקצבת נכות כללית, מיום שנוצרה עילת התביעה: 12 חודשים',
    '"ביטוח נכות › הגשת תביעה לקצבת נכות"',
  ],
  [
    'work-injury-claim',
    'תביעה לדמי פגיעה (בל/211), מיום הפגיעה: 12 חודשים',
    '"ביטוח נפגעי עבודה › תביעה לתשלום דמי פגיעה"',
  ],
  ['survivors-claim', 'תביעה לקצבת שאירים, מיום הפטירה: 12 חודשים', '"ביטוח שאירים"'],
  ['dependants-claim', 'תביעה לקצבת תלויים (בל/213), מיום הפטירה: 12 חודשים', '"ביטוח נפגעי עבודה › קצבת תלויים"'],
  ['hostile-action-claim', 'תביעה להכרה בפגיעת איבה (בל/580), מיום הפגיעה: 12 חודשים', '"תגמולים לנפגעי פעולות איבה"'],
  ['volunteer-claim', 'תביעה לגמלה למתנדב, מיום הפגיעה: 12 חודשים', '"זכויות מתנדבים › תביעה לגמלה"'],
  [
    'maternity-claim',
    'תביעה לדמי לידה, מיום תחילת הזכאות: 12 חודשים',
    '"ביטוח אמהות › דמי לידה › איך מקבלים דמי לידה?"',
  ],
  ['pregnancy-claim', 'תביעה לגמלה לשמירת הריון, מתחילת תקופת השמירה: 12 חודשים', '"ביטוח אמהות › גמלה לשמירת הריון"'],
  ['accident-claim', 'תביעה לדמי תאונה (בל/2201), מיום התאונה: 90 ימים', '"ביטוח נפגעי תאונות › הגשת התביעה"'],
  [
    'work-rehabilitation-claim',
    'תביעה לשיקום מקצועי (בל/270), מיום שנקבעה דרגת הנכות הצמיתה: 12 חודשים',
    '"ביטוח נפגעי עבודה › שיקום מקצועי לנפגעי עבודה"',
  ],
  [
    'discharged-soldier-grant',
    'תביעה למענק עבודה מועדפת, מיום השחרור משירות החובה: 42 חודשים',
    '"מענק לחייל משוחרר העובד בעבודה מועדפת › תביעה למענק"',
  ],
];

describe('deadline explanations', () => {
  it('covers every kind of deadline', () => {
    expect(explained.map(([k]) => k).sort()).toEqual(Object.keys(deadlinePeriods).sort());
  });

  it.each(explained)('%s: says the period, what it counts from, and its source', (kind, text, source) => {
    const result = run({ kind, from: '2025-06-15' });
    const { rawDueDate } = result.details as { rawDueDate: string };
    expect(result.reasons[0]!.text).toBe(`${text}, כלומר עד ${rawDueDate}.`);
    expect(result.reasons[0]!.source).toContain(source);
    expect(result).toMatchObject({ calculator: 'deadline', eligible: true, amount: null, unit: null });
  });

  it('explains a move past rest days with the law, and says nothing of one when the day is a working day', () => {
    const moved = run({ kind: 'medical-committee-appeal', from: '2026-07-14' });
    expect(moved.reasons[1]).toEqual({
      text: 'המועד חל ביום מנוחה (2026-09-12 (ראש השנה 5787), 2026-09-13 (ראש השנה ב׳)) ולכן עובר ליום 2026-09-14.',
      source: 'חוק הפרשנות, התשמ"א-1981, סעיף 10',
    });
    expect(run({ kind: 'labor-court-claim', from: '2025-03-10' }).reasons).toHaveLength(1);
  });

  it('describes itself for the calculator list', () => {
    expect(deadline.description).toBe('מועד אחרון להגשה או לערעור, בדילוג על שבת, חג ויום העצמאות');
  });
});

const isoDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const kind = fc.constantFrom(...(Object.keys(deadlinePeriods) as DeadlineKind[]));

describe('deadline properties', () => {
  it('dates only move forward, onto a day that is not a rest day, and by a few days at most', () => {
    fc.assert(
      fc.property(kind, isoDay, (k, from) => {
        const { rawDueDate, dueDate } = run({ kind: k, from }).details as { rawDueDate: string; dueDate: string };
        const days = (Date.parse(dueDate) - Date.parse(rawDueDate)) / 86_400_000;
        return rawDueDate > from && dueDate >= rawDueDate && restDayName(dueDate) === null && days <= 4;
      }),
      { numRuns: 300 },
    );
  });
});
