// What the calculator tests share: running a calculator by name, the golden-case suite (every case's
// expected result, with reasons that cite a source), and arbitraries for dates and amounts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleContext } from '../../shared/rules/context';
import { valueOn, type Parameter } from '../../shared/rules/parameters/parameter';
import { isError, runByName } from '../../shared/rules/run';
import type { RuleResult } from '../../shared/rules/types';

export interface GoldenCase {
  name: string;
  input: object;
  expected: object;
  source: string;
}

/** A runner for one calculator that fails the test on an input error. */
export function runnerFor(calculator: string): (input: unknown) => RuleResult {
  return (input) => {
    const answer = runByName(calculator, input);
    if (isError(answer)) throw new Error(`${answer.error.field}: ${answer.error.message}`);
    return answer;
  };
}

export function goldenSuite(calculator: string, cases: readonly GoldenCase[]): void {
  const run = runnerFor(calculator);
  describe(`${calculator} golden cases`, () => {
    it.each(cases)('$name', ({ input, expected }) => {
      const result = run(input);
      expect(result).toMatchObject(expected);
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.reasons.every((r) => r.source.length > 0)).toBe(true);
    });
  });
}

/** Each bad input is refused with { error: { field } } naming the field. */
export function expectRefused(calculator: string, good: object, bad: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(bad)) {
    expect(runByName(calculator, { ...good, [field]: value }), field).toMatchObject({ error: { field } });
  }
}

/** The one notice that figures may be out of date ("הסכומים ידועים עד MM/YYYY …"), or '' when there is none. */
export function staleNotice(result: RuleResult): string {
  const notices = result.warnings.filter((w) => w.startsWith('הסכומים ידועים עד'));
  if (notices.length > 1) throw new Error(`more than one staleness notice: ${notices.join(' | ')}`);
  return notices[0] ?? '';
}

/** A parameter's value on a date, without collecting warnings. */
export function valueAt<T>(p: Parameter<T>, date: string): T {
  return valueOn(p, date, new RuleContext()).value;
}

export const isoDayFrom = (first: string) =>
  fc
    .date({ min: new Date(`${first}T00:00:00Z`), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** ₪ with agorot, as a decimal string, up to `max`. */
export const shekelsUpTo = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((a) => (a / 100).toFixed(2));

/** Two values in order. */
export function ordered<T>(a: T, b: T, key: (v: T) => number): [T, T] {
  return key(a) <= key(b) ? [a, b] : [b, a];
}
