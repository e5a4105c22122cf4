import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unemploymentCases } from '../golden/unemployment.cases';
import { expectRefused, goldenSuite, isoDayFrom, ordered, runnerFor } from './rules-golden-harness';

const NAME = 'unemployment';
const run = runnerFor(NAME);

goldenSuite(NAME, unemploymentCases);

describe('unemployment inputs and warnings', () => {
  const good = { date: '2014-06-01', age: 40, dependents: 0, insuredMonthsLast18: 12 };

  it('refuses bad input and a date before the rules are known, naming the field', () => {
    expectRefused(NAME, good, {
      date: '2013-01-01',
      age: -3,
      dependents: 1.5,
      insuredMonthsLast18: 19,
      dischargedSoldier: 'yes',
    });
  });

  it('warns when it was not said whether the job was left without justification', () => {
    expect(run(good).warnings.some((w) => w.includes('בלי הצדקה'))).toBe(true);
    expect(run({ ...good, quitWithoutJustification: false }).warnings.some((w) => w.includes('בלי הצדקה'))).toBe(false);
  });

  it("the 2025 maximums come from the NII's own page: nothing to flag as unverified or out of date", () => {
    expect(
      run({ ...good, date: '2025-03-01' }).warnings.some((w) => w.includes('לא אומת') || w.includes('ידועים עד')),
    ).toBe(false);
  });
});

const isoDay = isoDayFrom('2014-01-01');
const age = fc.integer({ min: 0, max: 90 });
const dependents = fc.integer({ min: 0, max: 8 });
const months = fc.integer({ min: 0, max: 18 });
const flag = fc.option(fc.boolean(), { nil: undefined });

describe('unemployment properties', () => {
  it('the days are one of the seed’s, waiting and delay are fixed; the amount is never given', () => {
    fc.assert(
      fc.property(isoDay, age, dependents, months, flag, flag, (date, a, d, m, soldier, quit) => {
        const result = run({
          date,
          age: a,
          dependents: d,
          insuredMonthsLast18: m,
          dischargedSoldier: soldier,
          quitWithoutJustification: quit,
        });
        const details = result.details as { maxDays: number; waitingDays: number; delayDays: number };
        return (
          [50, 67, 70, 100, 138, 175].includes(details.maxDays) &&
          details.waitingDays === 5 &&
          details.delayDays === (quit ? 90 : 0) &&
          result.amount === null
        );
      }),
      { numRuns: 300 },
    );
  });

  it('older or with more dependants never fewer days; more insured months never turn a yes into a no', () => {
    fc.assert(
      fc.property(isoDay, age, age, dependents, dependents, months, months, (date, a1, a2, d1, d2, m1, m2) => {
        const [youngA, oldA] = ordered(a1, a2, Number);
        const [fewD, manyD] = ordered(d1, d2, Number);
        const [fewM, manyM] = ordered(m1, m2, Number);
        const low = run({ date, age: youngA, dependents: fewD, insuredMonthsLast18: fewM });
        const high = run({ date, age: oldA, dependents: manyD, insuredMonthsLast18: manyM });
        const sameAge = run({ date, age: youngA, dependents: fewD, insuredMonthsLast18: manyM });
        const days = (r: typeof low) => r.details.maxDays as number;
        return days(high) >= days(low) && !(low.eligible === true && sameAge.eligible === false);
      }),
      { numRuns: 300 },
    );
  });
});
