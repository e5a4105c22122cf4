// scanClient: every calculator that may apply to what the office knows about a
// client, with a verdict (eligible / maybe / no), amounts, the facts still missing (stable names,
// facts.ts), those the scan assumed, and the deadlines that run.
import type { Benefit } from '../../domain/enums';
import { isError, runByName } from '../run';
import { cite } from '../sources';
import type { RuleResult } from '../types';
import type { About, Candidate } from './candidate';
import { deadlinesOf, type ScanDeadline } from './deadlines';
import { disabilityCandidates } from './disability';
import { approved, FACT_NAMES, type ClientFacts } from './facts';
import { favourableInput } from './favourable';
import { supportCandidates } from './support';
import { workCandidates } from './work';

export type Verdict = 'eligible' | 'maybe' | 'no';

export interface ScannedRight {
  calculator: string;
  /** The benefit a claim for this right is filed under. */
  benefit: Benefit;
  verdict: Verdict;
  /** null when a fact the calculator cannot do without is missing. */
  result: RuleResult | null;
  /** Facts still needed to decide (or to complete the amount), by their stable names (facts.ts). */
  missing: string[];
  /** Facts the file does not hold that the scan assumed (each also said in a reason). */
  assumed: string[];
  /** The record (and day) this right is about. */
  about: About;
  /** For a "maybe": the one fact to ask first (the first the calculator lacks); null otherwise. */
  settle: string | null;
  /** For a "maybe": the amount with every missing fact at its most favourable (an upper bound), per `worthUnit`. */
  worth: string | null;
  worthUnit: RuleResult['unit'];
}

export interface ScanResult {
  date: string;
  rights: ScannedRight[];
  deadlines: ScanDeadline[];
  warnings: string[];
}

function verdictOf(result: RuleResult): Verdict {
  return result.eligible === true ? 'eligible' : result.eligible === false ? 'no' : 'maybe';
}

/**
 * The candidate run. A refused input that a fact of the file gives makes the right "maybe", naming
 * that fact; one the scan derived itself (a date before any known value, say) drops the right, with
 * the refusal among the warnings.
 */
function scanned(c: Candidate, warnings: string[]): ScannedRight | null {
  const base = {
    calculator: c.calculator,
    benefit: c.benefit,
    assumed: [...c.assumed],
    about: c.about,
    settle: null,
    worth: null,
    worthUnit: null,
  };
  if (c.missing.length > 0) {
    const probe = favourableInput(c);
    const best = probe ? runByName(c.calculator, probe) : null;
    if (best && !isError(best) && best.eligible === false) {
      // What the file knows rules it out, whatever the missing facts are: no question is asked.
      best.reasons.unshift({
        text: `העובדות הידועות בתיק שוללות את הזכאות גם אם העובדות החסרות (${c.missing.join(', ')}) יהיו הטובות ביותר למבוטח; הבדיקה נעשתה בהנחה זו.`,
        source: best.reasons[0]?.source ?? '',
      });
      return { ...base, verdict: 'no', result: best, missing: [] };
    }
    const worth = best && !isError(best) ? best : null;
    return {
      ...base,
      verdict: 'maybe',
      result: null,
      missing: [...c.missing],
      settle: c.missing[0]!,
      worth: worth?.amount ?? null,
      worthUnit: worth?.unit ?? null,
    };
  }
  const answer = runByName(c.calculator, c.input);
  if (isError(answer)) {
    if (!warnings.includes(answer.error.message)) warnings.push(answer.error.message);
    const fact = c.factFor(answer.error.field);
    return fact in FACT_NAMES ? { ...base, verdict: 'maybe', result: null, missing: [fact] } : null;
  }
  answer.reasons.push(...c.notes);
  for (const w of answer.warnings) if (!warnings.includes(w)) warnings.push(w);
  const missing = [...new Set(answer.missing.map((m) => c.factFor(m)))];
  const verdict = verdictOf(answer);
  return {
    ...base,
    verdict,
    result: answer,
    missing,
    settle: verdict === 'maybe' ? (missing[0] ?? null) : null,
    worth: verdict === 'maybe' ? answer.amount : null,
    worthUnit: verdict === 'maybe' ? answer.unit : null,
  };
}

/** Pensions the income-support test counts as income (the NII rights guide 2014 "מבחן הכנסות"), each higher than the benefit. */
const COUNTED_PENSIONS: Benefit[] = ['general_disability', 'old_age', 'survivors'];
const PENSION_NAMES: Partial<Record<Benefit, string>> = {
  general_disability: 'קצבת נכות כללית',
  old_age: 'קצבת זקנה',
  survivors: 'קצבת שאירים',
};
const INCOME_TEST = cite('rights2014', '"גמלה להבטחת הכנסה › תנאי הזכאות לגמלת הבטחת הכנסה", "מבחן הכנסות ורכב"');

/**
 * Income support is a last resort: not offered beside a pension already paid (an approved claim);
 * beside one this scan finds payable it is offered for the meantime, with a reason saying so.
 */
function incomeSupportBeside(c: Candidate, facts: ClientFacts, found: ScannedRight[]): Candidate | null {
  if (COUNTED_PENSIONS.some((b) => approved(facts, b))) return null;
  const payable = found.filter((r) => COUNTED_PENSIONS.includes(r.benefit) && r.verdict === 'eligible');
  for (const r of payable) {
    c.notes.push({
      text: `נמצאה זכאות אפשרית ל${PENSION_NAMES[r.benefit]}: אם תאושר, הקצבה תיחשב כהכנסה במבחן ההכנסות והגמלה להבטחת הכנסה תופחת או תיפסק; עד אז אפשר לתבוע אותה.`,
      source: INCOME_TEST,
    });
  }
  return c;
}

/**
 * The rights alone, ranked, with the calculators' warnings added to `warnings`: what the whole-office
 * scan keeps of a client (it skips the deadlines, an eighth of scanClient's work).
 */
export function scanRights(facts: ClientFacts, date: string, warnings: string[] = []): ScannedRight[] {
  const rights: ScannedRight[] = [];
  // Income support comes last, after every pension it gives way to.
  for (const candidate of [
    ...disabilityCandidates(facts, date),
    ...workCandidates(facts, date),
    ...supportCandidates(facts, date),
  ]) {
    const c = candidate.calculator === 'income-support' ? incomeSupportBeside(candidate, facts, rights) : candidate;
    const right = c && scanned(c, warnings);
    if (right) rights.push(right);
  }
  return ranked(rights);
}

export function scanClient(facts: ClientFacts, date: string): ScanResult {
  const warnings: string[] = [];
  return { date, rights: scanRights(facts, date, warnings), deadlines: deadlinesOf(facts, date), warnings };
}

const VERDICT_ORDER: Record<Verdict, number> = { eligible: 0, maybe: 1, no: 2 };
/** A month's worth, to compare a daily, monthly or one-time amount (a day × 30; a one-time sum spread over a year). */
function monthly(r: ScannedRight): number {
  const amount = Number(r.worth ?? 0);
  return r.worthUnit === 'day' ? amount * 30 : r.worthUnit === 'once' ? amount / 12 : amount;
}

/**
 * Eligible first, then the "maybe"s most likely first (fewest facts missing) and, among equally
 * likely ones, the most valuable first; the "no"s last. The order is otherwise the scan's.
 */
function ranked(rights: ScannedRight[]): ScannedRight[] {
  return rights
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        VERDICT_ORDER[a.r.verdict] - VERDICT_ORDER[b.r.verdict] ||
        (a.r.verdict === 'maybe' ? a.r.missing.length - b.r.missing.length || monthly(b.r) - monthly(a.r) : 0) ||
        a.i - b.i,
    )
    .map(({ r }) => r);
}
