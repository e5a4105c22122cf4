// Retroactive amounts: from the start of entitlement up to the
// month of the decision, month by month, each month computed by a monthly calculator on its first
// day (the entitlement day in the first month) with that day's parameter values.
// Literal readings, each said in a reason:
// - the first month is prorated by its days from the start; the decision month itself is left to
//   the regular payment;
// - a month in which the facts given no longer entitle (e.g. retirement age reached) owes nothing;
// - a month whose amount the sources do not give leaves the total open (null), never counted as 0.
import Decimal from 'decimal.js';
import { addMonths, format, getDaysInMonth, parseISO, startOfMonth, subYears } from 'date-fns';
import { z } from 'zod';
import { fieldIssues } from '../../api/validation';
import { defineCalculator, formatAmount, type Calculator } from '../calculator';
import { RuleContext } from '../context';
import { date } from '../inputs';
import { LAW } from '../sources';
import { RuleInputError } from '../types';
import { allOf } from '../verdict';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const SOURCE = `${LAW.latePayment}; מקורות הסכום של כל חודש הם מקורות המחשבון החודשי לאותו חודש`;

/** Set by the registry: the monthly calculators this one may run (avoids an import cycle). */
let monthly: (name: string) => Calculator | undefined = () => undefined;
export function setMonthlyLookup(lookup: (name: string) => Calculator | undefined): void {
  monthly = lookup;
}

interface Month {
  month: string;
  /** The monthly calculator's answer for the month. */
  eligible: boolean | null;
  /** Owed for the month (prorated in the first); null when the sources do not give it. */
  amount: string | null;
  /** Days of the first month owed, as "days/days in month". */
  prorated?: string;
  /** The month's own figures (base, supplements, level…), from that month's parameter values. */
  details: Record<string, unknown>;
}

/** The monthly calculator's outcome for the month starting `first` (its reasons are not kept). */
function monthOf(calculator: Calculator, input: Record<string, unknown>, first: string, ctx: RuleContext) {
  const inner = new RuleContext();
  const parsed = calculator.input.safeParse({ ...input, date: first });
  if (!parsed.success) {
    const [issue] = fieldIssues(parsed.error);
    throw new RuleInputError(
      `input.${issue?.field ?? ''}`,
      `קלט המחשבון ${calculator.name} אינו תקין: ${issue?.message ?? ''}`,
    );
  }
  let outcome;
  try {
    outcome = calculator.run(parsed.data, inner);
  } catch (error) {
    if (error instanceof RuleInputError)
      throw new RuleInputError(error.field === 'date' ? 'from' : `input.${error.field}`, error.message);
    throw error;
  }
  // Only a month with an amount says what the amount is per; a month not owed or not known has none.
  if (outcome.eligible !== false && outcome.amount !== null && outcome.unit !== 'month') {
    throw new RuleInputError('calculator', `${calculator.name} אינו מחשב סכום חודשי`);
  }
  ctx.absorb(inner);
  // An input field it asks for is named under `input.`; a question in words is passed on as it is.
  for (const fact of inner.missing) ctx.need(/^[\w.]+$/.test(fact) ? `input.${fact}` : fact);
  return outcome;
}

/**
 * The longest span computed, in years. The NII pays a late claim back 12 months at most (6 for
 * special services; a year for a disabled child; old age between retirement age and 70 somewhat
 * longer: the NII rights guide 2014, "תביעה לקצבת זקנה", "שירותים מיוחדים", "ילד נכה"), so 20 years is far beyond
 * any retroactive payment and only stops a mistyped year from running centuries of months.
 */
const MAX_RETROACTIVE_YEARS = 20;

export const retroactive = defineCalculator({
  name: 'retroactive',
  description: 'תשלום רטרואקטיבי: החודשים והסכום מתחילת הזכאות ועד חודש ההחלטה, לפי ערכי כל חודש',
  input: z.object({ calculator: z.string(), input: z.record(z.string(), z.unknown()), from: date, decisionDate: date }),
  run(args, ctx) {
    const calculator = monthly(args.calculator);
    if (!calculator) throw new RuleInputError('calculator', `אין מחשבון חודשי בשם ${args.calculator}`);
    if (args.decisionDate <= args.from)
      throw new RuleInputError('decisionDate', 'תאריך ההחלטה צריך להיות אחרי תחילת הזכאות');
    if (args.from < iso(subYears(parseISO(args.decisionDate), MAX_RETROACTIVE_YEARS))) {
      throw new RuleInputError(
        'from',
        `תחילת הזכאות מוקדמת ביותר מ-${MAX_RETROACTIVE_YEARS} שנה לתאריך ההחלטה; תשלום רטרואקטיבי אינו מגיע לתקופה ארוכה כזו`,
      );
    }

    const months: Month[] = [];
    let total: Decimal | null = new Decimal(0);
    const decisionMonth = iso(startOfMonth(parseISO(args.decisionDate)));
    for (let month = startOfMonth(parseISO(args.from)); iso(month) < decisionMonth; month = addMonths(month, 1)) {
      const first = iso(month) < args.from ? args.from : iso(month);
      const outcome = monthOf(calculator, args.input, first, ctx);
      const entry: Month = {
        month: first.slice(0, 7),
        eligible: outcome.eligible,
        amount: null,
        details: outcome.details,
      };
      let amount = outcome.eligible === false ? new Decimal(0) : outcome.amount;
      if (amount !== null && first !== iso(month)) {
        const days = getDaysInMonth(month);
        const owed = days - Number(first.slice(8)) + 1;
        amount = amount.times(owed).dividedBy(days);
        entry.prorated = `${owed}/${days}`;
      }
      entry.amount = amount === null ? null : formatAmount(amount);
      total = total === null || amount === null ? null : total.plus(amount);
      months.push(entry);
    }

    ctx.because(
      `חושבו ${months.length} חודשים מ-${args.from} ועד החודש שלפני ההחלטה (${args.decisionDate}); כל חודש נבדק ביומו הראשון (החודש הראשון ביום תחילת הזכאות ויחסית לימיו) ולפי הערכים שבתוקף בו. חודש ההחלטה נותר לתשלום השוטף.`,
      SOURCE,
    );
    const notOwed = months.filter((m) => m.eligible === false).map((m) => m.month);
    if (notOwed.length > 0)
      ctx.because(
        `בחודשים ${notOwed.join(', ')} לא מתקיימים תנאי הזכאות לפי הנתונים שנמסרו, ולכן לא נכלל בהם סכום.`,
        SOURCE,
      );
    const unknown = months.filter((m) => m.amount === null).map((m) => m.month);
    if (unknown.length > 0)
      ctx.because(`לחודשים ${unknown.join(', ')} המקורות אינם נותנים את הסכום, ולכן הסכום הכולל אינו מחושב.`, SOURCE);

    const verdicts = months.map((m) => m.eligible);
    const eligible = verdicts.every((v) => v === false) ? false : allOf(verdicts.filter((v) => v !== false));
    return { eligible, amount: total, unit: 'once', details: { months } };
  },
});
