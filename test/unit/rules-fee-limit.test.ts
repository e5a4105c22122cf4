import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isError, runByName } from '../../shared/rules/run';
import type { RuleResult } from '../../shared/rules/types';
import { RuleContext } from '../../shared/rules/context';
import { claimFeePercent, feeTerms, feeTiming, openingFee } from '../../shared/rules/parameters/fees';
import { valueOn } from '../../shared/rules/parameters/parameter';
import { feeLimitCases } from '../golden/fee-limit.cases';
import { staleNotice, valueAt } from './rules-golden-harness';

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

  it('leaves the cap open, saying why, on a date under the amendment before the caps are known', () => {
    const before2024 = { benefit: 'mobility', representative: 'other', informationSheetGiven: true, averageMonthlyBenefit: 100 } as const;
    const y2021 = run({ ...before2024, date: '2021-06-01' });
    expect(y2021).toMatchObject({ eligible: null, amount: null, unit: null, details: { covered: true, openingFee: null, percent: null } });
    expect(y2021.missing).toEqual(['דמי פתיחת תיק מרביים למייצג לתאריך 2021-06-01', 'שיעור שכר הטרחה המרבי על הגשת תביעה (מכל מייצג) לתאריך 2021-06-01']);
    expect(y2021.reasons.map((r) => r.text)).toContain('למקורות שבידינו אין ערך של "שיעור שכר הטרחה המרבי על הגשת תביעה (מכל מייצג)" לתאריך 2021-06-01: הערך הידוע הראשון הוא מ-2024-01-01, ולכן הסכום אינו מחושב.');
    expect(y2021.reasons.every((r) => r.source.length > 0)).toBe(true);
    // 2022–2023: the opening fee is known, the percent is not.
    expect(run({ ...before2024, date: '2023-12-31', benefit: 'work_injury', workInjuryGrant: 50000 })).toMatchObject({ amount: null, details: { openingFee: '834.00', percent: null } });
    expect(run({ ...before2024, date: '2015-12-05' })).toMatchObject({ amount: null, details: { covered: true } });
  });

  it('has no cap under the amendment for an agreement before it', () => {
    const result = run({ date: '2015-12-04', benefit: 'mobility', representative: 'other', informationSheetGiven: true, averageMonthlyBenefit: 100 });
    expect(result).toMatchObject({ eligible: null, amount: null, details: { amendmentFrom: '2015-12-05' } });
    expect(result.reasons[0]!.text).toContain('05.12.2015');
    expect(result.missing).toHaveLength(1);
  });

  it('takes only the benefits it knows, with a Hebrew message naming the field', () => {
    const base = { date: '2024-06-01', representative: 'other', informationSheetGiven: true, averageMonthlyBenefit: 100 };
    expect(runByName('fee-limit', { ...base, benefit: 'general-disability' })).toEqual({ error: { field: 'benefit', message: 'יש לבחור גמלה מהרשימה' } });
    expect(runByName('fee-limit', { ...base, benefit: 7 })).toEqual({ error: { field: 'benefit', message: 'יש לבחור גמלה מהרשימה' } });
    expect(runByName('fee-limit', base)).toEqual({ error: { field: 'benefit', message: 'יש למלא את השדה גמלה' } });
    expect(run({ ...base, benefit: 'volunteers' })).toMatchObject({ eligible: true });
    expect(run({ ...base, benefit: 'old_age' })).toMatchObject({ eligible: null, details: { covered: false } });
  });
});

// The extra opening fee is allowed only when the average benefit is below 1,360 ₪ (NII fee caps from
// 01.01.2024): at exactly 1,360 it is not. 1,360 × 60 × 10.25% = 8,364; 1,359.99 × 60 × 10.25% + 907.
describe('fee-limit at the low-benefit threshold', () => {
  const at = (averageMonthlyBenefit: string) => run({ date: '2024-06-01', benefit: 'mobility', representative: 'other', informationSheetGiven: true, averageMonthlyBenefit }).amount;

  it('adds the opening fee just below 1,360 ₪ and not at 1,360 ₪ itself', () => {
    expect(at('1359.99')).toBe('9270.94');
    expect(at('1360')).toBe('8364.00');
    expect(at('1360.01')).toBe('8364.06');
  });
});

describe('fee-limit terms as dated parameters', () => {
  it('takes the amendment\'s terms from fees.ts, and does not call them outdated years later', () => {
    const result = run({ date: '2030-01-01', benefit: 'mobility', representative: 'other', informationSheetGiven: false, averageMonthlyBenefit: '3000', retroactive: '1000', signedDate: '2030-01-01' });
    expect(result).toMatchObject({ amount: '15682.50', details: { maxFromRetroactiveAtOnce: '600.00', maxShareOfMonthlyPayment: '25.00' } });
    expect(result.reasons.map((r) => r.source)).toContain(feeTerms.values[0]!.source);
    // The opening fee is a yearly amount and is flagged; percents and terms hold until the law changes.
    expect(staleNotice(result)).toContain(openingFee.description);
    for (const t of [feeTerms, feeTiming, claimFeePercent]) expect(staleNotice(result)).not.toContain(t.description);
    expect(valueAt(feeTiming, '2016-01-01').spreadMonths).toBe(60);
  });

  it('calls the last known value possibly outdated only a full year after it starts (READINGS.md, "Parameters")', () => {
    const warned = (date: string) => {
      const ctx = new RuleContext();
      valueOn(openingFee, date, ctx);
      return ctx.staleNotice() !== null;
    };
    expect([warned('2024-06-01'), warned('2024-12-31'), warned('2025-01-01')]).toEqual([false, false, true]);
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
