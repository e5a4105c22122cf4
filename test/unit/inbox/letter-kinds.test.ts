import { describe, expect, it } from 'vitest';
import { findIdNumbers } from '../../../shared/inbox/ids';
import { readLetter } from '../../../shared/inbox/read-letter';

describe('a letter of no known kind', () => {
  it('is "other", with its date and ID numbers still read', () => {
    const reading = readLetter('תאריך: 01.01.2024\nת.ז. 123456782\nשלום רב, מצורף עלון מידע.');
    expect(reading).toEqual({
      kind: 'other',
      idNumbers: ['123456782'],
      fields: { letterDate: { value: '2024-01-01', confidence: 'certain', span: { start: 7, end: 17 } } },
    });
  });
});

describe('ID numbers', () => {
  it('labelled ones first, bare ones after, none that fail the check digit or are labelled as something else', () => {
    const text = 'מספר תביעה: 000000026 טל׳ 000000034 ת"ז: 000000018 ועוד 123456782 ו-123456789';
    expect(findIdNumbers(text)).toEqual(['000000018', '123456782']);
  });

  it('a short labelled ID is padded; a bare short number is not an ID', () => {
    expect(findIdNumbers('ת.ז. 18')).toEqual(['000000018']);
    expect(findIdNumbers('סעיף 18 ו-26')).toEqual([]);
  });

  it('an ID with a dash before the check digit', () => {
    expect(findIdNumbers('מספר זהות 12345678-2')).toEqual(['123456782']);
  });
});
