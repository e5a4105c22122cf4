// Properties every calculator keeps, whatever it is given (fast-check, inputs built from each
// calculator's own --list description): it answers — a result or an input error naming a field —
// and never throws; amounts are two-place decimal strings, never negative; a "no" carries no
// amount; every reason cites a source; nothing in the details is negative; dates move only forward.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputDocs, type InputDoc } from '../../shared/rules/inputs';
import { calculators } from '../../shared/rules/registry';
import { isError, runByName } from '../../shared/rules/run';
import type { RuleResult } from '../../shared/rules/types';
import { goldenByCalculator } from '../golden/all';
import { isoDayFrom, shekelsUpTo } from './rules-golden-harness';

const day = isoDayFrom('2013-06-01');
const dayBetween = (first: string, last: string) =>
  fc
    .date({ min: new Date(`${first}T00:00:00Z`), max: new Date(`${last}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
/** Birth dates that make a person (or a child) of a plausible age on the dates above. */
const BIRTHS: Record<string, fc.Arbitrary<string>> = {
  birthDate: dayBetween('1940-01-01', '2005-12-31'),
  childBirthDate: dayBetween('2000-01-01', '2027-12-31'),
};
/** Counts with a range of their own (months within a window); other numbers are 0–100 (percents, ages, days). */
const RANGES: Record<string, number> = {
  insuredMonthsLast14: 14,
  insuredMonthsLast22: 22,
  insuredMonthsLast18: 18,
  insuredMonthsOfDeceasedLast12: 12,
  insuredMonthsOfDeceasedLast5Years: 60,
  insuredMonthsOfDeceasedLast10Years: 120,
  insuredMonthsOfDeceased: 480,
};
const BENEFITS = ['general_disability', 'work_injury', 'special_services', 'mobility', 'old_age', 'unemployment'];

/** Mostly sensible values for a field, sometimes out of range, so both paths are exercised. */
function valueFor(doc: InputDoc): fc.Arbitrary<unknown> {
  if (doc.values)
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...doc.values) },
      { weight: 1, arbitrary: fc.constant('no-such-value') },
    );
  const birth = BIRTHS[doc.name];
  if (birth) return birth;
  if (doc.format === 'YYYY-MM-DD')
    return fc.oneof({ weight: 9, arbitrary: day }, { weight: 1, arbitrary: fc.constant('2023-02-30') });
  if (doc.name === 'benefit') return fc.constantFrom(...BENEFITS);
  switch (doc.type) {
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: 0, max: RANGES[doc.name] ?? 100 }) },
        { weight: 1, arbitrary: fc.constantFrom(-1, 2.5, 1000) },
      );
    case 'number|string':
      return fc.oneof(
        { weight: 9, arbitrary: shekelsUpTo(60_000) },
        { weight: 1, arbitrary: fc.constantFrom(-5, 'abc', 0) },
      );
    case 'object':
      return recordFor(doc.fields ?? []);
    default:
      return fc.string();
  }
}

/** An object of the fields --list describes, optional ones sometimes left out. */
function recordFor(docs: InputDoc[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(
      docs.map((d) => [d.name, d.required ? valueFor(d) : fc.option(valueFor(d), { nil: undefined })]),
    ),
  );
}

function inputFor(name: string): fc.Arbitrary<Record<string, unknown>> {
  return recordFor(inputDocs(calculators[name]!.input)).map(
    (r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>,
  );
}

/** Every number in `value` (deep) and every decimal string, as numbers. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'string') return /^-?\d+(\.\d+)?$/.test(value) ? [Number(value)] : [];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** The contract's shape (RuleResult in shared/rules/types.ts) and the properties that hold for any calculator. */
function keepsTheContract(result: RuleResult): void {
  expect(result.amount === null || /^\d+\.\d{2}$/.test(result.amount), `amount ${result.amount}`).toBe(true);
  expect([true, false, null]).toContain(result.eligible);
  expect(['day', 'month', 'once', null]).toContain(result.unit);
  if (result.eligible === false) expect([null, '0.00']).toContain(result.amount);
  expect(result.reasons.length).toBeGreaterThan(0);
  for (const r of result.reasons) expect(r.text.length > 0 && r.source.length > 0).toBe(true);
  expect(
    numbersIn(result.details).every((n) => n >= 0),
    JSON.stringify(result.details),
  ).toBe(true);
  // Undecided means something is missing (types.ts): an input by name, or a value the sources do not give in words.
  if (result.eligible === null) expect(result.missing, JSON.stringify(result.reasons)).not.toHaveLength(0);
}

const names = Object.keys(calculators).filter((n) => n !== 'retroactive');

describe('every calculator, on any input', () => {
  it('every calculator has golden cases', () => {
    expect(Object.keys(calculators).filter((name) => !goldenByCalculator[name]?.length)).toEqual([]);
  });

  it.each(names)('%s answers with the contract or a named input error, never an exception', (name) => {
    let results = 0;
    fc.assert(
      fc.property(inputFor(name), (input) => {
        const answer = runByName(name, input);
        if (isError(answer)) {
          expect(typeof answer.error.field).toBe('string');
          expect(answer.error.message.length).toBeGreaterThan(0);
          return;
        }
        keepsTheContract(answer);
        results++;
      }),
      { numRuns: 200 },
    );
    // Many inputs are sensible: the properties are checked on real results, not only on refusals.
    expect(results).toBeGreaterThan(10);
  });

  it('deadline: from ≤ raw due ≤ due, and every day passed over is a rest day before the due date', () => {
    fc.assert(
      fc.property(inputFor('deadline'), (input) => {
        const answer = runByName('deadline', input);
        if (isError(answer)) return;
        const { rawDueDate, dueDate, movedOver } = answer.details as {
          rawDueDate: string;
          dueDate: string;
          movedOver: { date: string }[];
        };
        expect(rawDueDate > (input.from as string)).toBe(true);
        expect(dueDate >= rawDueDate).toBe(true);
        expect(movedOver.every((d) => d.date >= rawDueDate && d.date < dueDate)).toBe(true);
        expect(movedOver.length === 0 ? dueDate === rawDueDate : movedOver[0]!.date === rawDueDate).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
