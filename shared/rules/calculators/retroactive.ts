// Retroactive amounts (issue 4, "Beyond the calculators"): from the start of entitlement up to the
// month of the decision, month by month, each month computed with that month's parameter values.
// The first month is prorated by its days from the start; the decision month itself is left to the
// regular payment — a literal reading, stated in the result.
import Decimal from 'decimal.js';
import { addMonths, format, getDaysInMonth, parseISO, startOfMonth } from 'date-fns';
import { z } from 'zod';
import { defineCalculator, formatAmount, type Calculator } from '../calculator';
import { RuleContext } from '../context';
import { date } from '../inputs';
import { RuleInputError } from '../types';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** Set by the registry: the monthly calculators this one may run (avoids an import cycle). */
let monthly: (name: string) => Calculator | undefined = () => undefined;
export function setMonthlyLookup(lookup: (name: string) => Calculator | undefined): void {
  monthly = lookup;
}

export const retroactive = defineCalculator({
  name: 'retroactive',
  description: 'תשלום רטרואקטיבי: החודשים והסכום מתחילת הזכאות ועד חודש ההחלטה, לפי ערכי כל חודש',
  input: z.object({ calculator: z.string(), input: z.record(z.string(), z.unknown()), from: date, decisionDate: date }),
  run(args, ctx) {
    const calculator = monthly(args.calculator);
    if (!calculator) throw new RuleInputError('calculator', `אין מחשבון חודשי בשם ${args.calculator}`);
    if (args.decisionDate <= args.from) throw new RuleInputError('decisionDate', 'תאריך ההחלטה צריך להיות אחרי תחילת הזכאות');

    const months: { month: string; amount: string; prorated?: string }[] = [];
    let total = new Decimal(0);
    const decisionMonth = iso(startOfMonth(parseISO(args.decisionDate)));
    for (let month = startOfMonth(parseISO(args.from)); iso(month) < decisionMonth; month = addMonths(month, 1)) {
      const first = iso(month) < args.from ? args.from : iso(month);
      const inner = new RuleContext();
      const parsed = calculator.input.safeParse({ ...args.input, date: first });
      if (!parsed.success) throw new RuleInputError(`input.${parsed.error.issues[0]?.path.join('.') ?? ''}`, 'קלט המחשבון אינו תקין');
      const outcome = calculator.run(parsed.data, inner);
      if (outcome.unit !== 'month') throw new RuleInputError('calculator', `${args.calculator} אינו מחשב סכום חודשי`);
      for (const warning of inner.warnings) ctx.warn(warning);
      let amount = outcome.amount ?? new Decimal(0);
      const entry: (typeof months)[number] = { month: first.slice(0, 7), amount: '' };
      if (first !== iso(month)) {
        const days = getDaysInMonth(month);
        const share = new Decimal(days - Number(first.slice(8)) + 1).dividedBy(days);
        amount = amount.times(share);
        entry.prorated = `${days - Number(first.slice(8)) + 1}/${days}`;
      }
      entry.amount = formatAmount(amount);
      total = total.plus(amount);
      months.push(entry);
    }
    ctx.because(
      `חושבו ${months.length} חודשים מ-${args.from} ועד החודש שלפני ההחלטה; החודש הראשון יחסית לימיו, וכל חודש לפי הערכים שבתוקף בו. חודש ההחלטה נותר לתשלום השוטף.`,
      'issue 4 ("Retroactive amounts"); the monthly calculator’s own sources for each month',
    );
    return { eligible: months.length > 0, amount: total, unit: 'once', details: { months } };
  },
});
