// What the appeal estimate of a claim is computed from: the claim's latest committee outcome (its
// impairments with the percents determined and claimed), else its latest decision's percent; the
// client's facts as the rights scan reads them; the full work-disability pension the decision implies;
// the fee agreement's information sheet; and the appeal deadline the existing rules give.
// The representative is taken to be a lawyer at the committees stage: the office is a law office and
// an appeal on a committee's outcome is argued at the medical appeals committee (Amendment 161).
import Decimal from 'decimal.js';
import type { Benefit } from '../../shared/domain/enums';
import type { ClaimAppealValue, Decision } from '../../shared/schemas/claims';
import type { Committee } from '../../shared/schemas/committees';
import { appealValue, type AppealValueInput } from '../../shared/rules/appeal-value';
import { disabilityCandidates } from '../../shared/rules/scan/disability';
import type { ClientFacts } from '../../shared/rules/scan/facts';
import type { ClientFile } from '../../shared/api/procedures/clients/file';
import { appealDeadlines } from './appeal-deadlines';
import { committeeDeadlines } from './committee-deadlines';
import { hasOutcome } from './committee-determination';
import type { ClaimRow } from '../../db/repositories/claims';

export interface AppealBasis {
  claim: ClaimRow;
  /** The claim's committees, earliest first. */
  committees: Committee[];
  /** The claim's decisions, earliest first. */
  decisions: Decision[];
  file: ClientFile;
  facts: ClientFacts;
  date: string;
}

/** The medical percents the estimate supplies itself: the file's are not asked for. */
const SUPPLIED = new Set(['medical.weightedPercent', 'medical.impairments']);

/**
 * The general-disability input the rights scan builds from the file, the incapacity degree taken from
 * the latest determination that has one (a committee's own determination holds none).
 */
function generalDisabilityInput(facts: ClientFacts, date: string): AppealValueInput['generalDisability'] {
  const incapacity = facts.medical
    .filter((m) => m.incapacityPercent !== null && m.committeeDate <= date)
    .sort((a, b) => a.committeeDate.localeCompare(b.committeeDate))
    .at(-1)?.incapacityPercent;
  const withIncapacity = {
    ...facts,
    medical: facts.medical.map((m) => ({ ...m, incapacityPercent: incapacity ?? null })),
  };
  const candidate = disabilityCandidates(withIncapacity, date).find((c) => c.calculator === 'general-disability');
  if (!candidate) return { input: {}, missing: ['קצבת נכות כללית משולמת מגיל 18 ועד גיל הפרישה'] };
  return { input: candidate.input, missing: candidate.missing.filter((fact) => !SUPPLIED.has(fact)) };
}

/** The full (100%) monthly pension a work-disability decision implies: its amount over its degree. */
function fullPension(decision: Decision | undefined): string | null {
  if (!decision?.monthlyAmount || !decision.percent) return null;
  return new Decimal(decision.monthlyAmount).times(100).dividedBy(decision.percent).toFixed(2);
}

/** Whether the client's fee agreement for the benefit records the information sheet handed over; null: none. */
function informationSheetGiven(file: ClientFile, benefit: Benefit): boolean | null {
  const agreement = file.fees.filter((f) => f.cancelledDate === null && f.benefits.includes(benefit)).at(-1);
  return agreement ? agreement.informationSheetGiven : null;
}

function deadlineOf(basis: AppealBasis, committee: Committee | undefined, decision: Decision | undefined) {
  if (committee) {
    const [first] = committeeDeadlines(committee);
    if (first) return { dueDate: first.dueDate, title: first.title };
  }
  if (!decision) return null;
  const routes = appealDeadlines({ ...decision, benefit: basis.claim.benefit }, false);
  const chosen = routes.find((r) => r.route === 'medical_appeal') ?? routes[0];
  return chosen ? { dueDate: chosen.dueDate, title: chosen.title } : null;
}

export function claimAppealValue(basis: AppealBasis): ClaimAppealValue | null {
  const committee = basis.committees.filter(hasOutcome).at(-1);
  const decision = basis.decisions.at(-1);
  if (!committee && decision?.percent == null) return null;
  const { claim, date } = basis;
  const value = appealValue({
    benefit: claim.benefit,
    impairments: (committee?.outcome ?? []).map((item) => ({
      section: item.section,
      description: item.description,
      determined: item.percent,
      claimed: item.claimedPercent,
    })),
    recordedWeighted: committee ? committee.weightedPercent : (decision?.percent ?? null),
    date,
    from: decision?.retroactiveFrom ?? committee?.committeeDate ?? decision?.decidedDate ?? date,
    generalDisability: generalDisabilityInput(basis.facts, date),
    workDisability: {
      permanent: !(committee?.outcome ?? []).some((item) => item.isTemporary),
      fullPension: fullPension(decision),
    },
    representativeIsLawyer: true,
    informationSheetGiven: informationSheetGiven(basis.file, claim.benefit),
  });
  return {
    ...value,
    basis: {
      committeeId: committee?.id ?? null,
      committeeDate: committee?.committeeDate ?? null,
      decisionId: decision?.id ?? null,
    },
    deadline: deadlineOf(basis, committee, decision),
  };
}
