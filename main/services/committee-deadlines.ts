// The deadlines a medical committee's outcome opens, as plain data for the docket (a pure function:
// no store, no clock). Which route follows which committee:
// - A first-tier committee (general disability, work injury): ערר to the medical appeals committee,
//   60 days from receiving the decision (the NII's page "ועדות רפואיות – ערר על החלטת ועדה רפואית
//   מדרג ראשון"; the rules core's 'medical-committee-appeal').
// - A medical appeals committee: no further ערר; an appeal to the regional labour court on a point of
//   law only, 60 days from receiving the decision (חוק הביטוח הלאומי, sections 213 and 123; the rules
//   core's 'medical-appeals-court').
// - A special or other committee: none here — its route depends on the body that sat.
// The period counts from the day the protocol was received; until it is, from the sitting itself, the
// earliest it can start, so the docket is never later than the law.
import { isoToDisplay } from '../../shared/dates';
import type { CommitteeType } from '../../shared/domain/enums';
import { dueDate, type DeadlineKind } from '../../shared/rules/calculators/deadline';

export interface CommitteeDeadline {
  /** Stable per committee and route: the docket updates the same item when the dates change. */
  sourceKey: string;
  kind: DeadlineKind;
  dueDate: string;
  title: string;
  rule: string;
}

export interface CommitteeForDeadlines {
  id: number;
  committeeType: CommitteeType;
  committeeDate: string;
  protocolReceivedDate: string | null;
  outcome: readonly unknown[];
  weightedPercent: number | null;
}

const ROUTES: Partial<Record<CommitteeType, { kind: DeadlineKind; route: string; what: string }>> = {
  first_tier: {
    kind: 'medical-committee-appeal',
    route: 'medical_appeal',
    what: 'ערר על החלטת הוועדה הרפואית מדרג ראשון',
  },
  work_injury_first_tier: {
    kind: 'medical-committee-appeal',
    route: 'medical_appeal',
    what: 'ערר על החלטת הוועדה הרפואית מדרג ראשון (נפגעי עבודה)',
  },
  appeals: {
    kind: 'medical-appeals-court',
    route: 'labour_court',
    what: 'ערעור לבית הדין האזורי לעבודה על החלטת הוועדה הרפואית לעררים',
  },
  work_injury_appeals: {
    kind: 'medical-appeals-court',
    route: 'labour_court',
    what: 'ערעור לבית הדין האזורי לעבודה על החלטת הוועדה הרפואית לעררים (נפגעי עבודה)',
  },
};

/** A committee whose outcome is recorded (an impairment or the weighted percent) opens its route's deadline. */
export function committeeDeadlines(committee: CommitteeForDeadlines): CommitteeDeadline[] {
  const route = ROUTES[committee.committeeType];
  if (!route || (committee.outcome.length === 0 && committee.weightedPercent === null)) return [];
  const from = committee.protocolReceivedDate ?? committee.committeeDate;
  const counted = committee.protocolReceivedDate ? 'מיום קבלת הפרוטוקול' : 'מיום הוועדה (הפרוטוקול טרם התקבל)';
  const due = dueDate(route.kind, from);
  const moved =
    due.movedOver.length > 0
      ? `; הוזז מ־${isoToDisplay(due.rawDueDate)} (${due.movedOver.map((d) => d.name).join(', ')})`
      : '';
  return [
    {
      sourceKey: `committee:${committee.id}:${route.route}`,
      kind: route.kind,
      dueDate: due.date,
      title: `${route.what} — ${due.period.days} ימים ${counted} ${isoToDisplay(from)}${moved}`,
      rule: due.period.source,
    },
  ];
}
