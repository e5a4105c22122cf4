import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../shared/dates';
import { disabledChildCases } from '../golden/disabled-child.cases';
import { expectRefused, goldenSuite, isoDayFrom, runnerFor } from './rules-golden-harness';

const NAME = 'disabled-child';
const run = runnerFor(NAME);

goldenSuite(NAME, disabledChildCases);

describe('disabled-child inputs and warnings', () => {
  const good = { date: '2022-06-01', childBirthDate: '2010-01-01', condition: 'special-impairment' };

  it('refuses bad input, a birth after the date and a date before the seeds, naming the field', () => {
    expectRefused(NAME, good, {
      childBirthDate: '2022-06-02',
      condition: 'other',
      inFosterCare: 'no',
      date: '2013-12-31',
    });
  });

  it('says so when a developmental delay past 3 is read by the 2022 list', () => {
    const result = run({ ...good, condition: 'developmental-delay' });
    expect(result.eligible).toBe(true);
    expect(result.warnings.some((w) => w.includes('עיכוב התפתחותי'))).toBe(true);
  });
});

const condition = fc.constantFrom(
  'adl-dependence',
  'constant-supervision',
  'special-impairment',
  'special-medical-treatment',
  'developmental-delay',
);
const birth = isoDayFrom('2004-01-01').filter((d) => d <= '2026-12-31');
const later = fc.integer({ min: 0, max: 20 * 366 });
const plusDays = (iso: string, days: number) => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');

describe('disabled-child properties', () => {
  it('dates only move forward: once the age fits (under the 2022 rules), it fits until 18, and never from 18', () => {
    fc.assert(
      fc.property(birth, condition, later, later, (born, c, x, y) => {
        const [d1, d2] = [plusDays(born, Math.min(x, y)), plusDays(born, Math.max(x, y))];
        if (d1 < '2022-01-01') return true;
        const first = run({ date: d1, childBirthDate: born, condition: c }).eligible;
        const second = run({ date: d2, childBirthDate: born, condition: c }).eligible;
        if (ageOn(born, d2) >= 18) return second === false;
        return first !== true || second === true;
      }),
      { numRuns: 400 },
    );
  });

  it('a child in a foster family is never eligible, and no amount is ever claimed', () => {
    fc.assert(
      fc.property(birth, condition, later, (born, c, x) => {
        const date = plusDays(born, x);
        if (date < '2014-01-01') return true;
        const foster = run({ date, childBirthDate: born, condition: c, inFosterCare: true });
        return foster.eligible === false && foster.amount === null;
      }),
      { numRuns: 200 },
    );
  });
});
