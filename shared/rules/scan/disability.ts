// The disability benefits a scan tries: general disability, special services, disabled child and
// work disability, with their inputs derived from the client's medical determinations, income and
// family (facts.ts names what is missing).
import { ageOn } from '../../dates';
import { RuleContext } from '../context';
import type { Dependency } from '../parameters/disability';
import { medicalThreshold } from '../parameters/disability';
import { valueOn } from '../parameters/parameter';
import { Candidate, type Assumption } from './candidate';
import {
  age,
  approved,
  children,
  currentDetermination,
  hasSpouse,
  monthlyWorkIncome,
  spouse,
  type ClientFacts,
  type MedicalFacts,
} from './facts';

export const NOT_IN_INSTITUTION: Assumption = {
  fact: 'client.inInstitution',
  text: 'התיק אינו אומר אם המבוטח שוהה במוסד; הבדיקה נעשתה למי שאינו שוהה במוסד.',
};

const known = (value: number | null) => value ?? undefined;

/**
 * The largest single impairment. When none is recorded it is asked for only where it decides the
 * medical threshold (a weighted percent between the reduced and the full threshold); elsewhere the
 * calculator does not read it and 0 stands in.
 */
function maxImpairment(m: MedicalFacts | undefined, date: string): number | undefined {
  if (!m || m.weightedPercent === null) return undefined;
  if (m.impairments.length > 0) return Math.min(m.weightedPercent, Math.max(...m.impairments.map((i) => i.percent)));
  if (date < medicalThreshold.values[0]!.from) return undefined;
  const t = valueOn(medicalThreshold, date, new RuleContext()).value;
  return m.weightedPercent >= t.reducedWeighted && m.weightedPercent < t.weighted ? undefined : 0;
}

function generalDisability(facts: ClientFacts, date: string): Candidate[] {
  const m = currentDetermination(facts, date);
  const years = age(facts, date);
  if (years < 18 || (!m && years >= 67)) return [];
  const c = new Candidate('general-disability', { record: m ? 'medical' : 'client', id: m?.id, date })
    .set('date', date)
    .set('birthDate', facts.birthDate)
    .set('sex', facts.sex)
    .known('resident', facts.residency === null ? undefined : facts.residency === 'resident', 'client.residency')
    .set('housewife', facts.isHousewife)
    .known('weightedMedicalPercent', known(m?.weightedPercent ?? null), 'medical.weightedPercent')
    .known('maxImpairmentPercent', m?.weightedPercent == null ? 0 : maxImpairment(m, date), 'medical.impairments')
    .known('incapacityPercent', known(m?.incapacityPercent ?? null), 'medical.incapacityPercent')
    .known('monthlyWorkIncome', monthlyWorkIncome(facts, date), 'incomes.income')
    .set('children', children(facts, date).length)
    .assume('inInstitution', facts.extra?.inInstitution, undefined, NOT_IN_INSTITUTION)
    .maps('spouse.monthlyIncome', 'family.spouse.monthlyIncome');
  if (hasSpouse(facts)) {
    const income = spouse(facts)?.monthlyIncome;
    c.set('spouse', income == null ? {} : { monthlyIncome: income });
  }
  return [c];
}

/** The special-services percent the committee set, as the dependency level it pays (2014: 50/105/175; 2022: 50/112/188/235). */
function dependencyOf(percent: number): Dependency | null {
  if (percent >= 235) return 'extreme';
  if (percent >= 175) return 'full';
  if (percent >= 105) return 'medium';
  return percent >= 50 ? 'low' : null;
}

function specialServices(facts: ClientFacts, date: string): Candidate[] {
  const m = currentDetermination(facts, date);
  if (!m) return [];
  const percent = m.specialServicesPercent;
  if (percent === null ? (m.weightedPercent ?? 0) < 40 : dependencyOf(percent) === null) return [];
  const receives = approved(facts, 'general_disability');
  const income = monthlyWorkIncome(facts, date);
  const underThree = facts.family.filter(
    (f) => f.relation === 'child' && f.birthDate && f.birthDate <= date && ageOn(f.birthDate, date) < 3,
  ).length;
  return [
    new Candidate('special-services', { record: 'medical', id: m.id, date })
      .set('date', date)
      .set('receivesDisabilityPension', receives)
      .known('weightedMedicalPercent', known(m.weightedPercent), 'medical.weightedPercent')
      .known('dependency', percent === null ? undefined : dependencyOf(percent), 'medical.specialServicesPercent')
      // A pension recipient's work income is not tested: the calculator does not read it then.
      .known('monthlyWorkIncome', income ?? (receives ? '0' : undefined), 'incomes.income')
      .assume('inInstitution', facts.extra?.inInstitution, false, NOT_IN_INSTITUTION)
      .set('childrenUnder3', underThree),
  ];
}

/** A child's grant is tried when the file points to it: a condition given, or a disabled-child claim. */
function disabledChild(facts: ClientFacts, date: string): Candidate[] {
  const claimed = facts.claims.some((c) => c.benefit === 'disabled_child');
  return children(facts, date)
    .filter((child) => child.condition !== undefined || claimed)
    .map((child) =>
      new Candidate('disabled-child', { record: 'family', id: child.id, date })
        .set('date', date)
        .known('childBirthDate', child.birthDate ?? undefined, 'family.child.birthDate')
        .known('condition', child.condition, 'family.child.condition'),
    );
}

function workDisability(facts: ClientFacts, date: string): Candidate[] {
  const m = currentDetermination(facts, date, true);
  if (!m) return [];
  return [
    new Candidate('work-disability', { record: 'medical', id: m.id, date })
      .set('date', date)
      .known('medicalPercent', known(m.weightedPercent), 'medical.weightedPercent')
      .set('permanent', m.isPermanent),
  ];
}

export function disabilityCandidates(facts: ClientFacts, date: string): Candidate[] {
  return [
    ...generalDisability(facts, date),
    ...specialServices(facts, date),
    ...disabledChild(facts, date),
    ...workDisability(facts, date),
  ];
}
