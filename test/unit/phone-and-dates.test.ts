import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { formatPhone, normalizeIsraeliMobile, normalizeIsraeliPhone } from '../../shared/identity/phone';
import { ageOn, displayToIso, isIsoDate, isoToDisplay, todayInIsrael } from '../../shared/dates';

describe('Israeli phones', () => {
  it('normalizes mobile numbers in the formats people type to E.164', () => {
    expect(normalizeIsraeliMobile('052-3456789')).toBe('+972523456789');
    expect(normalizeIsraeliMobile('0523456789')).toBe('+972523456789');
    expect(normalizeIsraeliMobile('+972 52 345 6789')).toBe('+972523456789');
  });

  it('refuses a landline as a mobile, but accepts it as an office phone', () => {
    expect(normalizeIsraeliMobile('03-6091234')).toBeNull();
    expect(normalizeIsraeliPhone('03-6091234')).toBe('+97236091234');
  });

  it('refuses numbers that are too short or foreign', () => {
    expect(normalizeIsraeliMobile('052-34567')).toBeNull();
    expect(normalizeIsraeliPhone('+1 212 555 0100')).toBeNull();
  });

  it('accepts any number of the right Israeli shape, also on ranges the library does not know as allocated', () => {
    // The app's own example, and 054/055/058 numbers the library's "valid ranges" refused.
    for (const typed of ['050-1234567', '054-0000001', '055-9876543', '058-1111111']) {
      expect(normalizeIsraeliMobile(typed), typed).toMatch(/^\+9725\d{8}$/);
    }
    expect(normalizeIsraeliPhone('077-1234567')).toBe('+972771234567');
    expect(normalizeIsraeliMobile('050-123456789')).toBeNull();
    expect(normalizeIsraeliMobile('abc')).toBeNull();
  });

  it('gives for the common written shapes what the library gives, on every prefix (the shortcut skips parsing)', () => {
    const library = (raw: string) => {
      const parsed = parsePhoneNumberFromString(raw, 'IL');
      return parsed && parsed.countryCallingCode === '972' && parsed.isPossible() ? parsed.number : null;
    };
    const prefixes = [
      '2',
      '3',
      '4',
      '8',
      '9',
      ...Array.from({ length: 10 }, (_, d) => `5${d}`),
      '70',
      '72',
      '73',
      '77',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.stringMatching(/^\d{7}$/), fc.boolean(), (prefix, rest, hyphen) => {
        const typed = `0${prefix}${hyphen ? '-' : ''}${rest}`;
        const expected = library(typed);
        expect(normalizeIsraeliPhone(typed)).toBe(expected);
        expect(normalizeIsraeliMobile(typed)).toBe(prefix.startsWith('5') ? expected : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('formats for display the way Israelis write numbers', () => {
    expect(formatPhone('+972523456789')).toBe('052-3456789');
    expect(formatPhone('+972501234567')).toBe('050-1234567');
    expect(formatPhone('+97248123456')).toBe('04-8123456');
    expect(formatPhone('+97236091234')).toBe('03-6091234');
    expect(formatPhone('+972771234567')).toBe('077-1234567');
  });
});

describe('civil dates', () => {
  it('converts between dd/mm/yyyy and ISO', () => {
    expect(isoToDisplay('2024-03-07')).toBe('07/03/2024');
    expect(displayToIso('7/3/2024')).toBe('2024-03-07');
    expect(displayToIso('07.03.2024')).toBe('2024-03-07');
  });

  it('refuses dates that do not exist', () => {
    expect(displayToIso('31/02/2024')).toBeNull();
    expect(displayToIso('2024-03-07')).toBeNull();
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it("takes today's date in Israel, not in UTC", () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Israel (UTC+2).
    expect(todayInIsrael(new Date('2025-12-31T22:30:00Z'))).toBe('2026-01-01');
    // Remembered by the minute: the minute before midnight in Israel is still the old day.
    expect(todayInIsrael(new Date('2025-12-31T21:59:59.999Z'))).toBe('2025-12-31');
    expect(todayInIsrael(new Date('2025-12-31T22:00:00Z'))).toBe('2026-01-01');
    expect(todayInIsrael(new Date('2026-07-01T20:59:30Z'))).toBe('2026-07-01');
    expect(todayInIsrael(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });

  it('counts whole years of age', () => {
    expect(ageOn('1980-06-15', '2026-06-14')).toBe(45);
    expect(ageOn('1980-06-15', '2026-06-15')).toBe(46);
  });
});
