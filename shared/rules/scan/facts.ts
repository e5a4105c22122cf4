// What the office knows about a client, as the rules core reads it: plain data built from the
// store by the services (or typed into a what-if by the UI). Amounts are decimal strings in ₪.
import Decimal from 'decimal.js';
import { addMonths, format, parseISO } from 'date-fns';
import { ageOn } from '../../dates';

export interface ClientFacts {
  birthDate: string;
  sex: 'male' | 'female';
  maritalStatus: string | null;
  residency: string | null;
  isHousewife: boolean;
  family: { relation: string; birthDate: string | null; monthlyIncome: string | null; isDependant: boolean }[];
  employment: { kind: string; startDate: string; endDate: string | null }[];
  incomes: { month: string; source: string; income: string }[];
  medical: {
    committeeDate: string;
    weightedPercent: number | null;
    incapacityPercent: number | null;
    isPermanent: boolean;
    validUntil: string | null;
    specialServicesPercent: number | null;
    mobilityLimitationPercent: number | null;
    impairments: { percent: number }[];
  }[];
  events: { kind: string; eventDate: string; endDate: string | null; days: number | null }[];
  claims: { benefit: string; status: string; decidedDate: string | null; outcome: string | null }[];
}

export const age = (facts: ClientFacts, date: string) => ageOn(facts.birthDate, date);

/** The latest determination in force on `date`, if any. */
export function currentDetermination(facts: ClientFacts, date: string) {
  return [...facts.medical]
    .filter((m) => m.committeeDate <= date && (!m.validUntil || m.validUntil >= date))
    .sort((a, b) => b.committeeDate.localeCompare(a.committeeDate))[0];
}

/** Months before `date` (not including its month), newest first, as YYYY-MM. */
function monthsBefore(date: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => format(addMonths(parseISO(date), -(i + 1)), 'yyyy-MM'));
}

/** Work income of the given months summed (all sources), or null when none is recorded. */
export function incomeOver(facts: ClientFacts, date: string, months: number): Decimal | null {
  const wanted = new Set(monthsBefore(date, months));
  const rows = facts.incomes.filter((i) => wanted.has(i.month));
  return rows.length === 0 ? null : rows.reduce((sum, r) => sum.plus(r.income), new Decimal(0));
}

/** Months with any recorded income among the `window` months before `date`. */
export function monthsWithIncome(facts: ClientFacts, date: string, window: number): number {
  const wanted = new Set(monthsBefore(date, window));
  return new Set(facts.incomes.filter((i) => wanted.has(i.month) && new Decimal(i.income).gt(0)).map((i) => i.month)).size;
}

export const spouse = (facts: ClientFacts) => facts.family.find((f) => f.relation === 'spouse');
export const children = (facts: ClientFacts, date: string) =>
  facts.family.filter((f) => f.relation === 'child' && (!f.birthDate || ageOn(f.birthDate, date) < 18));
