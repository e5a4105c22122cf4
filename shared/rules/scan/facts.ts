// What the office knows about a client, as the rules core reads it: plain data built from the
// store by the services (main/services/client-facts.ts factsOf) or typed into a what-if by the UI.
// Amounts are decimal strings in ₪.
//
// Missing facts: when a calculator needs a fact the client's file does not hold, the scan names it
// in `missing` by one of the stable names of FACT_NAMES below (the same names in `assumed` for
// facts it had to assume). A calculator may also ask a question of its own in Hebrew (e.g. a
// woman's retirement age by her birth month); that is passed on as it is.
import Decimal from 'decimal.js';
import { addMonths, format, parseISO } from 'date-fns';
import type { Benefit } from '../../domain/enums';
import { ageOn } from '../../dates';
import { memoByKey } from '../memo';

/** Every fact name a scan may give in `missing` or `assumed`, with the form field (or question) that supplies it. */
export const FACT_NAMES = {
  'client.birthDate': 'client form: birth date',
  'client.sex': 'client form: sex',
  'client.residency': 'client form: residency',
  'client.maritalStatus': 'client form: marital status (with the family: the family composition)',
  'medical.weightedPercent': 'medical form: weighted medical disability of the determination in force',
  'medical.incapacityPercent': 'medical form: degree of incapacity to earn',
  'medical.impairments': 'medical form: the single impairments and their percents',
  'medical.specialServicesPercent': 'medical form: special-services percent (it gives the dependency level)',
  'incomes.income': 'incomes form: monthly work income for the months before the date',
  'employment.kind': 'employment form: work status on the date',
  'employment.endDate': 'employment form: the day work stopped (maternity: the determining day)',
  'events.days': 'events form: days of incapacity or of service',
  'family.spouse.monthlyIncome': "family form: the spouse's monthly income",
  'family.child.birthDate': "family form: a child's birth date",
  // Not held by the store yet: only a what-if gives them (ClientFacts.extra, family[].condition).
  'client.inInstitution': 'what-if: living in an institution (the scan assumes not, and says so)',
  'client.insuredYears': 'what-if: years of insurance (old age)',
  'client.nursingDependency': 'what-if: degree of dependence for long-term care',
  'client.otherIncome':
    "what-if: income besides work and the old-age pension (a pension, capital), for the income supplement's test",
  'client.exemptFromWorkTest': 'question: exempt from the income-support work test',
  'client.unemploymentConditionsAt18to20': 'question: the conditions under which someone of 18–20 is paid unemployment',
  'client.referredToVocationalTraining': 'question: referred to vocational training by the employment service',
  'events.medicalCheckWithin72h': 'what-if: examined by a doctor within 72 hours of the accident',
  'events.unemploymentDailyRate': 'question: the daily unemployment benefit of an unemployed reservist',
  'family.deceased.insuredMonths': "what-if: the deceased spouse's months of insurance (survivors)",
  'family.deceased.exemptFromQualifying': 'question: the deceased was exempt from the qualifying period',
  'family.spouse.marriedMonths': 'question: how long the marriage lasted (survivors)',
  'family.child.condition': "what-if: the ground of a disabled child's entitlement",
} as const;
export type FactName = keyof typeof FACT_NAMES;

export type ChildCondition =
  | 'adl-dependence'
  | 'constant-supervision'
  | 'special-impairment'
  | 'special-medical-treatment'
  | 'developmental-delay';
export type NursingDependency = 'none' | 'large' | 'supervision' | 'very-large' | 'full' | 'constant-supervision';

/** Facts the store does not hold; a what-if may give them. */
export interface ExtraFacts {
  inInstitution?: boolean;
  insuredYears?: number;
  nursingDependency?: NursingDependency;
  medicalCheckWithin72h?: boolean;
  deceasedInsuredMonths?: number;
  /** ₪ a month the household has besides work and the old-age pension (a pension, capital): the income supplement's test. */
  otherIncome?: string;
}

export interface ClientFacts {
  birthDate: string;
  sex: 'male' | 'female';
  maritalStatus: string | null;
  residency: string | null;
  isHousewife: boolean;
  family: {
    id?: number;
    relation: string;
    birthDate: string | null;
    monthlyIncome: string | null;
    isDependant: boolean;
    condition?: ChildCondition;
  }[];
  employment: { kind: string; startDate: string; endDate: string | null }[];
  incomes: { month: string; source: string; income: string }[];
  medical: {
    id?: number;
    committeeKind?: string;
    committeeDate: string;
    weightedPercent: number | null;
    incapacityPercent: number | null;
    isPermanent: boolean;
    validUntil: string | null;
    specialServicesPercent: number | null;
    mobilityLimitationPercent: number | null;
    impairments: { percent: number }[];
  }[];
  events: { id?: number; kind: string; eventDate: string; endDate: string | null; days: number | null }[];
  claims: {
    id?: number;
    benefit: string;
    status: string;
    decidedDate: string | null;
    outcome: string | null;
    filedDate?: string | null;
    /** The day the decision reached the client (deadlines run from it); the decision date when unknown. */
    receivedDate?: string | null;
    appealRoute?: string | null;
  }[];
  extra?: ExtraFacts;
}

export type MedicalFacts = ClientFacts['medical'][number];

export const age = (facts: ClientFacts, date: string) => ageOn(facts.birthDate, date);

const WORK_INJURY_COMMITTEES = ['work_injury_first_tier', 'work_injury_appeals'];
const isWorkInjury = (m: MedicalFacts) => WORK_INJURY_COMMITTEES.includes(m.committeeKind ?? '');

/** The latest determination in force on `date` (general disability when `workInjury` is false). */
export function currentDetermination(facts: ClientFacts, date: string, workInjury = false): MedicalFacts | undefined {
  return [...facts.medical]
    .filter((m) => isWorkInjury(m) === workInjury && m.committeeDate <= date && (!m.validUntil || m.validUntil >= date))
    .sort((a, b) => b.committeeDate.localeCompare(a.committeeDate))[0];
}

/** Months before `date` (not including its month), newest first, as YYYY-MM; "date|count". */
const monthsBefore = memoByKey((key: string): ReadonlySet<string> => {
  const [date, count] = key.split('|') as [string, string];
  return new Set(
    Array.from({ length: Number(count) }, (_, i) => format(addMonths(parseISO(date), -(i + 1)), 'yyyy-MM')),
  );
});

const incomeRows = (facts: ClientFacts, date: string, months: number) => {
  const wanted = monthsBefore(`${date}|${months}`);
  return facts.incomes.filter((i) => wanted.has(i.month));
};

/** Work income of the given months summed (all sources), or null when none is recorded. */
export function incomeOver(facts: ClientFacts, date: string, months: number): Decimal | null {
  const rows = incomeRows(facts, date, months);
  return rows.length === 0 ? null : rows.reduce((sum, r) => sum.plus(r.income), new Decimal(0));
}

/** Months with income among the `window` months before `date`, or null when none is recorded at all. */
export function monthsWithIncome(facts: ClientFacts, date: string, window: number): number | null {
  const rows = incomeRows(facts, date, window);
  if (rows.length === 0) return null;
  return new Set(rows.filter((r) => new Decimal(r.income).gt(0)).map((r) => r.month)).size;
}

/** The employment period covering `date`, if any. */
export const employmentOn = (facts: ClientFacts, date: string) =>
  facts.employment.find((e) => e.startDate <= date && (!e.endDate || e.endDate >= date));

const NOT_EARNING = ['not_working', 'unemployed', 'unpaid_leave'];

/**
 * Monthly work income: the average of the three months before `date`; zero for someone recorded as
 * not working then (or a housewife with no work recorded); undefined when the file cannot say.
 */
export function monthlyWorkIncome(facts: ClientFacts, date: string): string | undefined {
  const three = incomeOver(facts, date, 3);
  if (three) return three.dividedBy(3).toFixed(2);
  const job = employmentOn(facts, date);
  if (job ? NOT_EARNING.includes(job.kind) : facts.isHousewife && facts.employment.length === 0) return '0';
  return undefined;
}

export const spouse = (facts: ClientFacts) => facts.family.find((f) => f.relation === 'spouse');
export const hasSpouse = (facts: ClientFacts) =>
  spouse(facts) !== undefined || facts.maritalStatus === 'married' || facts.maritalStatus === 'common_law';

/** Children under 18 on `date`; a child without a birth date is counted (the file does not say otherwise). */
export const children = (facts: ClientFacts, date: string) =>
  facts.family.filter(
    (f) => f.relation === 'child' && (!f.birthDate || (f.birthDate <= date && ageOn(f.birthDate, date) < 18)),
  );

/** Claims for `benefit` that went past preparation (filed or later). */
export const filedClaims = (facts: ClientFacts, benefit: Benefit) =>
  facts.claims.filter((c) => c.benefit === benefit && c.status !== 'draft' && c.status !== 'ready');

export const approved = (facts: ClientFacts, benefit: Benefit) =>
  facts.claims.some((c) => c.benefit === benefit && (c.outcome === 'approved' || c.outcome === 'partly'));
