// What an appeal on a medical committee's outcome could be worth — an estimate: per impairment the
// percent determined against the percent claimed, both weighted the NII's way (weighting.ts), the
// benefit at each weighted percent and the difference per month and over the months already owed,
// and the representative's capped fee on that difference.
// - General disability: the pension at each percent by the general-disability calculator on the
//   client's facts; the medical percent decides the medical threshold, so the difference is the whole
//   pension or nothing. Months owed: the retroactive calculator, month by month.
// - Work disability: the pension is the degree's share of the full (100%) pension (the NII rights guide
//   2014, "ביטוח נפגעי עבודה › קצבת נכות מעבודה"); the full pension is the decision's monthly amount
//   divided by its degree. A degree of the grant range (9%–19% for good) pays no monthly pension and
//   the grant is not estimated here. Months owed: each month at the same amount, the first prorated.
// - The fee: the fee-limit calculator on the monthly difference as the average benefit, at the
//   committees stage for a lawyer (Amendment 161).
import Decimal from 'decimal.js';
import { addMonths, format, getDaysInMonth, parseISO, startOfMonth } from 'date-fns';
import type { Benefit } from '../domain/enums';
import { formatAmount } from './calculator';
import { RuleContext } from './context';
import { valueOn } from './parameters/parameter';
import { workDisabilityRules } from './parameters/work-disability';
import { isError, runByName } from './run';
import { cite, LAW } from './sources';
import type { Reason, RuleResult } from './types';
import { WEIGHTING_SOURCE, weighImpairments } from './weighting';

const WORK_PENSION = cite('rights2014', '"ביטוח נפגעי עבודה › קצבת נכות מעבודה"');
const GENERAL_AMOUNTS = cite('rights2014', '"ביטוח נכות › סכום הקצבה בינואר 2014"');
const ESTIMATE = 'הערכה בלבד: החישוב מניח שהערר יתקבל במלואו ושיתר הנתונים בתיק לא ישתנו';

export interface AppealImpairment {
  section: string;
  description: string | null;
  /** The committee's percent. */
  determined: number;
  /** The percent the office claims for it; null: not disputed, the determined percent stands. */
  claimed: number | null;
}

export interface AppealValueInput {
  benefit: Benefit;
  impairments: AppealImpairment[];
  /** The weighted percent written on the protocol, if any. */
  recordedWeighted: number | null;
  /** The day priced: the monthly amounts are that day's, and months owed run up to its month. */
  date: string;
  /** The first day a won appeal would be paid back from. */
  from: string;
  /** General disability: the calculator's input from the file (the medical percents aside) and the facts it lacks. */
  generalDisability?: { input: Record<string, unknown>; missing: string[] };
  /** Work disability: whether the degree is for good, and the full (100%) monthly pension, when known. */
  workDisability?: { permanent: boolean; fullPension: string | null };
  representativeIsLawyer: boolean;
  /** From the client's fee agreement; null: no agreement on file. */
  informationSheetGiven: boolean | null;
}

export interface AppealValue {
  /** Whether the estimate prices this benefit (general and work disability). */
  priced: boolean;
  impairments: (AppealImpairment & { disputed: boolean })[];
  weighted: { determined: number; claimed: number; recorded: number | null };
  /** ₪ a month on `date`: the benefit at each percent and the difference (never below 0). */
  monthly: { determined: string | null; claimed: string | null; worth: string | null };
  /** The difference over the months from `from` up to the month of `date`. */
  retroactive: { from: string; until: string; worth: string | null };
  fee: { cap: string | null; percent: string | null; fromRetroactiveAtOnce: string | null };
  reasons: Reason[];
  warnings: string[];
  missing: string[];
}

const PRICED: readonly Benefit[] = ['general_disability', 'work_injury'];
const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const money = (d: Decimal | null) => (d === null ? null : formatAmount(d));

/** The benefit at one weighted percent: per month on the day, and over the months owed. */
interface Priced {
  monthly: Decimal | null;
  months: Decimal | null;
}

/** Runs a calculator by name, taking in what it says; an input error is a fact missing. */
function run(name: string, input: Record<string, unknown>, ctx: RuleContext): RuleResult | null {
  const answer = runByName(name, input);
  if (isError(answer)) {
    ctx.need(answer.error.message);
    return null;
  }
  for (const w of answer.warnings) ctx.warn(w);
  for (const m of answer.missing) ctx.need(m);
  return answer;
}

/** Not entitled is 0; an amount the sources do not give stays null. */
function amountOf(result: RuleResult | null): Decimal | null {
  if (result === null) return null;
  if (result.eligible === false) return new Decimal(0);
  return result.amount === null ? null : new Decimal(result.amount);
}

function generalDisability(i: AppealValueInput, weighted: number, maxImpairment: number, ctx: RuleContext): Priced {
  const given = i.generalDisability;
  if (!given || given.missing.length > 0) {
    for (const fact of given?.missing ?? ['client']) ctx.need(fact);
    return { monthly: null, months: null };
  }
  const input = { ...given.input, weightedMedicalPercent: weighted, maxImpairmentPercent: maxImpairment };
  const monthly = amountOf(run('general-disability', { ...input, date: i.date }, ctx));
  if (i.from >= i.date) return { monthly, months: new Decimal(0) };
  const back = run('retroactive', { calculator: 'general-disability', input, from: i.from, decisionDate: i.date }, ctx);
  return { monthly, months: back?.amount ? new Decimal(back.amount) : null };
}

/** Months owed from `from` up to the month of `until`, the first by its days (as the retroactive calculator counts). */
function monthsOwed(from: string, until: string): Decimal {
  let months = new Decimal(0);
  const last = iso(startOfMonth(parseISO(until)));
  for (let month = startOfMonth(parseISO(from)); iso(month) < last; month = addMonths(month, 1)) {
    const days = getDaysInMonth(month);
    const first = iso(month) < from;
    months = months.plus(first ? new Decimal(days - Number(from.slice(8)) + 1).dividedBy(days) : 1);
  }
  return months;
}

function workDisability(i: AppealValueInput, weighted: number, ctx: RuleContext): Priced {
  const full = i.workDisability?.fullPension;
  if (!i.workDisability || !full) {
    ctx.need('קצבת הנכות מעבודה בהחלטה (סכום חודשי ואחוז), שממנה נגזרת הקצבה המלאה');
    return { monthly: null, months: null };
  }
  const r = valueOn(workDisabilityRules, i.date, ctx).value;
  const pays = weighted >= (i.workDisability.permanent ? r.permanentPension : r.temporaryPension);
  const monthly = pays ? new Decimal(full).times(weighted).dividedBy(100) : new Decimal(0);
  if (!pays && i.workDisability.permanent && weighted >= r.permanentGrant)
    ctx.warn(
      `בדרגה לצמיתות של ${weighted}% משולם מענק חד-פעמי (${r.grantMonths} קצבאות חודשיות) ולא קצבה; ההערכה אינה כוללת את המענק.`,
    );
  return { monthly, months: monthly.times(monthsOwed(i.from, i.date)) };
}

function explainWeighting(label: string, impairments: readonly number[], ctx: RuleContext): number {
  const w = weighImpairments(impairments);
  const steps = w.steps
    .map((s) => `${s.percent}% מתוך ${s.remainder.toString()}% = ${s.counted.toString()}%`)
    .join('; ');
  ctx.because(
    `הנכות המשוקללת ${label}: ${steps || 'אין ליקויים'}; סך הכול ${w.exact.toString()}%, ומעוגל כלפי מעלה ${w.percent}%.`,
    WEIGHTING_SOURCE,
  );
  return w.percent;
}

function fee(i: AppealValueInput, monthlyWorth: Decimal | null, backWorth: Decimal | null, ctx: RuleContext) {
  const none = { cap: null, percent: null, fromRetroactiveAtOnce: null };
  if (monthlyWorth === null || monthlyWorth.isZero()) return none;
  if (i.informationSheetGiven === null)
    ctx.warn('לא נמצא בתיק הסכם שכר טרחה לגמלה זו; התקרה חושבה כאילו דף המידע נמסר למבוטח.');
  const result = run(
    'fee-limit',
    {
      date: i.date,
      benefit: i.benefit,
      representative: i.representativeIsLawyer ? 'lawyer' : 'other',
      stage: 'committees',
      averageMonthlyBenefit: formatAmount(monthlyWorth),
      informationSheetGiven: i.informationSheetGiven ?? true,
      ...(backWorth && backWorth.gt(0) ? { retroactive: formatAmount(backWorth) } : {}),
    },
    ctx,
  );
  if (!result) return none;
  for (const reason of result.reasons) ctx.because(reason.text, reason.source);
  const atOnce = result.details.maxFromRetroactiveAtOnce;
  return {
    cap: result.amount,
    percent: typeof result.details.percent === 'string' ? result.details.percent : null,
    fromRetroactiveAtOnce: typeof atOnce === 'string' ? atOnce : null,
  };
}

const minus = (a: Decimal | null, b: Decimal | null) => (a === null || b === null ? null : Decimal.max(a.minus(b), 0));

export function appealValue(i: AppealValueInput): AppealValue {
  const ctx = new RuleContext();
  const impairments = i.impairments.map((m) => ({ ...m, disputed: m.claimed !== null && m.claimed !== m.determined }));
  const claimedOf = (m: AppealImpairment) => m.claimed ?? m.determined;
  const recomputed = explainWeighting(
    'שנקבעה',
    i.impairments.map((m) => m.determined),
    ctx,
  );
  const claimed = explainWeighting('הנתבעת', i.impairments.map(claimedOf), ctx);
  const determined = i.recordedWeighted ?? recomputed;
  if (i.recordedWeighted !== null && i.impairments.length > 0 && i.recordedWeighted !== recomputed)
    ctx.warn(
      `בפרוטוקול נרשמה נכות משוקללת של ${i.recordedWeighted}%, והשקלול של הליקויים שנרשמו נותן ${recomputed}%; ההערכה משתמשת ב-${i.recordedWeighted}% שבפרוטוקול לדרגה שנקבעה.`,
    );
  if (!impairments.some((m) => m.disputed)) ctx.need('האחוז הנתבע לליקוי אחד לפחות (בתוצאת הוועדה)');
  const priced = PRICED.includes(i.benefit);
  const answer = { priced, impairments, weighted: { determined, claimed, recorded: i.recordedWeighted } };
  if (!priced) {
    ctx.because('ההערכה מחשבת ערר על נכות כללית ועל נכות מעבודה בלבד; לגמלה זו אין בה סכום.', WEIGHTING_SOURCE);
    return {
      ...answer,
      monthly: { determined: null, claimed: null, worth: null },
      retroactive: { from: i.from, until: i.date, worth: null },
      fee: { cap: null, percent: null, fromRetroactiveAtOnce: null },
      ...said(ctx),
    };
  }

  // The claimed degree is never priced below the one determined: an appeal asks for more.
  const asked = Math.max(claimed, determined);
  const largest = (list: readonly number[]) => Math.max(0, ...list);
  const price = (weighted: number, list: readonly number[]) =>
    i.benefit === 'general_disability'
      ? generalDisability(i, weighted, Math.min(largest(list), weighted), ctx)
      : workDisability(i, weighted, ctx);
  const atDetermined = price(
    determined,
    i.impairments.map((m) => m.determined),
  );
  const atClaimed = price(asked, i.impairments.map(claimedOf));
  const monthlyWorth = minus(atClaimed.monthly, atDetermined.monthly);
  const backWorth = minus(atClaimed.months, atDetermined.months);
  ctx.because(
    `שווי הערר לחודש הוא הגמלה בדרגה הנתבעת (${asked}%) פחות הגמלה בדרגה שנקבעה (${determined}%), לפי הערכים של ${i.date}; לתקופה שמ-${i.from} ועד החודש שלפני ${i.date} – אותו הפרש בכל חודש, לפי ערכי אותו חודש.`,
    `${i.benefit === 'work_injury' ? WORK_PENSION : GENERAL_AMOUNTS}; ${LAW.latePayment}`,
  );
  const capped = fee(i, monthlyWorth, backWorth, ctx);
  return {
    ...answer,
    monthly: { determined: money(atDetermined.monthly), claimed: money(atClaimed.monthly), worth: money(monthlyWorth) },
    retroactive: { from: i.from, until: i.date, worth: money(backWorth) },
    fee: capped,
    ...said(ctx),
  };
}

/** What the estimate says besides its figures: why, what to beware of, what it lacks. */
function said(ctx: RuleContext) {
  ctx.warn(ESTIMATE);
  return { reasons: ctx.reasons, warnings: ctx.warnings, missing: ctx.missing };
}
