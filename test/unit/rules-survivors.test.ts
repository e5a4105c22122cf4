import fc from 'fast-check';
import { describe, it } from 'vitest';
import { survivorsCases } from '../golden/survivors.cases';
import { expectRefused, goldenSuite, isoDayFrom, runnerFor } from './rules-golden-harness';

const NAME = 'survivors';
const run = runnerFor(NAME);

goldenSuite(NAME, survivorsCases);

describe('survivors inputs', () => {
  const good = { date: '2014-03-01', widowAge: 45, children: 0, insuredMonthsOfDeceased: 180 };

  it('refuses bad input naming the field', () => {
    expectRefused(NAME, good, {
      date: '2013-06-01',
      widowAge: -1,
      children: 1.5,
      insuredMonthsOfDeceased: 'long',
      insuredMonthsOfDeceasedLast12: 13,
      insuredMonthsOfDeceasedLast5Years: 61,
      widower: 'no',
    });
    expectRefused(NAME, good, { widowAge: undefined, children: undefined, insuredMonthsOfDeceased: undefined });
  });

  it('refuses a shorter window holding more months than a longer one', () => {
    expectRefused(NAME, { ...good, insuredMonthsOfDeceasedLast10Years: 20 }, { insuredMonthsOfDeceasedLast5Years: 30 });
    expectRefused(NAME, { ...good, insuredMonthsOfDeceased: 10 }, { insuredMonthsOfDeceasedLast12: 11 });
  });
});

const input = fc.record({
  date: isoDayFrom('2014-01-01'),
  widowAge: fc.integer({ min: 18, max: 100 }),
  children: fc.integer({ min: 0, max: 8 }),
  insuredMonthsOfDeceased: fc.integer({ min: 0, max: 720 }),
  marriedMonths: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  widower: fc.option(fc.boolean(), { nil: undefined }),
  deceasedExemptFromQualifying: fc.option(fc.boolean(), { nil: undefined }),
});

describe('survivors properties', () => {
  it('never negative; a pension never above its basic amount plus the 50% cap; no amount when not eligible', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = run(i);
        if (r.amount === null) return r.eligible === false;
        const basic = Number(r.details.basic);
        return r.unit === 'once'
          ? Number(r.amount) === basic && basic > 0
          : Number(r.amount) >= basic && Number(r.amount) <= basic * 1.5 + 0.005;
      }),
      { numRuns: 300 },
    );
  });

  it('more insured months of the deceased never lower the pension or the qualifying verdict', () => {
    const verdictRank = (v: unknown) => (v === true ? 2 : v === null ? 1 : 0);
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 240 }), (i, extra) => {
        const less = run(i);
        const more = run({ ...i, insuredMonthsOfDeceased: i.insuredMonthsOfDeceased + extra });
        const met = (r: typeof less) => (r.details.qualifyingPeriod as { met: unknown }).met;
        return verdictRank(met(more)) >= verdictRank(met(less)) && Number(more.amount ?? 0) >= Number(less.amount ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});
