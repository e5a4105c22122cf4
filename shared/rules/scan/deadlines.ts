// The deadlines that run for a client on a date: appeals on decisions received and committees
// held, and claim periods from events and births — each still open, with its due date moved past
// rest days by the deadline calculator.
import { addMonths, format, parseISO } from 'date-fns';
import type { Benefit } from '../../domain/enums';
import type { DeadlineKind } from '../calculators/deadline';
import { isError, runByName } from '../run';
import type { RuleResult } from '../types';
import type { About } from './candidate';
import { age, filedClaims, hasSpouse, type ClientFacts } from './facts';

export interface ScanDeadline extends RuleResult {
  kind: DeadlineKind;
  about: About;
}

export interface Start {
  kind: DeadlineKind;
  from: string;
  about: About;
}

const FIRST_TIER = ['first_tier', 'work_injury_first_tier'];
const APPEALS = ['appeals', 'work_injury_appeals'];

/** Appeals on a decision run from the day it was received (its date when that is not recorded). */
function fromDecisions(facts: ClientFacts): Start[] {
  return facts.claims.flatMap((claim): Start[] => {
    const received = claim.receivedDate ?? claim.decidedDate;
    if (!received || claim.outcome === 'approved') return [];
    const about: About = { record: 'claim', id: claim.id, date: received };
    if (claim.status === 'closed') return [];
    // Once appealed, only a turn to the claims committee leaves the labour-court period running.
    if (claim.status === 'appeal')
      return claim.appealRoute === 'claims_committee' ? [{ kind: 'labor-court-claim', from: received, about }] : [];
    const appeals: Start[] = [
      { kind: 'labor-court-claim', from: received, about },
      { kind: 'claims-committee', from: received, about },
    ];
    return claim.benefit === 'mobility' ? [...appeals, { kind: 'mobility-appeal', from: received, about }] : appeals;
  });
}

/** A first-tier committee may be appealed unless an appeals committee has already sat; a permanent work-injury degree opens rehabilitation. */
function fromCommittees(facts: ClientFacts): Start[] {
  return facts.medical.flatMap((m): Start[] => {
    const about: About = { record: 'medical', id: m.id, date: m.committeeDate };
    const out: Start[] = [];
    const appealed = facts.medical.some(
      (a) => APPEALS.includes(a.committeeKind ?? '') && a.committeeDate >= m.committeeDate,
    );
    if (FIRST_TIER.includes(m.committeeKind ?? '') && !appealed)
      out.push({ kind: 'medical-committee-appeal', from: m.committeeDate, about });
    if (m.isPermanent && (m.committeeKind ?? '').startsWith('work_injury'))
      out.push({ kind: 'work-rehabilitation-claim', from: m.committeeDate, about });
    return out;
  });
}

const BY_EVENT: Record<string, { kind: DeadlineKind; benefit: Benefit | null }> = {
  work_injury: { kind: 'work-injury-claim', benefit: 'work_injury' },
  occupational_disease: { kind: 'work-injury-claim', benefit: 'work_injury' },
  accident: { kind: 'accident-claim', benefit: 'accident_victims' },
  hostile_action: { kind: 'hostile-action-claim', benefit: 'hostile_action' },
  army_discharge: { kind: 'discharged-soldier-grant', benefit: null },
  family_death: { kind: 'survivors-claim', benefit: 'survivors' },
  // The commonest cause of a general-disability claim; the period runs from the day the cause arose.
  illness: { kind: 'general-disability-claim', benefit: 'general_disability' },
};

/**
 * General disability is paid only below retirement age (the NII rights guide 2014, "ביטוח נכות ›
 * מי זכאי לקצבת נכות"): an illness after it opens no claim period. The highest retirement age is
 * used (women 65, men 67; חוק גיל פרישה, התשס"ד-2004): a period shown in doubt costs a look, a
 * period missed costs the client the claim.
 */
const HIGHEST_RETIREMENT_AGE = { female: 65, male: 67 } as const;

/** Claim periods from events and births, unless the claim has been filed (the docket keeps these too). */
export function fromEvents(facts: ClientFacts): Start[] {
  const open = (benefit: Benefit | null) => benefit === null || filedClaims(facts, benefit).length === 0;
  const events = facts.events.flatMap((e): Start[] => {
    const rule = BY_EVENT[e.kind];
    if (!rule || !open(rule.benefit)) return [];
    // A death opens a survivors' claim for a widow(er), not while a spouse is recorded.
    if (e.kind === 'family_death' && facts.maritalStatus !== 'widowed' && hasSpouse(facts)) return [];
    if (e.kind === 'illness' && age(facts, e.eventDate) >= HIGHEST_RETIREMENT_AGE[facts.sex]) return [];
    return [{ kind: rule.kind, from: e.eventDate, about: { record: 'event', id: e.id, date: e.eventDate } }];
  });
  const births =
    facts.sex === 'female' && open('maternity')
      ? facts.family.flatMap((f): Start[] =>
          f.relation === 'child' && f.birthDate
            ? [{ kind: 'maternity-claim', from: f.birthDate, about: { record: 'family', id: f.id, date: f.birthDate } }]
            : [],
        )
      : [];
  return [...events, ...births];
}

/** Deadlines still open on `date` (due that day or later), soonest first. */
export function deadlinesOf(facts: ClientFacts, date: string): ScanDeadline[] {
  const horizon = format(addMonths(parseISO(date), -48), 'yyyy-MM-dd');
  return [...fromDecisions(facts), ...fromCommittees(facts), ...fromEvents(facts)]
    .filter((s) => s.from >= horizon && s.from <= date)
    .flatMap((s): ScanDeadline[] => {
      const answer = runByName('deadline', { kind: s.kind, from: s.from });
      return isError(answer) || (answer.details.dueDate as string) < date
        ? []
        : [{ ...answer, kind: s.kind, about: s.about }];
    })
    .sort((a, b) => (a.details.dueDate as string).localeCompare(b.details.dueDate as string));
}
