import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accidentFixedDaily, accidentMaxDaily } from '../../shared/rules/parameters/accident';
import { accidentCases } from '../golden/accident.cases';
import {
  expectRefused,
  goldenSuite,
  isoDayFrom,
  ordered,
  runnerFor,
  shekelsUpTo,
  valueAt,
} from './rules-golden-harness';

const NAME = 'accident';
const run = runnerFor(NAME);

goldenSuite(NAME, accidentCases);

describe('accident inputs', () => {
  it('refuses bad or missing input, naming the field', () => {
    const good = {
      date: '2014-03-10',
      status: 'employee',
      age: 40,
      wagesLast3Months: 36000,
      incapacityDays: 30,
      medicalCheckWithin72h: true,
    };
    expectRefused(NAME, good, {
      date: '2013-06-01',
      status: 'retired',
      age: -1,
      wagesLast3Months: -5,
      incapacityDays: 'many',
      medicalCheckWithin72h: 'yes',
    });
    expectRefused(NAME, good, { medicalCheckWithin72h: undefined, incapacityDays: undefined });
  });

  it('someone not working gets the fixed amount whatever wages are given', () => {
    expect(
      run({
        date: '2014-03-10',
        status: 'not-working',
        age: 30,
        wagesLast3Months: 90000,
        incapacityDays: 40,
        medicalCheckWithin72h: true,
      }).amount,
    ).toBe('72.98');
  });
});

const isoDay = isoDayFrom('2014-01-01');
const wages = shekelsUpTo(500_000);
const status = fc.constantFrom('employee', 'self-employed', 'not-working', 'housewife');
const age = fc.integer({ min: 0, max: 100 });
const days = fc.integer({ min: 0, max: 400 });

describe('accident properties', () => {
  it('never negative, never above the maximum, at most 90 days; not eligible means no amount', () => {
    fc.assert(
      fc.property(isoDay, status, age, wages, days, fc.boolean(), (date, s, a, w, d, checked) => {
        const result = run({
          date,
          status: s,
          age: a,
          wagesLast3Months: w,
          incapacityDays: d,
          medicalCheckWithin72h: checked,
        });
        const cap = Math.max(valueAt(accidentMaxDaily, date).toNumber(), valueAt(accidentFixedDaily, date).toNumber());
        const payable = result.details.payableDays as number;
        const amountOk = result.amount === null || (Number(result.amount) >= 0 && Number(result.amount) <= cap);
        return (
          amountOk &&
          payable >= 0 &&
          payable <= Math.min(d, 90) &&
          (result.eligible !== false || result.amount === null) &&
          (checked || result.eligible === false)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('more wages never lower the allowance, more days never pay fewer days', () => {
    fc.assert(
      fc.property(isoDay, status, wages, wages, days, days, (date, s, w1, w2, d1, d2) => {
        const [lowW, highW] = ordered(w1, w2, Number);
        const [lowD, highD] = ordered(d1, d2, Number);
        const common = { date, status: s, age: 40, medicalCheckWithin72h: true };
        const low = run({ ...common, wagesLast3Months: lowW, incapacityDays: lowD });
        const high = run({ ...common, wagesLast3Months: highW, incapacityDays: highD });
        return (
          Number(high.details.total) >= Number(low.details.total) &&
          (high.details.payableDays as number) >= (low.details.payableDays as number)
        );
      }),
      { numRuns: 300 },
    );
  });
});
