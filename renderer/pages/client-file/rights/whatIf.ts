// What-if: the facts a lawyer may change to see how the answer moves, read from a client's facts
// and written back into a copy of them (never saved). scanClient then runs on the copy.
import { addMonths, format, parseISO } from 'date-fns';
import {
  children,
  currentDetermination,
  incomeOver,
  spouse,
  type ClientFacts,
  type ExtraFacts,
  type NursingDependency,
} from '../../../../shared/rules/scan/facts';

export interface WhatIfValues {
  incapacityPercent: number | null;
  weightedPercent: number | null;
  /** The highest single impairment: with a weighted 40–59% it decides general disability's threshold. */
  maxImpairmentPercent: number | null;
  /** The special-services percent of the determination: it gives the dependency level. */
  specialServicesPercent: number | null;
  /** ₪ a month from work, a decimal string. */
  monthlyIncome: string | null;
  maritalStatus: string | null;
  spouseIncome: string | null;
  children: number;
  // Facts the file does not hold (facts.ts ExtraFacts): only a what-if gives them.
  inInstitution: boolean | null;
  insuredYears: number | null;
  nursingDependency: NursingDependency | null;
  medicalCheckWithin72h: boolean | null;
  deceasedInsuredMonths: number | null;
}

export const EXTRA_KEYS = [
  'inInstitution',
  'insuredYears',
  'nursingDependency',
  'medicalCheckWithin72h',
  'deceasedInsuredMonths',
] as const satisfies readonly (keyof ExtraFacts & keyof WhatIfValues)[];

/** The scan's missing-fact names for the facts only a what-if gives (facts.ts), and their what-if field. */
export const WHAT_IF_FACTS: Record<string, (typeof EXTRA_KEYS)[number]> = {
  'client.inInstitution': 'inInstitution',
  'client.insuredYears': 'insuredYears',
  'client.nursingDependency': 'nursingDependency',
  'events.medicalCheckWithin72h': 'medicalCheckWithin72h',
  'family.deceased.insuredMonths': 'deceasedInsuredMonths',
};

export type WhatIfChanges = Partial<WhatIfValues>;

const COUPLE = new Set(['married', 'common_law']);

/** The values as the stored facts give them on `date` (null: not known). */
export function whatIfOf(facts: ClientFacts, date: string): WhatIfValues {
  const medical = currentDetermination(facts, date);
  return {
    incapacityPercent: medical?.incapacityPercent ?? null,
    weightedPercent: medical?.weightedPercent ?? null,
    maxImpairmentPercent:
      medical && medical.impairments.length > 0 ? Math.max(...medical.impairments.map((i) => i.percent)) : null,
    specialServicesPercent: medical?.specialServicesPercent ?? null,
    monthlyIncome: incomeOver(facts, date, 3)?.dividedBy(3).toFixed(2) ?? null,
    maritalStatus: facts.maritalStatus,
    spouseIncome: spouse(facts)?.monthlyIncome ?? null,
    children: children(facts, date).length,
    inInstitution: facts.extra?.inInstitution ?? null,
    insuredYears: facts.extra?.insuredYears ?? null,
    nursingDependency: facts.extra?.nursingDependency ?? null,
    medicalCheckWithin72h: facts.extra?.medicalCheckWithin72h ?? null,
    deceasedInsuredMonths: facts.extra?.deceasedInsuredMonths ?? null,
  };
}

/** Only the values that differ from the stored ones. */
export function changesFrom(base: WhatIfValues, values: WhatIfValues): WhatIfChanges {
  const changes: WhatIfChanges = {};
  for (const key of Object.keys(base) as (keyof WhatIfValues)[]) {
    if (values[key] !== base[key]) Object.assign(changes, { [key]: values[key] });
  }
  return changes;
}

type Determination = ClientFacts['medical'][number];

function determinationFor(copy: ClientFacts, date: string): Determination {
  const current = currentDetermination(copy, date);
  if (current) return current;
  const added: Determination = {
    committeeDate: date,
    weightedPercent: null,
    incapacityPercent: null,
    isPermanent: false,
    validUntil: null,
    specialServicesPercent: null,
    mobilityLimitationPercent: null,
    impairments: [],
  };
  copy.medical.push(added);
  return added;
}

function setMedical(copy: ClientFacts, date: string, changes: WhatIfChanges): void {
  const { incapacityPercent, weightedPercent, specialServicesPercent, maxImpairmentPercent } = changes;
  if (
    [incapacityPercent, weightedPercent, specialServicesPercent, maxImpairmentPercent].every(
      (value) => value === undefined,
    )
  )
    return;
  const medical = determinationFor(copy, date);
  if (incapacityPercent !== undefined) medical.incapacityPercent = incapacityPercent;
  if (specialServicesPercent !== undefined) medical.specialServicesPercent = specialServicesPercent;
  // The scan reads only the highest impairment: one impairment of that percent stands for the list.
  if (maxImpairmentPercent !== undefined)
    medical.impairments = maxImpairmentPercent === null ? [] : [{ percent: maxImpairmentPercent }];
  if (weightedPercent !== undefined) {
    medical.weightedPercent = weightedPercent;
    // A single impairment cannot exceed the weighted whole; the rules refuse such input.
    const cap = weightedPercent ?? 0;
    medical.impairments = medical.impairments.map((i) => ({ ...i, percent: Math.min(i.percent, cap) }));
  }
}

/** The monthly income stands for each of the three months the rules average over. */
function setIncome(copy: ClientFacts, date: string, income: string | null): void {
  const months = [1, 2, 3].map((back) => format(addMonths(parseISO(date), -back), 'yyyy-MM'));
  copy.incomes = copy.incomes.filter((row) => !months.includes(row.month));
  if (income !== null) copy.incomes.push(...months.map((month) => ({ month, source: 'employee', income })));
}

function setFamily(copy: ClientFacts, date: string, changes: WhatIfChanges): void {
  if (changes.maritalStatus !== undefined) {
    copy.maritalStatus = changes.maritalStatus;
    if (!COUPLE.has(changes.maritalStatus ?? '')) copy.family = copy.family.filter((f) => f.relation !== 'spouse');
  }
  const inCouple = COUPLE.has(copy.maritalStatus ?? '');
  if (inCouple && !spouse(copy) && (changes.maritalStatus !== undefined || changes.spouseIncome !== undefined)) {
    copy.family.push({ relation: 'spouse', birthDate: null, monthlyIncome: null, isDependant: false });
  }
  const partner = spouse(copy);
  if (partner && changes.spouseIncome !== undefined) partner.monthlyIncome = changes.spouseIncome;
  if (changes.children !== undefined) {
    const minors = new Set(children(copy, date));
    copy.family = copy.family.filter((f) => !minors.has(f));
    for (let i = 0; i < changes.children; i++)
      copy.family.push({ relation: 'child', birthDate: null, monthlyIncome: null, isDependant: true });
  }
}

/** A copy of the facts with the changes written in; the stored facts are left as they were. */
export function applyWhatIf(facts: ClientFacts, date: string, changes: WhatIfChanges): ClientFacts {
  const copy = structuredClone(facts);
  setMedical(copy, date, changes);
  if (changes.monthlyIncome !== undefined) setIncome(copy, date, changes.monthlyIncome);
  setFamily(copy, date, changes);
  for (const key of EXTRA_KEYS) {
    if (changes[key] === undefined) continue;
    const extra: Record<string, unknown> = { ...copy.extra };
    if (changes[key] === null) delete extra[key];
    else extra[key] = changes[key];
    copy.extra = extra as ExtraFacts;
  }
  return copy;
}
