import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isError, runByName } from '../../shared/rules/run';
import type { RuleResult } from '../../shared/rules/types';
import { feeLimitCases } from '../golden/fee-limit.cases';

function run(input: unknown): RuleResult {
  const answer = runByName('fee-limit', input);
  if (isError(answer)) throw new Error(answer.error.message);
  return answer;
}

describe('fee-limit golden cases', () => {
  it.each(feeLimitCases)('$name', ({ input, expected }) => {
    expect(run(input)).toMatchObject(expected);
  });

  it('asks for the average benefit when it is not given', () => {
    expect(run({ date: '2024-06-01', benefit: 'mobility', representative: 'other', informationSheetGiven: true })).toMatchObject({ eligible: null, missing: ['averageMonthlyBenefit'] });
  });

  it('refuses a date before the caps are known', () => {
    expect(runByName('fee-limit', { date: '2021-06-01', benefit: 'mobility', representative: 'other', informationSheetGiven: true, averageMonthlyBenefit: 100 })).toMatchObject({ error: { field: 'date' } });
  });
});

describe('fee-limit properties', () => {
  const benefit = fc.integer({ min: 0, max: 20_000_00 }).map((a) => (a / 100).toFixed(2));
  const input = (average: string, sheet: boolean) => ({ date: '2025-01-01', benefit: 'general_disability', representative: 'other', informationSheetGiven: sheet, averageMonthlyBenefit: average });

  it('the cap is never negative, never higher without the information sheet, and grows with the benefit', () => {
    fc.assert(
      fc.property(benefit, benefit, (a, b) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const withSheet = Number(run(input(low, true)).amount);
        const withoutSheet = Number(run(input(low, false)).amount);
        const higher = Number(run(input(high, true)).amount);
        return withSheet >= 0 && withoutSheet <= withSheet && (Number(high) < 1360 === Number(low) < 1360 ? higher >= withSheet : true);
      }),
      { numRuns: 200 },
    );
  });
});
