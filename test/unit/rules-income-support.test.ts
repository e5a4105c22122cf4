import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amounts, familyCompositions } from '../../shared/rules/parameters/income-support';
import { incomeSupportCases } from '../golden/income-support.cases';
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
import { notRaisedBy, withinCap } from './rules-income-tested';

const NAME = 'income-support';
const run = runnerFor(NAME);

goldenSuite(NAME, incomeSupportCases);

describe('income-support inputs', () => {
  it('refuses bad input naming the field', () => {
    const good = { date: '2014-03-01', age: 30, familyComposition: 'single', monthlyWorkIncome: '0' };
    expectRefused(NAME, good, {
      date: '2013-12-31',
      age: -1,
      familyComposition: 'family',
      monthlyWorkIncome: 'much',
      exemptFromWorkTest: 'no',
    });
    expectRefused(NAME, good, { age: undefined, familyComposition: undefined, monthlyWorkIncome: undefined });
  });

  it('2026 uses the 2025 table and says, in the one notice, that it is known up to 01/2025', () => {
    const result = run({ date: '2026-01-01', age: 30, familyComposition: 'single', monthlyWorkIncome: '0' });
    expect(result.amount).toBe('2028.00');
    expect(staleNotice(result)).toContain(`${amounts.description} – ידוע עד 01/2025`);
  });
});

const input = fc.record({
  date: isoDayFrom('2014-01-01'),
  age: fc.integer({ min: 0, max: 100 }),
  familyComposition: fc.constantFrom(...familyCompositions),
  exemptFromWorkTest: fc.option(fc.boolean(), { nil: undefined }),
});
const income = shekelsUpTo(10_000);

describe('income-support properties', () => {
  it('never negative and never above the full amount of the table', () => {
    fc.assert(
      fc.property(input, income, (i, w) => {
        const r = run({ ...i, monthlyWorkIncome: w });
        const row = valueAt(amounts, i.date)[i.familyComposition];
        const known = [row.under55.full, row.from55.full].filter((v): v is Decimal => v !== null);
        const cap = Decimal.max(...known, ...amounts.values.map((v) => v.value[i.familyComposition].from55.full ?? 0));
        return withinCap(r, cap);
      }),
      { numRuns: 300 },
    );
  });

  it('more work income never raises the benefit, and above the table amount there is none', () => {
    fc.assert(
      fc.property(input, income, income, (i, a, b) => {
        const [low, high] = ordered(a, b, Number);
        const more = run({ ...i, monthlyWorkIncome: high });
        return (
          notRaisedBy(run({ ...i, monthlyWorkIncome: low }), more) &&
          (Number(high) < Number(more.details.earningsUpTo) || more.eligible === false)
        );
      }),
      { numRuns: 300 },
    );
  });
});
