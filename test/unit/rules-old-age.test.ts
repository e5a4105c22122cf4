import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oldAgeCases } from '../golden/old-age.cases';
import {
  expectRefused,
  goldenSuite,
  isoDayFrom,
  ordered,
  runnerFor,
  shekelsUpTo,
  staleNotice,
} from './rules-golden-harness';
import { notRaisedBy } from './rules-income-tested';

const NAME = 'old-age';
const run = runnerFor(NAME);

goldenSuite(NAME, oldAgeCases);

describe('old-age: where the seed is loose, and bad input', () => {
  it('no age for women born before 1950 warns; born from 1955 there is only a range', () => {
    const before1950 = run({
      date: '2014-01-01',
      birthDate: '1948-03-20',
      sex: 'female',
      insuredYears: 20,
      monthlyWorkIncome: '0',
    });
    expect(before1950.warnings.some((w) => w.includes('אינו מופיע במקור'))).toBe(true);
    const from1955 = run({
      date: '2018-06-01',
      birthDate: '1956-03-20',
      sex: 'female',
      insuredYears: 20,
      monthlyWorkIncome: '0',
    });
    expect(from1955.missing[0]).toContain('1955');
  });

  it("the NII's women's table is a standing term of the law: applied by birth month, never warned about", () => {
    const result = run({
      date: '2026-06-01',
      birthDate: '1961-05-01',
      sex: 'female',
      insuredYears: 20,
      monthlyWorkIncome: '0',
    });
    expect(result.details.retirementDate).toBe('2024-01-01');
    expect(result.warnings.some((w) => w.includes('גיל הפרישה לנשים'))).toBe(false);
  });

  it('an amount between two known values warns that it is years old', () => {
    const result = run({
      date: '2019-03-01',
      birthDate: '1946-05-10',
      sex: 'male',
      insuredYears: 30,
      monthlyWorkIncome: '0',
    });
    expect(result.amount).toBe('2143.40');
    expect(staleNotice(result)).toContain('קצבת זקנה בסיסית ליחיד');
  });

  it('refuses bad input naming the field', () => {
    const good = { date: '2014-03-01', birthDate: '1946-05-10', sex: 'male', insuredYears: 30, monthlyWorkIncome: '0' };
    expectRefused(NAME, good, {
      insuredYears: -1,
      sex: 'other',
      birthDate: '2015-01-01',
      date: '2013-12-31',
      monthlyWorkIncome: '-5',
      couple: 'yes',
    });
    expectRefused(NAME, good, { insuredYears: undefined, birthDate: '1950-02-30' });
  });
});

const birthDay = fc
  .date({ min: new Date('1925-01-01T00:00:00Z'), max: new Date('1975-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const person = fc.record({
  date: isoDayFrom('2014-01-01'),
  birthDate: birthDay,
  sex: fc.constantFrom('male', 'female'),
  insuredYears: fc.integer({ min: 0, max: 60 }),
  couple: fc.boolean(),
});
const income = shekelsUpTo(15_000);

describe('old-age properties', () => {
  it('never negative, never above the basic amount plus the 50% seniority cap; no amount when not eligible', () => {
    fc.assert(
      fc.property(person, income, (p, i) => {
        const r = run({ ...p, monthlyWorkIncome: i });
        if (r.amount === null) return r.eligible === false;
        const basic = Number(r.details.basic);
        return Number(r.amount) >= basic && basic > 0 && Number(r.amount) <= basic * 1.5 + 0.005;
      }),
      { numRuns: 300 },
    );
  });

  it('more work income never raises the pension or the eligibility', () => {
    fc.assert(
      fc.property(person, income, income, (p, a, b) => {
        const [low, high] = ordered(a, b, Number);
        return notRaisedBy(run({ ...p, monthlyWorkIncome: low }), run({ ...p, monthlyWorkIncome: high }));
      }),
      { numRuns: 300 },
    );
  });

  it('dates move only forward: birth, retirement, entitlement; payment from the month reached or later', () => {
    fc.assert(
      fc.property(person, (p) => {
        const d = run({ ...p, monthlyWorkIncome: '0' }).details as {
          retirementDate: string | null;
          retirementDateRange?: { earliest: string; latest: string };
          entitlementDate: string;
          paymentFrom: { retirement: string | null; entitlement: string };
        };
        const earliest = d.retirementDate ?? d.retirementDateRange!.earliest;
        const latest = d.retirementDate ?? d.retirementDateRange!.latest;
        const monthOf = (iso: string) => `${iso.slice(0, 7)}-01`;
        return (
          p.birthDate < earliest &&
          earliest <= latest &&
          latest <= d.entitlementDate &&
          d.paymentFrom.entitlement >= monthOf(d.entitlementDate) &&
          (d.paymentFrom.retirement === null || d.paymentFrom.retirement >= monthOf(d.retirementDate!))
        );
      }),
      { numRuns: 300 },
    );
  });
});
