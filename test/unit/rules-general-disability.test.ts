import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runByName } from '../../shared/rules/run';
import { generalDisabilityCases } from '../golden/general-disability.cases';
import { expectRefused, goldenSuite, isoDayFrom, ordered, runnerFor, shekelsUpTo } from './rules-golden-harness';
import { notRaisedBy, withinCap } from './rules-income-tested';

const NAME = 'general-disability';
const run = runnerFor(NAME);

goldenSuite(NAME, generalDisabilityCases);

const good = {
  date: '2022-06-01',
  birthDate: '1975-05-01',
  sex: 'male',
  resident: true,
  housewife: false,
  weightedMedicalPercent: 70,
  maxImpairmentPercent: 40,
  incapacityPercent: 100,
  monthlyWorkIncome: 0,
};

describe('general-disability inputs and warnings', () => {
  it('refuses bad input and facts that cannot be, naming the field', () => {
    expectRefused(NAME, good, {
      date: '2013-12-31',
      birthDate: '2022-06-02',
      sex: 'other',
      weightedMedicalPercent: 101,
      maxImpairmentPercent: 80,
      monthlyWorkIncome: -5,
      children: 1.5,
      resident: 'yes',
    });
    expect(runByName(NAME, { ...good, spouse: { monthlyIncome: 'a lot' } })).toMatchObject({
      error: { field: 'spouse.monthlyIncome' },
    });
  });

  it('asks for the spouse income when a spouse is given without one, and leaves the supplement out', () => {
    const result = run({ ...good, spouse: {} });
    expect(result).toMatchObject({
      eligible: true,
      amount: '3700.00',
      missing: ['spouse.monthlyIncome'],
      details: { spouseSupplement: null },
    });
  });

  it('between 2015 and mid-2021 uses the 2014 amount and says, in the one notice, that it may be out of date', () => {
    const result = run({ ...good, date: '2019-06-01' });
    expect(result.amount).toBe('2342.00');
    expect(result.warnings[0]).toContain('הסכומים ידועים עד 01/2014');
    expect(result.warnings[0]).toContain('קצבת נכות כללית מלאה ליחיד');
    expect(result.warnings.filter((w) => w.includes('ידועים עד'))).toHaveLength(1);
  });

  it("marks the 2023 figure of a law firm's page as unverified", () => {
    const result = run({ ...good, date: '2023-06-01' });
    expect(result.amount).toBe('4063.00');
    expect(result.warnings.some((w) => w.includes('ולא אומת'))).toBe(true);
  });
});

const isoDay = isoDayFrom('2014-01-01');
const pct = fc.integer({ min: 0, max: 100 });
const income = shekelsUpTo(15_000);
const facts = fc.record({
  date: isoDay,
  age: fc.integer({ min: 18, max: 70 }),
  sex: fc.constantFrom('male', 'female'),
  weighted: pct,
  single: pct,
  incapacity: pct,
  spouseIncome: fc.option(shekelsUpTo(10_000), { nil: undefined }),
  children: fc.integer({ min: 0, max: 5 }),
  inInstitution: fc.boolean(),
});
type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;

const inputOf = (f: Facts, monthlyWorkIncome: string) => ({
  date: f.date,
  birthDate: `${Number(f.date.slice(0, 4)) - f.age}-01-01`,
  sex: f.sex,
  resident: true,
  housewife: false,
  weightedMedicalPercent: Math.max(f.weighted, f.single),
  maxImpairmentPercent: Math.min(f.weighted, f.single),
  incapacityPercent: f.incapacity,
  monthlyWorkIncome,
  spouse: f.spouseIncome === undefined ? undefined : { monthlyIncome: f.spouseIncome },
  children: f.children,
  inInstitution: f.inInstitution,
});

/** The most any date can pay: the highest full pension (4,711 in 2026), its spouse and two children's increments. */
const CAP = new Decimal(4711).plus(1518).plus(1214 * 2);

describe('general-disability properties', () => {
  it('the amount is never negative and never above the highest full pension with every supplement', () => {
    fc.assert(
      fc.property(facts, income, (f, w) => {
        return withinCap(run(inputOf(f, w)), CAP);
      }),
      { numRuns: 400 },
    );
  });

  it('more work income never raises the pension nor turns a "no" into a "maybe" or a "yes" (earners)', () => {
    fc.assert(
      fc.property(facts, income, income, (f, a, b) => {
        const [low, high] = ordered(a, b, Number);
        // From 2024 a partial-degree recipient who earns more than 2,633 a month gets the full
        // dependants' increments (the NII's "Rates of pension" as of 01.01.2024): that step is the law.
        fc.pre(!(f.date >= '2024-01-01' && Number(low) <= 2633 && Number(high) > 2633));
        return notRaisedBy(run(inputOf(f, low)), run(inputOf(f, high)));
      }),
      { numRuns: 400 },
    );
  });

  it('an eligible "no" never carries an amount, and a higher degree never pays less', () => {
    fc.assert(
      fc.property(facts, pct, pct, (f, a, b) => {
        const [low, high] = ordered(a, b, Number);
        const lesser = run(inputOf({ ...f, incapacity: low }, '0'));
        const greater = run(inputOf({ ...f, incapacity: high }, '0'));
        const noAmountWhenNo = [lesser, greater].every((r) => r.eligible !== false || r.amount === null);
        return (
          noAmountWhenNo &&
          (lesser.amount === null || greater.amount === null || new Decimal(greater.amount).gte(lesser.amount))
        );
      }),
      { numRuns: 300 },
    );
  });
});
