import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restDayName } from '../../shared/rules/calendar';
import { deadlinePeriods, type DeadlineKind } from '../../shared/rules/calculators/deadline';
import { isError, runByName } from '../../shared/rules/run';
import type { RuleResult } from '../../shared/rules/types';
import { deadlineCases } from '../golden/deadline.cases';

function run(input: unknown): RuleResult {
  const answer = runByName('deadline', input);
  if (isError(answer)) throw new Error(answer.error.message);
  return answer;
}

describe('deadline golden cases', () => {
  it.each(deadlineCases)('$name', ({ input, expected }) => {
    const result = run(input);
    expect(result.details).toMatchObject(expected);
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.reasons.every((r) => r.source.length > 0)).toBe(true);
  });

  it('names the rest days it passed over, in Hebrew', () => {
    const result = run({ kind: 'medical-committee-appeal', from: '2026-07-14' });
    expect(result.details.movedOver).toEqual([
      { date: '2026-09-12', name: 'ראש השנה 5787' },
      { date: '2026-09-13', name: 'ראש השנה ב׳' },
    ]);
  });

  it('refuses an impossible date and an unknown kind, naming the field', () => {
    expect(runByName('deadline', { kind: 'labor-court-claim', from: '2026-02-29' })).toEqual({
      error: { field: 'from', message: 'תאריך לא קיים או לא בתבנית YYYY-MM-DD' },
    });
    expect(runByName('deadline', { kind: 'nope', from: '2026-01-01' })).toMatchObject({ error: { field: 'kind' } });
  });

  it('says a value of the wrong type is wrong, and a missing one is missing', () => {
    const wrong = runByName('deadline', { kind: 'labor-court-claim', from: 20260101 });
    expect(wrong).toMatchObject({ error: { field: 'from' } });
    expect(isError(wrong) && wrong.error.message).toBe('מתאריך: קלט לא תקין: צריך להיות מחרוזת, התקבל מספר');
    expect(runByName('deadline', { kind: 'labor-court-claim' })).toEqual({ error: { field: 'from', message: 'יש למלא את השדה מתאריך' } });
    expect(runByName('deadline', { from: '2026-01-01' })).toEqual({ error: { field: 'kind', message: 'יש למלא את השדה סוג' } });
  });

  it('refuses years outside 1900–2100 instead of failing on them, naming the field', () => {
    // Year 9999 plus twelve months once crashed the calculator ("Invalid Date", exit 1 in the CLI).
    for (const from of ['9999-06-01', '2101-01-01', '1899-12-31']) {
      expect(runByName('deadline', { kind: 'labor-court-claim', from }), from).toEqual({ error: { field: 'from', message: 'מתאריך: התאריך צריך להיות בין השנים 1900 ל-2100' } });
    }
    expect(run({ kind: 'discharged-soldier-grant', from: '2100-12-31' }).details).toMatchObject({ rawDueDate: '2104-06-30' });
    expect(run({ kind: 'labor-court-claim', from: '1900-01-01' }).eligible).toBe(true);
  });
});

const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const kind = fc.constantFrom(...(Object.keys(deadlinePeriods) as DeadlineKind[]));

describe('deadline properties', () => {
  it('dates only move forward, onto a day that is not a rest day, and by a few days at most', () => {
    fc.assert(
      fc.property(kind, isoDay, (k, from) => {
        const { rawDueDate, dueDate } = run({ kind: k, from }).details as { rawDueDate: string; dueDate: string };
        const days = (Date.parse(dueDate) - Date.parse(rawDueDate)) / 86_400_000;
        return rawDueDate > from && dueDate >= rawDueDate && restDayName(dueDate) === null && days <= 4;
      }),
      { numRuns: 300 },
    );
  });
});
