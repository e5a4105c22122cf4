import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { needyDisabledOffsetCases } from '../golden/needy-disabled-offset.cases';
import { expectRefused, goldenSuite, ordered, runnerFor, shekelsUpTo } from './rules-golden-harness';

const NAME = 'needy-disabled-offset';
const run = runnerFor(NAME);

goldenSuite(NAME, needyDisabledOffsetCases);

describe('needy-disabled-offset inputs', () => {
  it('refuses a missing or negative amount, naming the field', () => {
    expectRefused(
      NAME,
      { unemploymentPaid: 100, needyIncrease: 200 },
      { unemploymentPaid: -1, needyIncrease: undefined },
    );
  });
});

const amount = shekelsUpTo(50_000);

describe('needy-disabled-offset properties', () => {
  it('nothing is negative, the payment never exceeds the increase, and payment − debt = increase − unemployment', () => {
    fc.assert(
      fc.property(amount, amount, (increase, unemployment) => {
        const { details, amount: paid } = run({ needyIncrease: increase, unemploymentPaid: unemployment });
        const net = new Decimal(details.netPayment as string);
        const debt = new Decimal(details.remainingDebt as string);
        return (
          net.gte(0) &&
          debt.gte(0) &&
          net.lte(increase) &&
          paid === details.netPayment &&
          net.minus(debt).eq(new Decimal(increase).minus(unemployment)) &&
          details.referToDebtCommittee === debt.gt(0)
        );
      }),
      { numRuns: 400 },
    );
  });

  it('more unemployment paid never raises the payment', () => {
    fc.assert(
      fc.property(amount, amount, amount, (increase, a, b) => {
        const [low, high] = ordered(a, b, Number);
        const lesser = run({ needyIncrease: increase, unemploymentPaid: low });
        const greater = run({ needyIncrease: increase, unemploymentPaid: high });
        return new Decimal(greater.amount!).lte(lesser.amount!);
      }),
      { numRuns: 300 },
    );
  });
});
