import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runByName } from '../../shared/rules/run';
import { retroactiveCases } from '../golden/retroactive.cases';
import { goldenSuite, isoDayFrom, ordered, runnerFor, staleNotice } from './rules-golden-harness';

const NAME = 'retroactive';
const run = runnerFor(NAME);

goldenSuite(NAME, retroactiveCases);

const man = retroactiveCases[0]!.input.input;
const good = { calculator: 'general-disability', input: man, from: '2022-01-01', decisionDate: '2022-03-01' };

describe('retroactive inputs and warnings', () => {
  it('refuses what it cannot compute, naming the field', () => {
    expect(runByName(NAME, { ...good, calculator: 'no-such' })).toMatchObject({ error: { field: 'calculator' } });
    expect(
      runByName(NAME, {
        ...good,
        calculator: 'reserve-duty',
        input: { status: 'employee', days: 3, incomeLast3Months: 30000 },
      }),
    ).toMatchObject({ error: { field: 'calculator' } });
    expect(runByName(NAME, { ...good, decisionDate: '2021-12-31' })).toMatchObject({
      error: { field: 'decisionDate' },
    });
    expect(runByName(NAME, { ...good, input: { ...man, incapacityPercent: 120 } })).toMatchObject({
      error: { field: 'input.incapacityPercent' },
    });
    expect(runByName(NAME, { ...good, from: '2013-11-01' })).toMatchObject({ error: { field: 'from' } });
  });

  it('refuses a span of more than 20 years, naming the start', () => {
    const long = runByName(NAME, { ...good, from: '2003-01-01', decisionDate: '2023-01-02' });
    expect(long).toEqual({
      error: {
        field: 'from',
        message: 'תחילת הזכאות מוקדמת ביותר מ-20 שנה לתאריך ההחלטה; תשלום רטרואקטיבי אינו מגיע לתקופה ארוכה כזו',
      },
    });
    // Not the refusal of a date before the sources (that one names the parameter): a century is not run month by month first.
    expect(runByName(NAME, { ...good, from: '1900-01-01', decisionDate: '2100-01-01' })).toEqual(long);
    expect(run({ ...good, from: '2014-01-01', decisionDate: '2034-01-01' }).details.months).toHaveLength(240);
  });

  it('passes on each warning of the months once', () => {
    const result = run({ ...good, from: '2014-01-01', decisionDate: '2034-01-01' });
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(new Set(result.warnings).size).toBe(result.warnings.length);
  });

  it('says which months used an old value for lack of a newer one', () => {
    const result = run({ ...good, from: '2019-11-01', decisionDate: '2020-01-15' });
    expect(result.details.months).toHaveLength(2);
    expect(staleNotice(result)).toContain('הסכומים ידועים עד 01/2014');
    expect(staleNotice(result)).toContain('קצבת נכות כללית מלאה ליחיד');
  });

  it('owes nothing when entitlement starts in the decision month', () => {
    expect(run({ ...good, from: '2022-02-10', decisionDate: '2022-02-20' })).toMatchObject({
      eligible: false,
      amount: '0.00',
      details: { months: [] },
    });
  });
});

/** The pension of a full degree, single, on any date: one month's most. */
const MONTHLY_CAP = new Decimal(4711);

describe('retroactive properties', () => {
  const span = fc
    .tuple(isoDayFrom('2014-01-01'), isoDayFrom('2014-01-01'))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ordered(a, b, (d) => Date.parse(d)));

  it('the total is the sum of its months, never negative, and at most a full pension a month', () => {
    fc.assert(
      fc.property(span, ([from, decisionDate]) => {
        const result = run({ calculator: 'general-disability', input: man, from, decisionDate });
        const months = result.details.months as { amount: string }[];
        const sum = months.reduce((s, m) => s.plus(m.amount), new Decimal(0));
        return (
          new Decimal(result.amount!).gte(0) &&
          new Decimal(result.amount!).sub(sum).abs().lte(new Decimal('0.01').times(months.length)) &&
          new Decimal(result.amount!).lte(MONTHLY_CAP.times(months.length))
        );
      }),
      { numRuns: 40 },
    );
  });
});
