import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workDisabilityCases } from '../golden/work-disability.cases';
import { expectRefused, goldenSuite, isoDayFrom, ordered, runnerFor } from './rules-golden-harness';

const NAME = 'work-disability';
const run = runnerFor(NAME);

goldenSuite(NAME, workDisabilityCases);

describe('work-disability inputs', () => {
  it('refuses bad input, naming the field', () => {
    expectRefused(
      NAME,
      { date: '2014-03-01', medicalPercent: 15, permanent: true },
      { date: '2013-12-31', medicalPercent: 120, permanent: 'yes', needyDisabled: 1 },
    );
  });

  it('a later date uses the 2014 rules, standing terms of the law, without calling them outdated', () => {
    const result = run({ date: '2025-01-01', medicalPercent: 25, permanent: true });
    expect(result.warnings.some((w) => w.includes('דרגות הנכות מעבודה'))).toBe(false);
  });
});

const isoDay = isoDayFrom('2014-01-01');
const pct = fc.integer({ min: 0, max: 100 });
const KINDS = ['none', 'grant', 'pension'];

describe('work-disability properties', () => {
  it('the paid degree is between the medical degree and 100%, and a higher degree never gives a lesser kind', () => {
    fc.assert(
      fc.property(
        isoDay,
        pct,
        pct,
        fc.boolean(),
        fc.option(fc.boolean(), { nil: undefined }),
        (date, a, b, permanent, needyDisabled) => {
          const [low, high] = ordered(a, b, Number);
          const lesser = run({ date, medicalPercent: low, permanent, needyDisabled });
          const greater = run({ date, medicalPercent: high, permanent, needyDisabled });
          const paid = greater.details.paidPercent as number;
          return (
            paid >= high &&
            paid <= 100 &&
            greater.amount === null &&
            KINDS.indexOf(greater.details.kind as string) >= KINDS.indexOf(lesser.details.kind as string) &&
            greater.eligible === (greater.details.kind !== 'none')
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
