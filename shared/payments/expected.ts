// What the rules core says a claim's benefit pays for one month, on the client's facts as they stood
// that month: the scan's candidates for the benefit (their inputs read from the file the same way),
// run on the month's first day with that day's parameter values. A decision on the claim that gives a
// degree counts from the day it pays from, as a determination would.
import Decimal from 'decimal.js';
import type { Benefit } from '../domain/enums';
import { isError, runByName } from '../rules/run';
import { disabilityCandidates } from '../rules/scan/disability';
import type { ClientFacts } from '../rules/scan/facts';
import { supportCandidates } from '../rules/scan/support';
import { workCandidates } from '../rules/scan/work';

export interface ExpectedMonth {
  /** What the month pays; null when the facts do not give it (then `missing` names why). */
  amount: Decimal | null;
  /** false: the facts of the month do not entitle; null: not known. */
  eligible: boolean | null;
  calculator: string | null;
  /** Facts the file lacks for the month (the scan's stable names), or the calculator's refusal. */
  missing: string[];
}

/** A decision on the claim that fixed a degree, and from when it pays. */
export interface DecidedDegree {
  from: string;
  percent: number;
}

const WORK_INJURY_COMMITTEE = 'work_injury_first_tier';

/**
 * The facts with each decided degree as a determination from the day it pays from: for work injury
 * the medical degree, for the others the degree of incapacity over the determination then in force.
 */
export function withDecidedDegrees(facts: ClientFacts, benefit: Benefit, degrees: DecidedDegree[]): ClientFacts {
  const workInjury = benefit === 'work_injury';
  const added = degrees.map((d) => {
    const before = [...facts.medical]
      .filter((m) => m.committeeDate <= d.from && (m.committeeKind === WORK_INJURY_COMMITTEE) === workInjury)
      .sort((a, b) => b.committeeDate.localeCompare(a.committeeDate))[0];
    const base = before ?? {
      committeeDate: d.from,
      weightedPercent: null,
      incapacityPercent: null,
      isPermanent: true,
      validUntil: null,
      specialServicesPercent: null,
      mobilityLimitationPercent: null,
      impairments: [],
    };
    return workInjury
      ? { ...base, committeeKind: WORK_INJURY_COMMITTEE, committeeDate: d.from, weightedPercent: d.percent }
      : { ...base, committeeDate: d.from, incapacityPercent: d.percent, validUntil: null };
  });
  return { ...facts, medical: [...facts.medical, ...added] };
}

const UNKNOWN: ExpectedMonth = { amount: null, eligible: null, calculator: null, missing: [] };

/** The month's amount for the benefit: the first of its monthly calculators that answers. */
export function expectedForMonth(facts: ClientFacts, benefit: Benefit, month: string): ExpectedMonth {
  const date = `${month}-01`;
  const candidates = [
    ...disabilityCandidates(facts, date),
    ...workCandidates(facts, date),
    ...supportCandidates(facts, date),
  ].filter((c) => c.benefit === benefit);
  if (candidates.length === 0) return { ...UNKNOWN, eligible: false };
  let answer: ExpectedMonth = UNKNOWN;
  for (const c of candidates) {
    if (c.missing.length > 0) {
      answer = { ...UNKNOWN, calculator: c.calculator, missing: [...c.missing] };
      continue;
    }
    const result = runByName(c.calculator, c.input);
    if (isError(result)) {
      answer = { ...UNKNOWN, calculator: c.calculator, missing: [result.error.message] };
      continue;
    }
    if (result.eligible === false) {
      answer = { amount: new Decimal(0), eligible: false, calculator: c.calculator, missing: [] };
      continue;
    }
    if (result.unit !== 'month') continue;
    return {
      amount: result.amount === null ? null : new Decimal(result.amount),
      eligible: result.eligible,
      calculator: c.calculator,
      missing: result.missing.map((m) => c.factFor(m)),
    };
  }
  return answer;
}
