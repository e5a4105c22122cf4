import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specialServicesCases } from '../golden/special-services.cases';
import { expectRefused, goldenSuite, isoDayFrom, ordered, runnerFor, shekelsUpTo } from './rules-golden-harness';
import { notRaisedBy, withinCap } from './rules-income-tested';

const NAME = 'special-services';
const run = runnerFor(NAME);

goldenSuite(NAME, specialServicesCases);

const good = {
  date: '2022-05-01',
  receivesDisabilityPension: true,
  weightedMedicalPercent: 80,
  dependency: 'low',
  monthlyWorkIncome: 0,
  inInstitution: false,
};

describe('special-services inputs and warnings', () => {
  it('refuses bad input, naming the field', () => {
    expectRefused(NAME, good, {
      date: '2013-05-01',
      dependency: 'some',
      weightedMedicalPercent: -1,
      monthlyWorkIncome: 'x',
      inInstitution: undefined,
      childrenUnder3: -1,
    });
  });

  it('warns between 40% and 60% in 2022, where seed 003 contradicts itself', () => {
    expect(run({ ...good, weightedMedicalPercent: 45 }).warnings.some((w) => w.includes('40%'))).toBe(true);
    expect(run({ ...good, weightedMedicalPercent: 65 }).warnings).toEqual([]);
  });

  it('between 2015 and 2021 the ventilation supplement has no stated amount and is left out with a warning', () => {
    const result = run({ ...good, date: '2018-05-01', dependency: 'full', ventilated: true });
    expect(result).toMatchObject({ amount: '4761.00', details: { ventilatedSupplement: null } });
    expect(result.warnings.some((w) => w.includes('מונשם'))).toBe(true);
  });
});

const isoDay = isoDayFrom('2014-01-01');
const dependency = fc.constantFrom('low', 'medium', 'full', 'extreme');
const facts = fc.record({
  date: isoDay,
  receivesDisabilityPension: fc.boolean(),
  weightedMedicalPercent: fc.integer({ min: 0, max: 100 }),
  dependency,
  inInstitution: fc.boolean(),
  ventilated: fc.boolean(),
  childrenUnder3: fc.integer({ min: 0, max: 4 }),
});
const income = shekelsUpTo(80_000);

/** The highest level (6,688), the ventilation supplement (8,462) and two children under 3 (2 × 954). */
/** The top level, the ventilated supplement and two children under 3, at their highest (2026). */
const CAP = new Decimal(9126).plus(10774).plus(954 * 2);

describe('special-services properties', () => {
  it('the amount is never negative and never above the top level with every supplement', () => {
    fc.assert(
      fc.property(facts, income, (f, w) => {
        return withinCap(run({ ...f, monthlyWorkIncome: w }), CAP);
      }),
      { numRuns: 400 },
    );
  });

  it('more work income never turns a "no" into a "yes" nor raises the amount', () => {
    fc.assert(
      fc.property(facts, income, income, (f, a, b) => {
        const [low, high] = ordered(a, b, Number);
        return notRaisedBy(run({ ...f, monthlyWorkIncome: low }), run({ ...f, monthlyWorkIncome: high }));
      }),
      { numRuns: 300 },
    );
  });

  it('in an institution never eligible; a higher dependency level never pays less', () => {
    const order = ['low', 'medium', 'full', 'extreme'];
    fc.assert(
      fc.property(facts, dependency, dependency, (f, a, b) => {
        const [low, high] = ordered(a, b, (d) => order.indexOf(d));
        const base = { ...f, inInstitution: false, ventilated: false, monthlyWorkIncome: '0' };
        const lesser = run({ ...base, dependency: low });
        const greater = run({ ...base, dependency: high });
        const inInstitution = run({ ...f, inInstitution: true, monthlyWorkIncome: '0' }).eligible === false;
        return (
          inInstitution &&
          (lesser.amount === null || greater.amount === null || new Decimal(greater.amount).gte(lesser.amount))
        );
      }),
      { numRuns: 300 },
    );
  });
});
