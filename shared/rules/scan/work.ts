// The work and event benefits a scan tries: injury allowance, accident allowance, reserve duty,
// unemployment and maternity — each from the event, employment period or birth it is about, with
// the income of the months before it (facts.ts names what is missing).
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { ageOn } from '../../dates';
import { memoByKey } from '../memo';
import { Candidate } from './candidate';
import { employmentOn, incomeOver, monthsWithIncome, type ClientFacts } from './facts';

type Event = ClientFacts['events'][number];
type Status = 'employee' | 'self-employed' | 'not-working' | 'unemployed';

const STATUS: Record<string, Status> = {
  employee: 'employee',
  self_employed: 'self-employed',
  unemployed: 'unemployed',
  not_working: 'not-working',
  unpaid_leave: 'not-working',
};
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** Work status on `date` by the employment periods; undefined when none covers it. */
const statusOn = (facts: ClientFacts, date: string): Status | undefined => {
  const job = employmentOn(facts, date);
  return job ? STATUS[job.kind] : undefined;
};

const wagesBefore = (facts: ClientFacts, date: string) => incomeOver(facts, date, 3)?.toFixed(2);

/** Recorded days, else the days from the day after the event to its end. */
const incapacityDays = (e: Event) =>
  e.days ?? (e.endDate ? differenceInCalendarDays(parseISO(e.endDate), parseISO(e.eventDate)) : undefined);
/** Recorded days of service, else from the first to the last day. */
const serviceDays = (e: Event) =>
  e.days ?? (e.endDate ? differenceInCalendarDays(parseISO(e.endDate), parseISO(e.eventDate)) + 1 : undefined);

/** The first day of the two years up to a scan date (the same for every client of a scan). */
const twoYearsBefore = memoByKey((date) => iso(addMonths(parseISO(date), -24)));
/** The first day of the 12 months up to a scan date. */
const yearBefore = memoByKey((date) => iso(addDays(addMonths(parseISO(date), -12), 1)));

/** Events of `kinds` in the two years up to `date`: older ones are past their claim periods. */
const recent = (facts: ClientFacts, date: string, kinds: string[]) => {
  const from = twoYearsBefore(date);
  return facts.events.filter((e) => kinds.includes(e.kind) && e.eventDate <= date && e.eventDate >= from);
};

function injuryAllowance(facts: ClientFacts, date: string): Candidate[] {
  return recent(facts, date, ['work_injury', 'occupational_disease']).flatMap((e) => {
    const status = statusOn(facts, e.eventDate);
    if (status === 'not-working' || status === 'unemployed') return [];
    return [
      new Candidate('work-injury-allowance', { record: 'event', id: e.id, date: e.eventDate })
        .set('date', e.eventDate)
        .known('status', status, 'employment.kind')
        .known('wagesLast3Months', wagesBefore(facts, e.eventDate), 'incomes.income')
        .known('incapacityDays', incapacityDays(e), 'events.days'),
    ];
  });
}

/** The accident allowance's status: a worker's, else a housewife's, else not working. */
function accidentStatus(
  facts: ClientFacts,
  date: string,
): 'employee' | 'self-employed' | 'housewife' | 'not-working' | undefined {
  const status = statusOn(facts, date);
  if (status === 'employee' || status === 'self-employed') return status;
  if (facts.isHousewife) return 'housewife';
  return status ? 'not-working' : undefined;
}

function accident(facts: ClientFacts, date: string): Candidate[] {
  return recent(facts, date, ['accident']).map((e) => {
    return new Candidate('accident', { record: 'event', id: e.id, date: e.eventDate })
      .set('date', e.eventDate)
      .known('status', accidentStatus(facts, e.eventDate), 'employment.kind')
      .set('age', ageOn(facts.birthDate, e.eventDate))
      .known('incapacityDays', incapacityDays(e), 'events.days')
      .known('medicalCheckWithin72h', facts.extra?.medicalCheckWithin72h, 'events.medicalCheckWithin72h')
      .set('wagesLast3Months', wagesBefore(facts, e.eventDate))
      .maps('wagesLast3Months', 'incomes.income')
      .maps('sex', 'client.sex')
      .maps('birthDate', 'client.birthDate');
  });
}

function reserveDuty(facts: ClientFacts, date: string): Candidate[] {
  return recent(facts, date, ['reserve_duty']).map((e) =>
    new Candidate('reserve-duty', { record: 'event', id: e.id, date: e.eventDate })
      .set('date', e.eventDate)
      .known('status', statusOn(facts, e.eventDate), 'employment.kind')
      .known('days', serviceDays(e), 'events.days')
      .set('incomeLast3Months', wagesBefore(facts, e.eventDate))
      .maps('incomeLast3Months', 'incomes.income')
      .maps('unemploymentDailyRate', 'events.unemploymentDailyRate'),
  );
}

function unemployment(facts: ClientFacts, date: string): Candidate[] {
  const period = facts.employment.find(
    (e) => e.kind === 'unemployed' && e.startDate <= date && (!e.endDate || e.endDate >= date),
  );
  if (!period) return [];
  const start = period.startDate;
  const discharged = facts.events.some(
    (e) => e.kind === 'army_discharge' && e.eventDate <= start && e.eventDate >= iso(addMonths(parseISO(start), -12)),
  );
  return [
    new Candidate('unemployment', { record: 'employment', date: start })
      .set('date', start)
      .set('age', ageOn(facts.birthDate, start))
      .set('dependents', facts.family.filter((f) => f.isDependant).length)
      .known('insuredMonthsLast18', monthsWithIncome(facts, start, 18) ?? undefined, 'incomes.income')
      .set('dischargedSoldier', discharged || undefined)
      .maps('conditionsForAge18to20', 'client.unemploymentConditionsAt18to20')
      .maps('referredToVocationalTraining', 'client.referredToVocationalTraining'),
  ];
}

const BIRTH_AS_DETERMINING_DAY = {
  fact: 'employment.endDate',
  text: 'היום הקובע לדמי לידה הוא היום שבו היולדת הפסיקה לעבוד, והוא אינו רשום בתיק; נלקח יום הלידה.',
};

/** A mother of a child born in the last 12 months (the claim period); the birth is taken as the determining day. */
function maternity(facts: ClientFacts, date: string): Candidate[] {
  if (facts.sex !== 'female') return [];
  const from = yearBefore(date);
  return facts.family
    .filter((f) => f.relation === 'child' && f.birthDate && f.birthDate <= date && f.birthDate >= from)
    .map((child) => {
      const birth = child.birthDate!;
      const three = incomeOver(facts, birth, 3);
      return new Candidate('maternity', { record: 'family', id: child.id, date: birth })
        .set('date', birth)
        .known('insuredMonthsLast14', monthsWithIncome(facts, birth, 14) ?? undefined, 'incomes.income')
        .known('insuredMonthsLast22', monthsWithIncome(facts, birth, 22) ?? undefined, 'incomes.income')
        .set('dailyWage', three?.dividedBy(90).toFixed(2))
        .maps('dailyWage', 'incomes.income')
        .suppose(BIRTH_AS_DETERMINING_DAY);
    });
}

export function workCandidates(facts: ClientFacts, date: string): Candidate[] {
  return [
    ...injuryAllowance(facts, date),
    ...accident(facts, date),
    ...reserveDuty(facts, date),
    ...unemployment(facts, date),
    ...maternity(facts, date),
  ];
}
