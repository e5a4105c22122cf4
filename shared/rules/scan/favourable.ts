// A known fact that rules a benefit out is applied before any missing fact is asked for: the
// calculator is run with every missing input at the value most favourable to the client. If it still
// says "no", what the file knows (an age past retirement, a residence abroad, an income over the
// ceiling, a medical percent under the threshold) excludes the benefit, whatever the missing facts
// turn out to be. The same run gives what the benefit is worth at best, for ranking.
import type { Candidate } from './candidate';

type Fill = unknown | ((input: Record<string, unknown>) => unknown);

/** Per calculator: the most favourable value of each input the scan may lack. */
const FAVOURABLE: Record<string, Record<string, Fill>> = {
  'general-disability': {
    resident: true,
    weightedMedicalPercent: 100,
    maxImpairmentPercent: (i: Record<string, unknown>) => i.weightedMedicalPercent ?? 100,
    incapacityPercent: 100,
    monthlyWorkIncome: '0',
  },
  'special-services': { weightedMedicalPercent: 100, dependency: 'extreme', monthlyWorkIncome: '0' },
  'work-disability': { medicalPercent: 100 },
  // From birth, until 18 (the 2022 report): the ground with the widest ages.
  'disabled-child': { condition: 'special-impairment' },
  'old-age': { insuredYears: 45, monthlyWorkIncome: '0' },
  survivors: { insuredMonthsOfDeceased: 600 },
  nursing: { dependency: 'full' },
  'income-support': { monthlyWorkIncome: '0' },
  'old-age-income-supplement': { otherMonthlyIncome: '0' },
  unemployment: { insuredMonthsLast18: 18 },
  maternity: { insuredMonthsLast14: 14, insuredMonthsLast22: 22 },
};

/** The candidate's input with each missing fact at its most favourable; null when one has no such value. */
export function favourableInput(c: Candidate): Record<string, unknown> | null {
  const fills = FAVOURABLE[c.calculator];
  if (!fills) return null;
  const input = { ...c.input };
  const fields = c.missing.flatMap((fact) =>
    Object.entries(c.factOf)
      .filter(([, f]) => f === fact)
      .map(([field]) => field),
  );
  if (
    fields.length === 0 ||
    c.missing.some((fact) => !Object.values(c.factOf).includes(fact)) ||
    fields.some((field) => !(field in fills))
  )
    return null;
  // Plain values first: a computed one (the largest impairment) may read them.
  const ordered = [...fields].sort(
    (a, b) => Number(typeof fills[a] === 'function') - Number(typeof fills[b] === 'function'),
  );
  for (const field of ordered) {
    const fill = fills[field];
    input[field] = typeof fill === 'function' ? (fill as (i: Record<string, unknown>) => unknown)(input) : fill;
  }
  return input;
}
