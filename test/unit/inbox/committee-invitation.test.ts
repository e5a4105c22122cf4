import { describe, expect, it } from 'vitest';
import { readLetter } from '../../../shared/inbox/read-letter';

describe('committee invitations', () => {
  it('date, time and place', () => {
    const text = `המוסד לביטוח לאומי
12.06.2024
לכבוד משה כהן, מספר זהות: 000000018
הנדון: זימון לוועדה רפואית - נפגעי עבודה
הנך מוזמן/ת לוועדה רפואית שתתקיים ביום שלישי 02.07.2024 בשעה 9:30.
מקום הוועדה: סניף תל אביב, רחוב יצחק שדה 17, קומה 3
יש להביא את כל המסמכים הרפואיים.`;
    const reading = readLetter(text);
    expect(reading.kind).toBe('committeeInvitation');
    expect(reading.idNumbers).toEqual(['000000018']);
    expect(Object.fromEntries(Object.entries(reading.fields).map(([n, f]) => [n, f.value]))).toEqual({
      letterDate: '2024-06-12',
      benefit: 'work_injury',
      committeeDate: '2024-07-02',
      committeeTime: '09:30',
      committeePlace: 'סניף תל אביב, רחוב יצחק שדה 17, קומה 3',
    });
    expect(reading.fields.letterDate!.confidence).toBe('likely');
  });

  it('an invitation to an appeals committee names no appeal route', () => {
    const text = `הנדון: הזמנה לוועדה רפואית לעררים\nהוועדה תתקיים ב- 2 ביולי 2024 בשעה 14:00`;
    const reading = readLetter(text);
    expect(reading.kind).toBe('committeeInvitation');
    expect(reading.fields.appealRoute).toBeUndefined();
    expect(reading.fields.committeeDate?.value).toBe('2024-07-02');
  });

  it('"בתאריך" in running text is the committee\'s date, not the letter\'s', () => {
    const reading = readLetter('12/10/2022\nהנדון: זימון לוועדה רפואית\nהוועדה תתקיים בתאריך 09.03.2023, בשעה 13:30.');
    expect(reading.fields.letterDate).toMatchObject({ value: '2022-10-12', confidence: 'likely' });
    expect(reading.fields.committeeDate?.value).toBe('2023-03-09');
  });

  it('a committee at a service centre (מרכז שירות) names it as the place, as a branch would be', () => {
    const reading = readLetter(
      'הנדון: זימון לוועדה רפואית\nמועד הוועדה: 14.01.2025 בשעה 10:15\nהוועדה תתקיים במרכז השירות ירכא, רחוב הראשי 1.',
    );
    expect(reading.kind).toBe('committeeInvitation');
    expect(reading.fields.committeePlace).toMatchObject({
      value: 'מרכז השירות ירכא, רחוב הראשי 1',
      confidence: 'likely',
    });
    expect(reading.fields.committeeDate?.value).toBe('2025-01-14');
  });
});
