import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reserveMaximum, reserveMinimum } from '../../shared/rules/parameters/reserve-duty';
import { reserveDutyCases } from '../golden/reserve-duty.cases';
import {
  expectRefused,
  goldenSuite,
  isoDayFrom,
  ordered,
  runnerFor,
  shekelsUpTo,
  valueAt,
} from './rules-golden-harness';

const NAME = 'reserve-duty';
const run = runnerFor(NAME);

goldenSuite(NAME, reserveDutyCases);

describe('reserve-duty inputs and warnings', () => {
  const good = { date: '2023-11-01', status: 'employee', incomeLast3Months: 45000, days: 5 };

  it('refuses bad input, naming the field', () => {
    expectRefused(NAME, good, {
      date: '2013-12-31',
      status: 'student',
      incomeLast3Months: -1,
      days: 0,
      unemploymentDailyRate: 'x',
    });
  });

  it("2024: the NII table's minimum for every reservist, naming the kolzchut draft's 222.27 and why", () => {
    const result = run({ date: '2024-03-01', days: 1, status: 'not-working' });
    expect(result.amount).toBe('310.52');
    expect(result.conflicts).toMatchObject([
      { parameter: 'reserveDuty.minimum', otherValue: expect.stringContaining('222.27') },
    ]);
    expect(result.warnings.some((w) => w.includes('222.27') && w.includes('טיוטה'))).toBe(true);
  });
});

const isoDay = isoDayFrom('2014-01-01');
const income = shekelsUpTo(400_000);
const status = fc.constantFrom('employee', 'self-employed', 'not-working', 'unemployed');
const days = fc.integer({ min: 1, max: 200 });

describe('reserve-duty properties', () => {
  it('the daily amount lies between the minimum and the maximum; the total is days × daily', () => {
    fc.assert(
      fc.property(isoDay, status, income, shekelsUpTo(2_000), days, (date, s, i, rate, d) => {
        const result = run({ date, status: s, incomeLast3Months: i, unemploymentDailyRate: rate, days: d });
        const min = valueAt(reserveMinimum, date).daily.toNumber();
        const max = valueAt(reserveMaximum, date).daily.toNumber();
        const daily = Number(result.amount);
        return (
          result.eligible === true &&
          daily >= min &&
          daily <= max &&
          Math.abs(Number(result.details.total) - daily * d) <= 0.01 * d
        );
      }),
      { numRuns: 300 },
    );
  });

  it('more income never lowers the compensation', () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom('employee', 'self-employed'), income, income, days, (date, s, i1, i2, d) => {
        const [low, high] = ordered(i1, i2, Number);
        return (
          Number(run({ date, status: s, incomeLast3Months: high, days: d }).amount) >=
          Number(run({ date, status: s, incomeLast3Months: low, days: d }).amount)
        );
      }),
      { numRuns: 300 },
    );
  });
});
