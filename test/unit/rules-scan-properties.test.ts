// Properties of scanClient on any client file (fast-check): it never throws; a verdict agrees
// with its result; a right it could not compute names what is missing, by the documented names;
// the deadlines it lists are still open, and move only forward. scanRights (the whole-office scan's
// part of it) finds the same rights and warnings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../shared/dates';
import { dateAtAge, rowFor } from '../../shared/rules/calculators/old-age';
import { womenRetirementAge } from '../../shared/rules/parameters/old-age';
import { FACT_NAMES, type ClientFacts } from '../../shared/rules/scan/facts';
import { scanClient, scanRights } from '../../shared/rules/scan/scan-client';
import { valueAt } from './rules-golden-harness';
import { clientFacts as facts, day, scanDate } from './rules-scan-facts';

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
            expect(right.verdict).toBe(
              right.result.eligible === true ? 'eligible' : right.result.eligible === false ? 'no' : 'maybe',
            );
            expect(right.result.amount === null || Number(right.result.amount) >= 0).toBe(true);
          }
          for (const name of [...right.missing, ...right.assumed])
            expect(name in FACT_NAMES || isQuestion(name), `${right.calculator}: ${name}`).toBe(true);
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

  it('finds the same rights and warnings as scanRights, which the whole-office scan runs', () => {
    fc.assert(
      fc.property(facts, scanDate, (f, date) => {
        const warnings: string[] = [];
        const { rights, warnings: all } = scanClient(f, date);
        expect(scanRights(f, date, warnings)).toEqual(rights);
        expect(warnings).toEqual(all);
      }),
      { numRuns: 300 },
    );
  });
});

/** Past the retirement age on `date`: men at 67, women by the NII's table by birth month. */
function pastRetirement(f: ClientFacts, date: string): boolean {
  if (f.sex === 'male') return ageOn(f.birthDate, date) >= 67;
  const row = rowFor(valueAt(womenRetirementAge, date), f.birthDate);
  return !row.upTo && date >= dateAtAge(f.birthDate, row.years, row.months);
}

describe('the scan applies what the file knows before asking for what it lacks', () => {
  it('over generated offices, no "maybe" is one a known fact excludes', () => {
    fc.assert(
      fc.property(fc.array(facts, { minLength: 1, maxLength: 5 }), day('2022-01-01', '2026-12-31'), (office, date) => {
        for (const f of office) {
          for (const right of scanClient(f, date).rights.filter((r) => r.verdict === 'maybe')) {
            const where = `${right.calculator} on ${date} for ${f.sex} born ${f.birthDate}`;
            // The one fact to ask comes with every "maybe".
            expect(right.settle, where).toBe(right.missing[0] ?? null);
            if (right.calculator === 'general-disability') {
              expect(pastRetirement(f, date) || ageOn(f.birthDate, date) < 18, where).toBe(false);
              expect(f.residency === 'non_resident' || f.residency === 'temporary_resident', where).toBe(false);
            }
            if (right.calculator === 'nursing') expect(ageOn(f.birthDate, date), where).toBeGreaterThanOrEqual(62);
            if (right.calculator === 'income-support') expect(ageOn(f.birthDate, date), where).toBeLessThan(67);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ranks the "maybe"s: fewer facts missing first, then the larger amount at best', () => {
    fc.assert(
      fc.property(facts, scanDate, (f, date) => {
        const maybes = scanClient(f, date).rights.filter((r) => r.verdict === 'maybe');
        for (const [a, b] of maybes.slice(1).map((r, i) => [maybes[i]!, r] as const))
          expect(a.missing.length).toBeLessThanOrEqual(b.missing.length);
      }),
      { numRuns: 150 },
    );
  });

  it('a 79-year-old with a medical determination is not asked for her incapacity degree', () => {
    const f: ClientFacts = {
      birthDate: '1947-03-01',
      sex: 'female',
      maritalStatus: 'widowed',
      residency: 'resident',
      isHousewife: false,
      family: [],
      employment: [],
      incomes: [],
      events: [],
      claims: [],
      medical: [
        {
          id: 1,
          committeeKind: 'first_tier',
          committeeDate: '2025-01-10',
          weightedPercent: 65,
          incapacityPercent: null,
          isPermanent: true,
          validUntil: null,
          specialServicesPercent: null,
          mobilityLimitationPercent: null,
          impairments: [],
        },
      ],
    };
    const scan = scanClient(f, '2026-11-01');
    expect(scan.rights.find((r) => r.calculator === 'general-disability')).toMatchObject({
      verdict: 'no',
      missing: [],
    });
    expect(scan.rights.find((r) => r.calculator === 'nursing')).toMatchObject({
      verdict: 'maybe',
      settle: 'client.nursingDependency',
    });
  });
});
