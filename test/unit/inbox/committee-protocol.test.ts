import { describe, expect, it } from 'vitest';
import { readLetter } from '../../../shared/inbox/read-letter';

describe('committee protocols', () => {
  it('each impairment with its percent, the weighted total and the temporary date', () => {
    const text = `המוסד לביטוח לאומי
פרוטוקול ועדה רפואית מדרג ראשון
שם: רחל לוי   ת.ז. 123456782
הנדון: נכות כללית
תאריך הוועדה: 21.03.2024
ליקויים שנקבעו:
1. הגבלה בתנועות עמוד שדרה מותני - 20%
2. הפרעת חרדה | 30%
3. ירידה בשמיעה 7.5%
נכות רפואית משוקללת: 49%
הנכות נקבעה לתקופה זמנית עד 31.03.2025.
על החלטה זו ניתן להגיש ערר לוועדה רפואית לעררים.`;
    const reading = readLetter(text);
    expect(reading.kind).toBe('committeeProtocol');
    expect(reading.fields.medicalPercent?.value).toEqual([
      { impairment: 'הגבלה בתנועות עמוד שדרה מותני', percent: '20' },
      { impairment: 'הפרעת חרדה', percent: '30' },
      { impairment: 'ירידה בשמיעה', percent: '7.5' },
    ]);
    expect(reading.fields.weightedPercent?.value).toBe('49');
    expect(reading.fields.committeeDate?.value).toBe('2024-03-21');
    expect(reading.fields.temporaryUntil?.value).toBe('2025-03-31');
    expect(reading.fields.appealRoute?.value).toBe('medicalAppealsCommittee');
  });

  it('no impairment block, no medical percentages', () => {
    expect(readLetter('פרוטוקול ועדה רפואית\nהוועדה לא קבעה נכות').fields.medicalPercent).toBeUndefined();
  });
});
