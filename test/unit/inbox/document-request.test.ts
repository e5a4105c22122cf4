import { describe, expect, it } from 'vitest';
import { readLetter } from '../../../shared/inbox/read-letter';

describe('requests for documents', () => {
  it('the date to answer by and the benefit', () => {
    const text = `הנדון: בקשה להשלמת מסמכים - תביעה לגמלת ניידות
לצורך המשך הטיפול בתביעתך נבקשך להמציא את המסמכים הבאים:
- סיכום מחלה עדכני
- אישור רופא משפחה
את המסמכים יש להמציא עד ליום 15.08.2024.`;
    const reading = readLetter(text);
    expect(reading.kind).toBe('documentRequest');
    expect(reading.fields.dueDate?.value).toBe('2024-08-15');
    expect(reading.fields.benefit?.value).toBe('mobility');
  });
});
