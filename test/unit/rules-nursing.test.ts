import fc from 'fast-check';
import { describe, it } from 'vitest';
import { cashAmounts } from '../../shared/rules/parameters/nursing';
import { nursingCases } from '../golden/nursing.cases';
import { expectRefused, goldenSuite, isoDayFrom, runnerFor } from './rules-golden-harness';

const NAME = 'nursing';
const run = runnerFor(NAME);

goldenSuite(NAME, nursingCases);

describe('nursing inputs', () => {
  it('refuses bad input naming the field', () => {
    expectRefused(
      NAME,
      { date: '2014-06-01', dependency: 'large' },
      { date: '2013-12-31', dependency: 'some', cash: 'yes', employsIsraeliCaregiver: 1 },
    );
    expectRefused(NAME, { date: '2014-06-01', dependency: 'large' }, { dependency: undefined, date: undefined });
  });
});

const dependency = fc.constantFrom('none', 'large', 'supervision', 'very-large', 'full', 'constant-supervision');
const order = ['none', 'large', 'very-large', 'full'];
const flag = fc.option(fc.boolean(), { nil: undefined });
/** The highest cash amount of any known date. */
const maxCash = Math.max(...cashAmounts.values.flatMap((v) => Object.values(v.value).map((r) => r.full.toNumber())));

describe('nursing properties', () => {
  it('cash is never negative nor above the 168% amount; hours only from the seed', () => {
    fc.assert(
      fc.property(isoDayFrom('2014-01-01'), dependency, flag, flag, (date, d, israeli, cash) => {
        const r = run({ date, dependency: d, employsIsraeliCaregiver: israeli, cash });
        const hours = r.details.weeklyHours as number | undefined;
        return (
          (r.amount === null || (Number(r.amount) > 0 && Number(r.amount) <= maxCash)) &&
          (hours === undefined || [9.75, 16, 18, 19, 22].includes(hours))
        );
      }),
      { numRuns: 300 },
    );
  });

  it('more dependence never means fewer hours or less cash', () => {
    fc.assert(
      fc.property(
        isoDayFrom('2014-03-01'),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        flag,
        (date, a, b, israeli) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const less = run({ date, dependency: order[low], employsIsraeliCaregiver: israeli, cash: true });
          const more = run({ date, dependency: order[high], employsIsraeliCaregiver: israeli, cash: true });
          return (
            Number(more.details.weeklyHours ?? 0) >= Number(less.details.weeklyHours ?? 0) &&
            Number(more.amount ?? 0) >= Number(less.amount ?? 0)
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
