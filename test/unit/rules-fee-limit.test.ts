import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeLimit } from '../../shared/rules/calculators/fee-limit';
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
    expect(
      run({ date: '2024-06-01', benefit: 'mobility', representative: 'other', informationSheetGiven: true }),
    ).toMatchObject({ eligible: null, missing: ['averageMonthlyBenefit'] });
  });

  it('leaves the cap open, saying why, on a date under the amendment before the caps are known', () => {
    const before2024 = {
      benefit: 'mobility',
      representative: 'other',
      informationSheetGiven: true,
      averageMonthlyBenefit: 100,
    } as const;
    const y2021 = run({ ...before2024, date: '2021-06-01' });
    expect(y2021).toMatchObject({
      eligible: null,
      amount: null,
      unit: null,
      details: { covered: true, openingFee: null, percent: null },
    });
    expect(y2021.missing).toEqual([
      'דמי פתיחת תיק מרביים למייצג לתאריך 2021-06-01',
      'שיעור שכר הטרחה המרבי על הגשת תביעה (מכל מייצג) לתאריך 2021-06-01',
    ]);
    expect(y2021.reasons.map((r) => r.text)).toContain(
      'למקורות שבידינו אין ערך של "שיעור שכר הטרחה המרבי על הגשת תביעה (מכל מייצג)" לתאריך 2021-06-01: הערך הידוע הראשון הוא מ-2024-01-01, ולכן הסכום אינו מחושב.',
    );
    expect(y2021.reasons.every((r) => r.source.length > 0)).toBe(true);
    // 2022–2023: the opening fee is known, the percent is not.
    expect(run({ ...before2024, date: '2023-12-31', benefit: 'work_injury', workInjuryGrant: 50000 })).toMatchObject({
      amount: null,
      details: { openingFee: '834.00', percent: null },
    });
    expect(run({ ...before2024, date: '2015-12-05' })).toMatchObject({ amount: null, details: { covered: true } });
  });

  it('has no cap under the amendment for an agreement before it', () => {
    const result = run({
      date: '2015-12-04',
      benefit: 'mobility',
      representative: 'other',
      informationSheetGiven: true,
      averageMonthlyBenefit: 100,
    });
    expect(result).toMatchObject({
      eligible: null,
      amount: null,
      details: { covered: true, amendmentFrom: '2015-12-05' },
    });
    expect(result.reasons[0]!.text).toContain('05.12.2015');
    expect(result.missing).toHaveLength(1);
  });

  it('takes only the benefits it knows, with a Hebrew message naming the field', () => {
    const base = {
      date: '2024-06-01',
      representative: 'other',
      informationSheetGiven: true,
      averageMonthlyBenefit: 100,
    };
    expect(runByName('fee-limit', { ...base, benefit: 'general-disability' })).toEqual({
      error: { field: 'benefit', message: 'יש לבחור גמלה מהרשימה' },
    });
    expect(runByName('fee-limit', { ...base, benefit: 7 })).toEqual({
      error: { field: 'benefit', message: 'יש לבחור גמלה מהרשימה' },
    });
    expect(runByName('fee-limit', base)).toEqual({ error: { field: 'benefit', message: 'יש למלא את השדה גמלה' } });
    expect(run({ ...base, benefit: 'volunteers' })).toMatchObject({ eligible: true });
    expect(run({ ...base, benefit: 'old_age' })).toMatchObject({ eligible: null, details: { covered: false } });
  });
});

// The extra opening fee is allowed only when the average benefit is below 1,360 ₪ (NII fee caps from
// 01.01.2024): at exactly 1,360 it is not. 1,360 × 60 × 10.25% = 8,364; 1,359.99 × 60 × 10.25% + 907.
describe('fee-limit at the low-benefit threshold', () => {
  const at = (averageMonthlyBenefit: string) =>
    run({
      date: '2024-06-01',
      benefit: 'mobility',
      representative: 'other',
      informationSheetGiven: true,
      averageMonthlyBenefit,
    }).amount;

  it('adds the opening fee just below 1,360 ₪ and not at 1,360 ₪ itself', () => {
    expect(at('1359.99')).toBe('9270.94');
    expect(at('1360')).toBe('8364.00');
    expect(at('1360.01')).toBe('8364.06');
  });
});

describe('fee-limit terms as dated parameters', () => {
  it("takes the amendment's terms from fees.ts, and does not call them outdated years later", () => {
    const result = run({
      date: '2030-01-01',
      benefit: 'mobility',
      representative: 'other',
      informationSheetGiven: false,
      averageMonthlyBenefit: '3000',
      retroactive: '1000',
      signedDate: '2030-01-01',
    });
    expect(result).toMatchObject({
      amount: '15682.50',
      details: { maxFromRetroactiveAtOnce: '600.00', maxShareOfMonthlyPayment: '25.00' },
    });
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
  const input = (average: string, sheet: boolean) => ({
    date: '2025-01-01',
    benefit: 'general_disability',
    representative: 'other',
    informationSheetGiven: sheet,
    averageMonthlyBenefit: average,
  });

  it('the cap is never negative, never higher without the information sheet, and grows with the benefit', () => {
    fc.assert(
      fc.property(benefit, benefit, (a, b) => {
        const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
        const withSheet = Number(run(input(low, true)).amount);
        const withoutSheet = Number(run(input(low, false)).amount);
        const higher = Number(run(input(high, true)).amount);
        return (
          withSheet >= 0 &&
          withoutSheet <= withSheet &&
          (Number(high) < 1360 === Number(low) < 1360 ? higher >= withSheet : true)
        );
      }),
      { numRuns: 200 },
    );
  });
});

// What the lawyer reads: each step of the cap in its own sentence, and what is missing by name.
describe('fee-limit explanations', () => {
  const base = {
    date: '2024-06-01',
    benefit: 'mobility',
    representative: 'other',
    informationSheetGiven: true,
  } as const;
  const texts = (input: object) => run(input).reasons.map((r) => r.text);
  const successOnly = 'שכר טרחה מותר רק אם התביעה הצליחה, והתקרה אינה ניתנת להגדלה גם בהסכמת המבוטח.';

  it("explains a low benefit's cap, the retroactive payment and the cancellation window, step by step", () => {
    const result = run({ ...base, averageMonthlyBenefit: '1000', retroactive: '20000', signedDate: '2026-03-31' });
    expect(result).toMatchObject({ eligible: true, amount: '7057.00', unit: 'once' });
    expect(result.reasons.map((r) => r.text)).toEqual([
      successOnly,
      'דמי פתיחת תיק עד 907.00 ₪.',
      'עד 10.25% מהגמלה החודשית הממוצעת כפול 60 חודשים.',
      'הגמלה הממוצעת נמוכה מ-1360.00 ₪, ולכן מותרים דמי פתיחה נוספים.',
      'מתשלום רטרואקטיבי מותר לגבות בבת אחת עד 60%; את השאר עד 25% מכל תשלום חודשי, בפריסה של עד 60 חודשים.',
      'המבוטח רשאי לבטל את ההסכם בתוך 7 ימי עבודה מהחתימה, כלומר עד 2026-04-13.',
    ]);
    expect(result.reasons.every((r) => r.source.length > 0)).toBe(true);
  });

  it("explains the cut without the information sheet, and a work-injury grant's percent", () => {
    expect(
      texts({ ...base, averageMonthlyBenefit: '3000', informationSheetGiven: false, chargesOpeningFee: false }),
    ).toEqual([
      successOnly,
      'עד 10.25% מהגמלה החודשית הממוצעת כפול 60 חודשים.',
      'דף המידע לא נמסר למבוטח, ולכן התקרה יורדת ל-85%.',
    ]);
    expect(texts({ ...base, benefit: 'work_injury', workInjuryGrant: '50000' })).toEqual([
      successOnly,
      'דמי פתיחת תיק עד 907.00 ₪.',
      'במענק נכות מעבודה (דרגה 9%–19%): עד 13.00% מהמענק.',
    ]);
  });

  it('says why there is no cap for a benefit the amendment does not cover, or an agreement before it', () => {
    const uncovered = run({ ...base, benefit: 'old_age', averageMonthlyBenefit: '3000' });
    expect(uncovered.reasons.map((r) => r.text)).toEqual([
      'תיקון 161 מגביל שכר טרחה רק בגמלאות שהוא מונה; לגמלה זו לא ידועה תקרה במקורות שבידינו.',
    ]);
    expect(uncovered.missing).toEqual(['תקרת שכר טרחה לגמלה זו ממקור אחר (תיקון 161 אינו חל עליה)']);
    const before = run({ ...base, date: '2015-12-04', averageMonthlyBenefit: '3000' });
    expect(before.reasons).toEqual([
      {
        text: 'תיקון 161 חל על הסכמי שכר טרחה מ-05.12.2015; לתאריך 2015-12-04 לא ידועה תקרה לפיו במקורות שבידינו.',
        source: expect.stringContaining('תיקון 161'),
      },
    ]);
    expect(before.missing).toEqual(['תקרת שכר טרחה להסכם שקדם לתיקון 161, ממקור אחר']);
    // The amendment's first day is under it: the cap is open only for want of known figures.
    const first = run({ ...base, date: '2015-12-05', averageMonthlyBenefit: '3000' });
    expect(first.details).not.toHaveProperty('amendmentFrom');
    expect(first.reasons[0]!.text).toBe(successOnly);
  });

  it('asks for the grant or the average benefit by field name, without a cut to a cap it does not have', () => {
    expect(run({ ...base, benefit: 'work_injury' })).toMatchObject({
      eligible: null,
      amount: null,
      unit: null,
      missing: ['workInjuryGrant'],
    });
    const noSheet = run({ ...base, informationSheetGiven: false });
    expect(noSheet).toMatchObject({ eligible: null, amount: null, unit: null, missing: ['averageMonthlyBenefit'] });
    expect(noSheet.reasons.map((r) => r.text)).toEqual([successOnly, 'דמי פתיחת תיק עד 907.00 ₪.']);
  });

  it('describes itself for the calculator list', () => {
    expect(feeLimit.description).toBe('תקרת שכר הטרחה למייצג לפי תיקון 161, פריסת התשלום וחלון הביטול');
  });
});

describe('fee-limit: which cap applies', () => {
  const base = {
    date: '2024-06-01',
    representative: 'other',
    informationSheetGiven: true,
    averageMonthlyBenefit: '3000',
  } as const;

  it('gives a cap for every benefit the amendment covers, and none for the others', () => {
    const covered = [
      'general_disability',
      'work_injury',
      'special_services',
      'mobility',
      'disabled_child',
      'volunteers',
      'rehabilitation',
      'ringworm_compensation',
      'polio_compensation',
    ];
    for (const benefit of covered)
      expect(run({ ...base, benefit }), benefit).toMatchObject({ eligible: true, amount: '18450.00' });
    for (const benefit of ['old_age', 'unemployment', 'nursing'])
      expect(run({ ...base, benefit }), benefit).toMatchObject({ eligible: null, details: { covered: false } });
  });

  it('takes the higher percent only for a lawyer at the committees', () => {
    expect(run({ ...base, benefit: 'mobility', representative: 'lawyer', stage: 'claim' }).details).toMatchObject({
      percent: '10.25',
    });
    expect(run({ ...base, benefit: 'mobility', representative: 'other', stage: 'committees' }).details).toMatchObject({
      percent: '10.25',
    });
    expect(run({ ...base, benefit: 'mobility', representative: 'lawyer', stage: 'committees' }).details).toMatchObject({
      percent: '12.75',
    });
  });

  it('counts a work-injury grant only for work injury, and a work-injury pension by its average', () => {
    expect(run({ ...base, benefit: 'mobility', workInjuryGrant: '50000' }).amount).toBe('18450.00');
    expect(run({ ...base, benefit: 'work_injury' }).amount).toBe('18450.00');
  });

  it('adds no second opening fee to a low benefit when no opening fee is charged', () => {
    expect(run({ ...base, benefit: 'mobility', averageMonthlyBenefit: '1000', chargesOpeningFee: false }).amount).toBe(
      '6150.00',
    );
  });
});
