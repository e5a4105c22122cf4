// The scan's later-life and family benefits: old age, survivors, long-term care (nursing) and
// income support (facts.ts names what is missing).
import Decimal from 'decimal.js';
import { Candidate } from './candidate';
import {
  age,
  approved,
  children,
  currentDetermination,
  hasSpouse,
  monthlyWorkIncome,
  spouse,
  type ClientFacts,
} from './facts';

function oldAge(facts: ClientFacts, date: string): Candidate[] {
  if (age(facts, date) < 60) return [];
  return [
    new Candidate('old-age', { record: 'client', date })
      .set('date', date)
      .set('birthDate', facts.birthDate)
      .set('sex', facts.sex)
      .known('insuredYears', facts.extra?.insuredYears, 'client.insuredYears')
      .known('monthlyWorkIncome', monthlyWorkIncome(facts, date), 'incomes.income')
      .set('couple', hasSpouse(facts)),
  ];
}

/** A widow(er): by marital status, or a death in the family recorded. */
function survivors(facts: ClientFacts, date: string): Candidate[] {
  const death = facts.events
    .filter((e) => e.kind === 'family_death' && e.eventDate <= date)
    .sort((a, b) => b.eventDate.localeCompare(a.eventDate))[0];
  if (facts.maritalStatus !== 'widowed' && !death) return [];
  if (death && facts.maritalStatus !== 'widowed' && hasSpouse(facts)) return [];
  return [
    new Candidate(
      'survivors',
      death ? { record: 'event', id: death.id, date: death.eventDate } : { record: 'client', date },
    )
      .set('date', date)
      .set('widowAge', age(facts, date))
      .set('children', children(facts, date).length)
      .known('insuredMonthsOfDeceased', facts.extra?.deceasedInsuredMonths, 'family.deceased.insuredMonths')
      .set('widower', facts.sex === 'male')
      .maps('insuredMonthsOfDeceasedLast12', 'family.deceased.insuredMonths')
      .maps('insuredMonthsOfDeceasedLast5Years', 'family.deceased.insuredMonths')
      .maps('insuredMonthsOfDeceasedLast10Years', 'family.deceased.insuredMonths')
      .maps('uninsuredMonthsOfDeceased', 'family.deceased.insuredMonths')
      .maps('deceasedExemptFromQualifying', 'family.deceased.exemptFromQualifying')
      .maps('marriedMonths', 'family.spouse.marriedMonths'),
  ];
}

/** From this age long-term care is proposed to anyone at retirement age, without other signs. */
const NURSING_AGE = 80;

/**
 * Long-term care is for someone at retirement age living at home who depends on others (the NII
 * rights guide 2014, "ביטוח סיעוד"): proposed from the lowest retirement age (women 62, men 67) when
 * the file points to dependence — a nursing claim, a degree of dependence given in a what-if, a
 * special-services determination or a general-disability one of 60% or more — and to everyone from
 * 80. The degree of dependence is then the fact to ask (the NII's assessment gives it).
 */
function nursing(facts: ClientFacts, date: string): Candidate[] {
  const years = age(facts, date);
  if (years < (facts.sex === 'female' ? 62 : 67)) return [];
  const m = currentDetermination(facts, date);
  const pointed =
    facts.extra?.nursingDependency !== undefined ||
    facts.claims.some((c) => c.benefit === 'nursing') ||
    (m !== undefined && ((m.specialServicesPercent ?? 0) > 0 || (m.weightedPercent ?? 0) >= 60)) ||
    years >= NURSING_AGE;
  if (!pointed) return [];
  return [
    new Candidate('nursing', { record: 'client', date })
      .set('date', date)
      .known('dependency', facts.extra?.nursingDependency, 'client.nursingDependency'),
  ];
}

/**
 * The income supplement to the old-age pension is for people past retirement age with little other
 * income (the NII's table "סכומי קצבת אזרח ותיק עם תוספת השלמת הכנסה"): tried from the lowest
 * retirement age (women 62, men 67). Income besides work (a pension, capital) is not in the file: it is
 * the fact to ask, unless a what-if gives it; with the work income it makes the household's income.
 */
function incomeSupplement(facts: ClientFacts, date: string): Candidate[] {
  const years = age(facts, date);
  if (years < (facts.sex === 'female' ? 62 : 67)) return [];
  const own = monthlyWorkIncome(facts, date);
  const partner = hasSpouse(facts) ? (spouse(facts)?.monthlyIncome ?? undefined) : '0';
  const kids = children(facts, date).length;
  const family = `${hasSpouse(facts) ? 'couple' : 'single'}${kids === 0 ? '' : kids === 1 ? '-one-child' : '-two-children'}`;
  const other = facts.extra?.otherIncome;
  const income =
    own === undefined || partner === undefined || other === undefined
      ? undefined
      : new Decimal(own).plus(partner).plus(other).toFixed(2);
  const lacking =
    other === undefined ? 'client.otherIncome' : own === undefined ? 'incomes.income' : 'family.spouse.monthlyIncome';
  return [
    new Candidate('old-age-income-supplement', { record: 'client', date })
      .set('date', date)
      .set('age', years)
      .set('family', family)
      .known('otherMonthlyIncome', income, lacking)
      .set('receivesOldAgePension', approved(facts, 'old_age') ? true : undefined),
  ];
}

function composition(facts: ClientFacts, date: string): string {
  const kids = children(facts, date).length;
  const couple = hasSpouse(facts);
  if (kids === 0) return couple ? 'couple' : 'single';
  const many = kids >= 2 ? 'two-or-more-children' : 'one-child';
  return couple ? `couple-${many}` : `single-parent-${many}`;
}

/**
 * The income test counts the claimant's and the spouse's income (the NII rights guide 2014 "גמלה להבטחת הכנסה ›
 * תנאי הזכאות"): tried only when the claimant's work income is known (recorded, or not working),
 * with the spouse's added. (Beside a pension it is dropped by the scan: see scan-client.ts.)
 */
function incomeSupport(facts: ClientFacts, date: string): Candidate[] {
  const own = monthlyWorkIncome(facts, date);
  const years = age(facts, date);
  if (own === undefined || years < 18 || years >= 67) return [];
  const partner = hasSpouse(facts) ? (spouse(facts)?.monthlyIncome ?? undefined) : '0';
  return [
    new Candidate('income-support', { record: 'client', date })
      .set('date', date)
      .set('age', years)
      .set('familyComposition', composition(facts, date))
      .known(
        'monthlyWorkIncome',
        partner === undefined ? undefined : new Decimal(own).plus(partner).toFixed(2),
        'family.spouse.monthlyIncome',
      )
      .maps('exemptFromWorkTest', 'client.exemptFromWorkTest'),
  ];
}

export function supportCandidates(facts: ClientFacts, date: string): Candidate[] {
  return [
    ...oldAge(facts, date),
    ...incomeSupplement(facts, date),
    ...survivors(facts, date),
    ...nursing(facts, date),
    ...incomeSupport(facts, date),
  ];
}
