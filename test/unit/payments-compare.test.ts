// A claim's payments against what the rules expect month by month: a month left unpaid between paid
// ones, a rate the NII kept after a degree changed, payments that stopped — and what is not a flag.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { comparePayments, type PaidSpan } from '../../shared/payments/compare';
import { expectedForMonth, withDecidedDegrees, type ExpectedMonth } from '../../shared/payments/expected';
import { monthsBetween } from '../../shared/payments/months';
import type { ClientFacts } from '../../shared/rules/scan/facts';

const flat =
  (amount: string): ((month: string) => ExpectedMonth) =>
  () => ({ amount: new Decimal(amount), eligible: true, calculator: 'general-disability', missing: [] });

const monthly = (months: string[], amount: string | ((month: string) => string)): PaidSpan[] =>
  months.map((month) => ({
    kind: 'monthly',
    fromMonth: month,
    toMonth: month,
    amount: new Decimal(typeof amount === 'string' ? amount : amount(month)),
  }));

const determination = (committeeDate: string, weightedPercent: number, incapacityPercent: number) => ({
  committeeDate,
  weightedPercent,
  incapacityPercent,
  isPermanent: true,
  validUntil: null,
  specialServicesPercent: null,
  mobilityLimitationPercent: null,
  impairments: [],
});

/** A single resident of 49 who does not work, at 60% incapacity from January 2024. */
const facts: ClientFacts = {
  birthDate: '1975-04-02',
  sex: 'male',
  maritalStatus: 'single',
  residency: 'resident',
  isHousewife: false,
  family: [],
  employment: [{ kind: 'not_working', startDate: '2020-01-01', endDate: null }],
  incomes: [],
  medical: [determination('2024-01-15', 60, 60)],
  events: [],
  claims: [],
};

const rules = (f: ClientFacts) => (month: string) => expectedForMonth(f, 'general_disability', month);
const paidAsExpected = (f: ClientFacts) => (month: string) => rules(f)(month).amount!.toFixed(2);

describe('comparing payments with the rules', () => {
  it('flags the one month a run of payments skipped, and nothing else', () => {
    const months = monthsBetween('2025-01', '2025-06').filter((m) => m !== '2025-03');
    const { flags, months: lines } = comparePayments(monthly(months, '2629.00'), '2025-06', flat('2629.00'));
    expect(flags).toEqual([{ kind: 'missing', month: '2025-03', expected: new Decimal('2629.00'), paid: null }]);
    expect(lines.map((l) => l.month)).toEqual(monthsBetween('2025-01', '2025-06'));
  });

  it('finds no fault in payments at the rules’ own amounts, across the yearly update', () => {
    const months = monthsBetween('2024-02', '2025-06');
    const { flags } = comparePayments(monthly(months, paidAsExpected(facts)), '2025-06', rules(facts));
    expect(flags).toEqual([]);
    // The rules do raise the rate in January: the same amount all along would be wrong from then.
    expect(rules(facts)('2025-01').amount!.gt(rules(facts)('2024-12').amount!)).toBe(true);
  });

  it('flags every month the old rate was kept after the degree rose, from the first month of the new one', () => {
    const raised = { ...facts, medical: [...facts.medical, determination('2025-01-10', 75, 100)] };
    const oldRate = rules(facts)('2025-01').amount!.toFixed(2);
    const months = monthsBetween('2024-02', '2025-06');
    const paid = monthly(months, (m) => (m < '2025-02' ? paidAsExpected(raised)(m) : oldRate));
    const { flags } = comparePayments(paid, '2025-06', rules(raised));
    expect(flags.map((f) => f.kind)).toEqual(Array(5).fill('wrong_rate'));
    expect(flags.map((f) => f.month)).toEqual(monthsBetween('2025-02', '2025-06'));
    expect(flags[0]!.expected!.gt(flags[0]!.paid!)).toBe(true);
  });

  it('reads a degree a decision on the claim gave as from the day it pays from', () => {
    const decided = withDecidedDegrees(facts, 'general_disability', [{ from: '2025-01-10', percent: 100 }]);
    expect(rules(decided)('2025-02').amount!.toFixed(2)).toBe(
      rules({ ...facts, medical: [...facts.medical, determination('2025-01-10', 60, 100)] })('2025-02').amount!.toFixed(
        2,
      ),
    );
    expect(rules(decided)('2025-01').amount!.toFixed(2)).toBe(rules(facts)('2025-01').amount!.toFixed(2));
  });

  it('flags one stop from the first month unpaid since, while the facts still entitle', () => {
    const { flags, months } = comparePayments(
      monthly(monthsBetween('2025-01', '2025-04'), '2629.00'),
      '2025-07',
      flat('2629.00'),
    );
    expect(flags).toEqual([{ kind: 'stopped', month: '2025-05', expected: new Decimal('2629.00'), paid: null }]);
    expect(months.filter((m) => m.flag === 'stopped').map((m) => m.month)).toEqual(['2025-05', '2025-06', '2025-07']);
  });

  it('is no stop when the facts end the entitlement, and no gap where a retroactive payment paid the months', () => {
    const ended = (month: string): ExpectedMonth =>
      month >= '2025-05'
        ? { amount: new Decimal(0), eligible: false, calculator: 'general-disability', missing: [] }
        : flat('2629.00')(month);
    const retro: PaidSpan = {
      kind: 'retroactive',
      fromMonth: '2025-01',
      toMonth: '2025-02',
      amount: new Decimal('5258.00'),
    };
    const paid = [retro, ...monthly(['2025-03', '2025-04'], '2629.00')];
    expect(comparePayments(paid, '2025-07', ended).flags).toEqual([]);
    // A retroactive payment short of its months' sum is a wrong rate at its first month.
    const short = [{ ...retro, amount: new Decimal('4000.00') }, ...monthly(['2025-03', '2025-04'], '2629.00')];
    expect(comparePayments(short, '2025-04', ended).flags).toEqual([
      { kind: 'wrong_rate', month: '2025-01', expected: new Decimal('5258.00'), paid: new Decimal('4000.00') },
    ]);
  });
});
