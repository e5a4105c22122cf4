import { describe, expect, it } from 'vitest';
import { readLetter } from '../../../shared/inbox/read-letter';

describe('payment notices', () => {
  it('the amount and the months it pays for', () => {
    const text = `הודעה על תשלום
הנדון: קצבת שירותים מיוחדים
סכום התשלום: 12,400.00 ש"ח
עבור החודשים 01/2024 עד 03/2024
הסכום הועבר לחשבונך בבנק.`;
    const reading = readLetter(text);
    expect(reading.kind).toBe('paymentNotice');
    expect(reading.fields.amount?.value).toBe('12400.00');
    expect(reading.fields.period?.value).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(reading.fields.benefit?.value).toBe('special_services');
  });

  it('a period of dates', () => {
    const text = `פירוט תשלום\nסך של 980 ₪ עבור התקופה 01.02.2024 - 29.02.2024`;
    expect(readLetter(text).fields.period?.value).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});
