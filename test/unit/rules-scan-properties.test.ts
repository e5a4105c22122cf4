// Properties of scanClient on any client file (fast-check): it never throws; a verdict agrees
// with its result; a right it could not compute names what is missing, by the documented names;
// the deadlines it lists are still open, and move only forward.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_NAMES } from '../../shared/rules/scan/facts';
import { scanClient } from '../../shared/rules/scan/scan-client';
import { clientFacts as facts, scanDate } from './rules-scan-facts';

const isQuestion = (name: string) => /[\u0590-\u05FF]/.test(name);

describe('scanClient on any file', () => {
  it('agrees with its results, names what is missing by the documented names, and lists only open deadlines', () => {
    fc.assert(
      fc.property(facts, scanDate, (f, date) => {
        const scan = scanClient(f, date);
        for (const right of scan.rights) {
          if (right.result === null) {
            expect(right.verdict).toBe('maybe');
            expect(right.missing.length).toBeGreaterThan(0);
          } else {
            expect(right.verdict).toBe(right.result.eligible === true ? 'eligible' : right.result.eligible === false ? 'no' : 'maybe');
            expect(right.result.amount === null || Number(right.result.amount) >= 0).toBe(true);
          }
          for (const name of [...right.missing, ...right.assumed]) expect(name in FACT_NAMES || isQuestion(name), `${right.calculator}: ${name}`).toBe(true);
        }
        for (const d of scan.deadlines) {
          const { rawDueDate, dueDate } = d.details as { rawDueDate: string; dueDate: string };
          expect(dueDate >= date && dueDate >= rawDueDate && rawDueDate > d.about.date).toBe(true);
        }
        const due = scan.deadlines.map((d) => d.details.dueDate as string);
        expect(due).toEqual([...due].sort());
      }),
      { numRuns: 300 },
    );
  });
});
