import { describe, expect, it } from 'vitest';
import { readLetter } from '../../../shared/inbox/read-letter';

const header = `המוסד לביטוח לאומי
סניף חיפה
תאריך: 14.05.2024
לכבוד
ישראל ישראלי
ת.ז. 123456782
הנדון: תביעה לקצבת נכות כללית`;

const values = (text: string) =>
  Object.fromEntries(Object.entries(readLetter(text).fields).map(([name, f]) => [name, f.value]));

describe('decision letters', () => {
  it('an approval: its decision date, degrees, temporary period, amount and appeal route', () => {
    const text = `${header}
בהחלטה מיום 02.05.2024 הוחלט לאשר את תביעתך.
נקבעו לך 65% נכות רפואית משוקללת ודרגת אי כושר להשתכר בשיעור 75%.
הדרגה נקבעה באופן זמני עד ליום 30.04.2025.
הקצבה בסך 3,412.50 ₪ תשולם לתקופה מיום 01.01.2024 עד יום 30.04.2025.
אם אינך מסכים להחלטה בעניין הנכות הרפואית באפשרותך להגיש ערר לוועדה רפואית לעררים.`;
    const reading = readLetter(text);
    expect(reading.kind).toBe('decision');
    expect(reading.idNumbers).toEqual(['123456782']);
    expect(values(text)).toEqual({
      letterDate: '2024-05-14',
      decisionDate: '2024-05-02',
      benefit: 'general_disability',
      outcome: 'approved',
      weightedPercent: '65',
      incapacityPercent: '75',
      temporaryUntil: '2025-04-30',
      amount: '3412.50',
      period: { from: '2024-01-01', to: '2025-04-30' },
      appealRoute: 'medicalAppealsCommittee',
    });
    expect(Object.values(reading.fields).every((f) => f.confidence === 'certain')).toBe(true);
    const span = reading.fields.amount!.span;
    expect(text.slice(span.start, span.end)).toBe('3,412.50');
  });

  it('a rejection names the labour court as the route', () => {
    const text = `${header}
ביום 02.05.2024 הוחלט לדחות את תביעתך מהסיבות הבאות: לא נמצאה הגבלה בכושר ההשתכרות.
אם אינך מסכים להחלטה, באפשרותך להגיש תביעה לבית הדין האזורי לעבודה.`;
    expect(values(text)).toMatchObject({ outcome: 'rejected', decisionDate: '2024-05-02', appealRoute: 'labourCourt' });
  });

  it('a partial approval is partial, not approved', () => {
    const text = `${header}\nהננו להודיעך כי תביעתך אושרה חלקית.\nניתן להגיש ערר לוועדת עררים לאי כושר.`;
    expect(values(text)).toMatchObject({ outcome: 'partial', appealRoute: 'incapacityAppealsCommittee' });
  });

  it('two different decision dates make the field doubtful', () => {
    const text = `${header}\nבהחלטה מיום 02.05.2024 הוחלט לאשר את תביעתך.\nבהחלטה מיום 03.05.2024 עודכן.`;
    expect(readLetter(text).fields.decisionDate).toMatchObject({ value: '2024-05-02', confidence: 'doubtful' });
  });

  it('a percent on the line above is not the weighted one', () => {
    const text = `${header}\nהוחלט לאשר את תביעתך.\nדרגת אי-כושר: 74%\nנכות רפואית משוקללת: 73%`;
    expect(values(text)).toMatchObject({ incapacityPercent: '74', weightedPercent: '73' });
    expect(readLetter(text).fields.weightedPercent?.confidence).toBe('certain');
  });

  it('an impossible date is not read', () => {
    expect(readLetter(`${header}\nבהחלטה מיום 31.02.2024 הוחלט לאשר את תביעתך.`).fields.decisionDate).toBeUndefined();
  });
});
