// scanClient (handbook §6): every calculator that may apply to what the office knows about a
// client, with a verdict (eligible / maybe / no), amounts, missing facts and the deadlines that run.
import { addMonths, format, parseISO } from 'date-fns';
import { isError, runByName } from '../run';
import type { RuleResult } from '../types';
import { age, children, currentDetermination, incomeOver, monthsWithIncome, spouse, type ClientFacts } from './facts';

export type Verdict = 'eligible' | 'maybe' | 'no';

export interface ScannedRight {
  calculator: string;
  verdict: Verdict;
  result: RuleResult | null;
  /** Facts the calculator still needs, or the input field it refused. */
  missing: string[];
}

export interface ScanResult {
  date: string;
  rights: ScannedRight[];
  deadlines: RuleResult[];
  warnings: string[];
}

type Candidate = { calculator: string; input: Record<string, unknown> };

const monthlyFrom3 = (facts: ClientFacts, date: string) => incomeOver(facts, date, 3)?.dividedBy(3).toFixed(2);
const threeMonths = (facts: ClientFacts, date: string) => incomeOver(facts, date, 3)?.toFixed(2);
const latest = <T extends { eventDate: string }>(rows: T[]) => [...rows].sort((a, b) => b.eventDate.localeCompare(a.eventDate))[0];
const working = (facts: ClientFacts, date: string) =>
  facts.employment.find((e) => e.startDate <= date && (!e.endDate || e.endDate >= date) && (e.kind === 'employee' || e.kind === 'self_employed'));
const status = (facts: ClientFacts, date: string) => {
  const job = working(facts, date);
  return job ? (job.kind === 'self_employed' ? 'self-employed' : 'employee') : undefined;
};

/** Which calculators to try for this client, with the inputs the facts give (undefined = unknown). */
function candidates(facts: ClientFacts, date: string): Candidate[] {
  const out: Candidate[] = [];
  const years = age(facts, date);
  const medical = currentDetermination(facts, date);
  const income = monthlyFrom3(facts, date);
  const common = { date, birthDate: facts.birthDate, sex: facts.sex };

  if (medical || years < 67) {
    out.push({
      calculator: 'general-disability',
      input: {
        ...common,
        resident: facts.residency === null ? undefined : facts.residency === 'resident',
        housewife: facts.isHousewife,
        weightedMedicalPercent: medical?.weightedPercent ?? undefined,
        maxImpairmentPercent: medical?.impairments.length ? Math.max(...medical.impairments.map((i) => i.percent)) : undefined,
        incapacityPercent: medical?.incapacityPercent ?? undefined,
        monthlyWorkIncome: income,
        spouse: spouse(facts) ? { monthlyIncome: spouse(facts)!.monthlyIncome ?? undefined } : undefined,
        children: children(facts, date).length,
      },
    });
  }
  if (medical?.specialServicesPercent != null || (medical?.weightedPercent ?? 0) >= 60) {
    out.push({ calculator: 'special-services', input: { date, weightedMedicalPercent: medical?.weightedPercent ?? undefined, monthlyWorkIncome: income } });
  }
  if (years >= 60) {
    out.push({ calculator: 'old-age', input: { ...common, monthlyWorkIncome: income ?? '0', couple: facts.maritalStatus === 'married' } });
  }
  const injury = latest(facts.events.filter((e) => e.kind === 'work_injury'));
  if (injury) {
    out.push({ calculator: 'work-injury-allowance', input: { date: injury.eventDate, status: status(facts, injury.eventDate), wagesLast3Months: threeMonths(facts, injury.eventDate), incapacityDays: injury.days ?? undefined } });
  }
  const accident = latest(facts.events.filter((e) => e.kind === 'accident'));
  if (accident) {
    out.push({ calculator: 'accident', input: { date: accident.eventDate, status: status(facts, accident.eventDate) ?? (facts.isHousewife ? 'housewife' : 'not-working'), age: age(facts, accident.eventDate), wagesLast3Months: threeMonths(facts, accident.eventDate), incapacityDays: accident.days ?? undefined } });
  }
  for (const service of facts.events.filter((e) => e.kind === 'reserve_duty')) {
    out.push({ calculator: 'reserve-duty', input: { date: service.eventDate, status: status(facts, service.eventDate) ?? 'not-working', incomeLast3Months: threeMonths(facts, service.eventDate), days: service.days ?? undefined } });
  }
  if (facts.employment.some((e) => e.kind === 'unemployed' && (!e.endDate || e.endDate >= date))) {
    out.push({
      calculator: 'unemployment',
      input: { date, age: years, dependents: facts.family.filter((f) => f.isDependant).length, insuredMonthsLast18: monthsWithIncome(facts, date, 18) },
    });
  }
  if (facts.events.some((e) => e.kind === 'family_death') && spouse(facts) === undefined && facts.maritalStatus === 'widowed') {
    out.push({ calculator: 'survivors', input: { date, widowAge: years, children: children(facts, date).length } });
  }
  return out;
}

function verdictOf(result: RuleResult): Verdict {
  return result.eligible === true ? 'eligible' : result.eligible === false ? 'no' : 'maybe';
}

/** Deadlines that run from decisions and events the office has recorded, still open on `date`. */
function deadlines(facts: ClientFacts, date: string): RuleResult[] {
  const from: { kind: string; from: string }[] = [];
  for (const claim of facts.claims) {
    if (!claim.decidedDate || claim.outcome === 'approved') continue;
    from.push({ kind: 'labor-court-claim', from: claim.decidedDate }, { kind: 'claims-committee', from: claim.decidedDate });
  }
  const byEvent: Record<string, string> = {
    work_injury: 'work-injury-claim',
    accident: 'accident-claim',
    hostile_action: 'hostile-action-claim',
    army_discharge: 'discharged-soldier-grant',
  };
  for (const event of facts.events) if (byEvent[event.kind]) from.push({ kind: byEvent[event.kind]!, from: event.eventDate });
  const horizon = format(addMonths(parseISO(date), -48), 'yyyy-MM-dd');
  return from
    .filter((d) => d.from >= horizon)
    .map((d) => runByName('deadline', d))
    .filter((r): r is RuleResult => !isError(r) && (r.details.dueDate as string) >= date)
    .sort((a, b) => (a.details.dueDate as string).localeCompare(b.details.dueDate as string));
}

export function scanClient(facts: ClientFacts, date: string): ScanResult {
  const warnings: string[] = [];
  const rights: ScannedRight[] = [];
  for (const { calculator, input } of candidates(facts, date)) {
    const clean = JSON.parse(JSON.stringify(input)) as Record<string, unknown>; // drops the unknowns
    const answer = runByName(calculator, clean);
    if (!isError(answer)) {
      rights.push({ calculator, verdict: verdictOf(answer), result: answer, missing: answer.missing });
      for (const w of answer.warnings) if (!warnings.includes(w)) warnings.push(w);
    } else if (answer.error.field === 'calculator') {
      warnings.push(answer.error.message);
    } else {
      rights.push({ calculator, verdict: 'maybe', result: null, missing: [answer.error.field] });
    }
  }
  return { date, rights, deadlines: deadlines(facts, date), warnings };
}
