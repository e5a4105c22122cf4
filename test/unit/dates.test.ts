// The date checks written by hand (a regex and a UTC round trip, for import speed) against date-fns,
// which they replaced: the same answer for any string shaped like a date, and for any real day.
import { addMonths, format, isValid, parse, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, isIsoDate, isoToDisplay } from '../../shared/dates';

const byDateFns = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1)));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('ISO civil dates', () => {
  it('agrees with date-fns on every string shaped like a date, real or not', () => {
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(shaped, (value) => isIsoDate(value) === byDateFns(value)),
      { numRuns: 20_000 },
    );
  });

  it('accepts every real day and shows it as date-fns would', () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        expect(isIsoDate(iso)).toBe(true);
        expect(isoToDisplay(iso)).toBe(format(parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'dd/MM/yyyy'));
      }),
      { numRuns: 5_000 },
    );
  });

  it('refuses days that do not exist, other shapes, and shows nothing for them', () => {
    for (const value of [
      '2023-02-29',
      '2024-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-5',
      ' 2024-01-05',
      '2024-01-05T00:00',
      '05/01/2024',
      '',
    ]) {
      expect(isIsoDate(value), value).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('1900-02-28')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(() => isoToDisplay('2023-02-29')).toThrow(RangeError);
  });
});

describe('months on an ISO date', () => {
  it('gives what date-fns addMonths gives, month ends and leap days included', () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -2400, max: 2400 }), (iso, months) => {
        expect(addMonthsIso(iso, months)).toBe(format(addMonths(parseISO(iso), months), 'yyyy-MM-dd'));
      }),
      { numRuns: 20_000 },
    );
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonthsIso('1960-08-15', 67 * 12 + 3)).toBe('2027-11-15');
  });
});
