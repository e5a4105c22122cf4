// scanClient (handbook §6): every calculator that may apply to what the office knows about a
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
  const base = { calculator: c.calculator, benefit: c.benefit, assumed: [...c.assumed], about: c.about };
  if (c.missing.length > 0) return { ...base, verdict: 'maybe', result: null, missing: [...c.missing] };
  const answer = runByName(c.calculator, c.input);
  if (isError(answer)) {
    if (!warnings.includes(answer.error.message)) warnings.push(answer.error.message);
    const fact = c.factFor(answer.error.field);
    return fact in FACT_NAMES ? { ...base, verdict: 'maybe', result: null, missing: [fact] } : null;
  }
  answer.reasons.push(...c.notes);
  for (const w of answer.warnings) if (!warnings.includes(w)) warnings.push(w);
  return { ...base, verdict: verdictOf(answer), result: answer, missing: [...new Set(answer.missing.map((m) => c.factFor(m)))] };
}

/** Pensions the income-support test counts as income (the NII rights guide 2014 "מבחן הכנסות"), each higher than the benefit. */
const COUNTED_PENSIONS: Benefit[] = ['general_disability', 'old_age', 'survivors'];
const PENSION_NAMES: Partial<Record<Benefit, string>> = { general_disability: 'קצבת נכות כללית', old_age: 'קצבת זקנה', survivors: 'קצבת שאירים' };
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

export function scanClient(facts: ClientFacts, date: string): ScanResult {
  const warnings: string[] = [];
  const rights: ScannedRight[] = [];
  // Income support comes last, after every pension it gives way to.
  for (const candidate of [...disabilityCandidates(facts, date), ...workCandidates(facts, date), ...supportCandidates(facts, date)]) {
    const c = candidate.calculator === 'income-support' ? incomeSupportBeside(candidate, facts, rights) : candidate;
    const right = c && scanned(c, warnings);
    if (right) rights.push(right);
  }
  return { date, rights, deadlines: deadlinesOf(facts, date), warnings };
}
