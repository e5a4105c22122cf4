// The appeal's estimate: the NII's weighting, the benefit at the determined and the claimed percent,
// the difference per month and over the months owed, and the fee cap on it — golden values computed
// by hand from the published figures (2026 full general-disability pension 4,711 ₪; 2024 fee caps:
// 12.75% for a lawyer at the committees, 60 months, opening fee 907 ₪ below a 1,360 ₪ average,
// 85% without the information sheet, 60% of a retroactive payment at once).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealValue, type AppealImpairment, type AppealValueInput } from '../../shared/rules/appeal-value';
import { weighImpairments } from '../../shared/rules/weighting';

const man = {
  birthDate: '1975-05-10',
  sex: 'male',
  resident: true,
  housewife: false,
  incapacityPercent: 80,
  monthlyWorkIncome: '0',
  children: 0,
};

const impairment = (determined: number, claimed: number | null): AppealImpairment => ({
  section: '37(7)(ב)',
  description: null,
  determined,
  claimed,
});

const general = (impairments: AppealImpairment[], extra: Partial<AppealValueInput> = {}): AppealValueInput => ({
  benefit: 'general_disability',
  impairments,
  recordedWeighted: null,
  date: '2026-05-15',
  from: '2026-01-01',
  generalDisability: { input: man, missing: [] },
  representativeIsLawyer: true,
  informationSheetGiven: true,
  ...extra,
});

const work = (impairments: AppealImpairment[], extra: Partial<AppealValueInput> = {}): AppealValueInput => ({
  benefit: 'work_injury',
  impairments,
  recordedWeighted: null,
  date: '2026-05-15',
  from: '2026-01-01',
  workDisability: { permanent: true, fullPension: '9000' },
  representativeIsLawyer: true,
  informationSheetGiven: true,
  ...extra,
});

describe('the NII weighting', () => {
  it('counts the highest in full and each next on the remainder, rounding the sum up (Kol Zchut: 40, 30, 10 → 63)', () => {
    const w = weighImpairments([10, 40, 30]);
    expect(w.steps.map((s) => [s.percent, s.remainder.toString(), s.counted.toString()])).toEqual([
      [40, '100', '40'],
      [30, '60', '18'],
      [10, '42', '4.2'],
    ]);
    expect(w.exact.toString()).toBe('62.2');
    expect(w.percent).toBe(63);
  });

  it('leaves a whole sum as it is, and one impairment or none as given', () => {
    expect(weighImpairments([20, 15]).percent).toBe(32); // 20 + 15% of 80 = 32
    expect(weighImpairments([35]).percent).toBe(35);
    expect(weighImpairments([]).percent).toBe(0);
  });

  it('never passes 100 nor falls below the largest impairment', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 8 }), (percents) => {
        const { percent } = weighImpairments(percents);
        expect(percent).toBeLessThanOrEqual(100);
        expect(percent).toBeGreaterThanOrEqual(Math.max(0, ...percents));
      }),
    );
  });
});

describe('an appeal on general disability', () => {
  it('is worth the whole pension when the claimed percent passes the medical threshold and the determined does not', () => {
    // Determined 20 + 15 → 32% (under 40%); claimed 30 + 20 → 30 + 14 = 44%, with one impairment of 30% (25%+).
    const value = appealValue(general([impairment(20, 30), impairment(15, 20)]));
    expect(value.weighted).toEqual({ determined: 32, claimed: 44, recorded: null });
    expect(value.monthly).toEqual({ determined: '0.00', claimed: '4711.00', worth: '4711.00' });
    // January to April 2026 at 4,711 ₪; May, the month priced, is left to the regular payment.
    expect(value.retroactive).toEqual({ from: '2026-01-01', until: '2026-05-15', worth: '18844.00' });
    // 4,711 × 60 × 12.75% = 36,039.15; 60% of 18,844 = 11,306.40.
    expect(value.fee).toEqual({ cap: '36039.15', percent: '12.75', fromRetroactiveAtOnce: '11306.40' });
    expect(value.missing).toEqual([]);
    expect(value.impairments.map((m) => m.disputed)).toEqual([true, true]);
  });

  it('is worth nothing when both percents pass the threshold at the same incapacity', () => {
    const value = appealValue(general([impairment(30, 40), impairment(20, 30), impairment(10, null)]));
    expect(value.weighted).toMatchObject({ determined: 50, claimed: 63 });
    expect(value.monthly.worth).toBe('0.00');
    expect(value.fee.cap).toBeNull();
  });

  it('names the facts of the file it lacks instead of pricing', () => {
    const value = appealValue(
      general([impairment(20, 40)], { generalDisability: { input: man, missing: ['medical.incapacityPercent'] } }),
    );
    expect(value.monthly).toEqual({ determined: null, claimed: null, worth: null });
    expect(value.missing).toContain('medical.incapacityPercent');
  });

  it('prices the determined degree at the protocol’s weighted percent, warning when the impairments weigh otherwise', () => {
    const value = appealValue(general([impairment(20, 30), impairment(15, 20)], { recordedWeighted: 35 }));
    expect(value.weighted).toEqual({ determined: 35, claimed: 44, recorded: 35 });
    expect(value.warnings.some((w) => w.includes('35%') && w.includes('32%'))).toBe(true);
  });

  it('takes a protocol that gives only the weighted percent as the determined degree, with nothing to weigh against', () => {
    const value = appealValue(general([], { recordedWeighted: 35 }));
    expect(value.weighted).toEqual({ determined: 35, claimed: 0, recorded: 35 });
    expect(value.warnings.some((w) => w.includes('בפרוטוקול'))).toBe(false);
    expect(value.missing).toContain('האחוז הנתבע לליקוי אחד לפחות (בתוצאת הוועדה)');
  });
});

describe('an appeal on work disability', () => {
  it('is worth the degree’s share of the full pension, and the fee cap adds the opening fee under 1,360 ₪', () => {
    const value = appealValue(work([impairment(20, 30)], { informationSheetGiven: false }));
    // 30% and 20% of 9,000 ₪: 2,700 − 1,800 = 900 a month; four months (January–April) = 3,600.
    expect(value.monthly).toEqual({ determined: '1800.00', claimed: '2700.00', worth: '900.00' });
    expect(value.retroactive.worth).toBe('3600.00');
    // (900 × 60 × 12.75% + 907) × 85% = (6,885 + 907) × 0.85 = 6,623.20; 60% of 3,600 = 2,160.
    expect(value.fee).toEqual({ cap: '6623.20', percent: '12.75', fromRetroactiveAtOnce: '2160.00' });
  });

  it('prorates the first month by its days', () => {
    // From 17 March: 15/31 of March and all of April: 900 × (15/31 + 1) = 1,335.48.
    expect(appealValue(work([impairment(20, 30)], { from: '2026-03-17' })).retroactive.worth).toBe('1335.48');
  });

  it('pays no monthly pension in the grant range and says the grant is not estimated', () => {
    const value = appealValue(work([impairment(10, 15)]));
    expect(value.monthly).toEqual({ determined: '0.00', claimed: '0.00', worth: '0.00' });
    expect(value.warnings.some((w) => w.includes('מענק'))).toBe(true);
  });

  it('asks for the decision’s pension when the full pension is not known', () => {
    const value = appealValue(work([impairment(20, 30)], { workDisability: { permanent: true, fullPension: null } }));
    expect(value.monthly.worth).toBeNull();
    expect(value.missing).toHaveLength(1);
  });
});

it('does not price a benefit other than general or work disability, and asks for a claimed percent when none is given', () => {
  const value = appealValue({ ...general([impairment(40, null)]), benefit: 'mobility' });
  expect(value.priced).toBe(false);
  expect(value.monthly.worth).toBeNull();
  expect(value.missing).toEqual(['האחוז הנתבע לליקוי אחד לפחות (בתוצאת הוועדה)']);
});

describe('the appeal’s worth as the claimed percent moves', () => {
  const percents = fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), {
    minLength: 1,
    maxLength: 4,
  });
  const worth = (input: AppealValueInput) => {
    const value = appealValue(input);
    return [Number(value.monthly.worth), Number(value.retroactive.worth)] as const;
  };

  it('is 0 when every claimed percent is at most the determined one', () => {
    fc.assert(
      fc.property(percents, fc.boolean(), (pairs, permanent) => {
        const list = pairs.map(([a, b]) => impairment(Math.max(a, b), Math.min(a, b)));
        expect(worth(work(list, { workDisability: { permanent, fullPension: '9000' } }))).toEqual([0, 0]);
      }),
    );
    fc.assert(
      fc.property(percents, (pairs) => {
        const list = pairs.map(([a, b]) => impairment(Math.max(a, b), Math.min(a, b)));
        expect(worth(general(list, { from: '2026-05-15' }))).toEqual([0, 0]);
      }),
      { numRuns: 30 },
    );
  });

  it('never falls as a claimed percent rises', () => {
    fc.assert(
      fc.property(percents, fc.nat(), fc.integer({ min: 1, max: 100 }), (pairs, which, more) => {
        const list = pairs.map(([d, c]) => impairment(d, c));
        const i = which % list.length;
        const raised = list.map((m, k) => (k === i ? { ...m, claimed: Math.min(100, m.claimed! + more) } : m));
        const [monthly, back] = worth(work(list));
        const [monthlyRaised, backRaised] = worth(work(raised));
        expect(monthlyRaised).toBeGreaterThanOrEqual(monthly);
        expect(backRaised).toBeGreaterThanOrEqual(back);
      }),
    );
    fc.assert(
      fc.property(percents, fc.nat(), fc.integer({ min: 1, max: 100 }), (pairs, which, more) => {
        const list = pairs.map(([d, c]) => impairment(d, c));
        const i = which % list.length;
        const raised = list.map((m, k) => (k === i ? { ...m, claimed: Math.min(100, m.claimed! + more) } : m));
        expect(worth(general(raised, { from: '2026-05-15' }))[0]).toBeGreaterThanOrEqual(
          worth(general(list, { from: '2026-05-15' }))[0],
        );
      }),
      { numRuns: 30 },
    );
  });
});
