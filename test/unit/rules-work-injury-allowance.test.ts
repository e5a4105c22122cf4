import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { injuryAllowanceMaxDaily } from '../../shared/rules/parameters/work-injury';
import { workInjuryAllowanceCases } from '../golden/work-injury-allowance.cases';
import {
  expectRefused,
  goldenSuite,
  isoDayFrom,
  ordered,
  runnerFor,
  shekelsUpTo,
  staleNotice,
  valueAt,
} from './rules-golden-harness';

const NAME = 'work-injury-allowance';
const run = runnerFor(NAME);

goldenSuite(NAME, workInjuryAllowanceCases);

describe('work-injury-allowance inputs and dates', () => {
  it('refuses a date before the first known value, bad types and an unknown status, naming the field', () => {
    const good = { date: '2014-03-10', status: 'employee', wagesLast3Months: 36000, incapacityDays: 30 };
    expectRefused(NAME, good, { date: '2013-12-31', status: 'student', wagesLast3Months: -1, incapacityDays: 2.5 });
    expectRefused(NAME, good, { date: '2014-02-30', wagesLast3Months: 'a lot' });
  });

  it('a date a year after the last known maximum (2025) uses it and says so in the one notice', () => {
    const result = run({ date: '2026-02-01', status: 'employee', wagesLast3Months: 200000, incapacityDays: 30 });
    expect(result.amount).toBe('1283.50');
    expect(staleNotice(result)).toContain('מקסימום דמי הפגיעה ליום – ידוע עד 01/2025');
  });
});

const isoDay = isoDayFrom('2014-01-01');
const wages = shekelsUpTo(500_000);
const status = fc.constantFrom('employee', 'self-employed');
const days = fc.integer({ min: 0, max: 400 });

describe('work-injury-allowance properties', () => {
  it('the daily amount is never negative nor above the maximum, and the days never exceed 91', () => {
    fc.assert(
      fc.property(isoDay, status, wages, days, (date, s, w, d) => {
        const result = run({ date, status: s, wagesLast3Months: w, incapacityDays: d });
        const cap = valueAt(injuryAllowanceMaxDaily, date);
        const payable = result.details.payableDays as number;
        const amountOk =
          result.amount === null || (Number(result.amount) >= 0 && Number(result.amount) <= cap.toNumber());
        return (
          amountOk &&
          payable >= 0 &&
          payable <= Math.min(d, 91) &&
          Number(result.details.total) >= 0 &&
          (result.eligible === true) === payable > 0
        );
      }),
      { numRuns: 300 },
    );
  });

  it('more wages never lower the allowance, more days of incapacity never pay fewer days', () => {
    fc.assert(
      fc.property(isoDay, status, wages, wages, days, days, (date, s, w1, w2, d1, d2) => {
        const [lowW, highW] = ordered(w1, w2, Number);
        const [lowD, highD] = ordered(d1, d2, Number);
        const low = run({ date, status: s, wagesLast3Months: lowW, incapacityDays: lowD });
        const high = run({ date, status: s, wagesLast3Months: highW, incapacityDays: highD });
        return (
          Number(high.details.total) >= Number(low.details.total) &&
          (high.details.payableDays as number) >= (low.details.payableDays as number)
        );
      }),
      { numRuns: 300 },
    );
  });
});
