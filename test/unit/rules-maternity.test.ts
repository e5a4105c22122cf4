import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maternityMaxDaily, maternityQualifying } from '../../shared/rules/parameters/maternity';
import { maternityCases } from '../golden/maternity.cases';
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

const NAME = 'maternity';
const run = runnerFor(NAME);

goldenSuite(NAME, maternityCases);

describe('maternity inputs', () => {
  const good = { date: '2014-03-10', insuredMonthsLast14: 10, insuredMonthsLast22: 12, dailyWage: 400 };

  it('refuses bad input and months that cannot be, naming the field', () => {
    expectRefused(NAME, good, { date: '2013-12-31', insuredMonthsLast14: 15, insuredMonthsLast22: 23, dailyWage: -1 });
    expectRefused(NAME, good, { insuredMonthsLast22: 9 });
    expectRefused(NAME, { ...good, insuredMonthsLast14: 2 }, { insuredMonthsLast22: 11 });
  });

  it('a later date uses the 2024 maximum and says, once, that it may be out of date', () => {
    const result = run({ ...good, dailyWage: 3000, date: '2025-06-01' });
    expect(result.amount).toBe('1655.00');
    expect(staleNotice(result)).toContain('הסכומים ידועים עד 01/2024');
  });
});

const isoDay = isoDayFrom('2014-01-01');
const months14 = fc.integer({ min: 0, max: 14 });
const extra = fc.integer({ min: 0, max: 8 });
const wage = shekelsUpTo(5_000);

describe('maternity properties', () => {
  it('weeks are 0 or the full or partial period of the date; the daily amount is never negative nor above the maximum', () => {
    fc.assert(
      fc.property(isoDay, months14, extra, wage, (date, m14, e, w) => {
        const result = run({ date, insuredMonthsLast14: m14, insuredMonthsLast22: m14 + e, dailyWage: w });
        const weeks = result.details.weeks as number;
        const cap = valueAt(maternityMaxDaily, date).toNumber();
        const amountOk =
          result.amount === null ? weeks === 0 : Number(result.amount) >= 0 && Number(result.amount) <= cap;
        const { fullWeeks, partialWeeks } = valueAt(maternityQualifying, date);
        return [0, partialWeeks, fullWeeks].includes(weeks) && amountOk && (result.eligible === true) === weeks > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('more insured months never give fewer weeks; a higher wage never a lower amount', () => {
    fc.assert(
      fc.property(isoDay, months14, months14, extra, wage, wage, (date, a, b, e, w1, w2) => {
        const [few, many] = ordered(a, b, Number);
        const [low, high] = ordered(w1, w2, Number);
        const lesser = run({ date, insuredMonthsLast14: few, insuredMonthsLast22: few + e, dailyWage: low });
        const greater = run({ date, insuredMonthsLast14: many, insuredMonthsLast22: many + e, dailyWage: high });
        return (
          (greater.details.weeks as number) >= (lesser.details.weeks as number) &&
          (lesser.amount === null || Number(greater.amount) >= Number(lesser.amount))
        );
      }),
      { numRuns: 300 },
    );
  });
});
