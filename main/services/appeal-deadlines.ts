// The appeal deadlines a recorded decision opens, as tasks on the claim. Which routes apply:
// - Labour court (בית הדין האזורי לעבודה), 12 months from the day the decision was delivered: any
//   decision that is not a full approval, every benefit (the NII rights guide 2014, "ערעור על החלטות הביטוח הלאומי";
//   תקנות הביטוח הלאומי (מועדים להגשת תובענות), תש"ל-1969).
// - Claims committee (ועדת תביעות, form בל/910), 6 months from receiving the claims officer's decision:
//   rejected claims only — the guide offers it for "תביעות שנדחו" (the NII rights guide 2014, "ועדת תביעות - בדיקה
//   מחודשת של תביעות שנדחו"); it does not extend the labour-court period, so both tasks are made.
// - Medical appeal (ערר), 60 days: rejected or partial decisions resting on a medical committee — general
//   disability (the NII rights guide 2014: "מי שנדחתה תביעתו... ומי שמקבל קצבת נכות חלקית רשאים להגיש ערר"), work
//   disability and special services (percent set by an NII medical committee; the NII's page on medical committees: "ערר on
//   a first-tier medical committee within 60 days"), mobility (ערר on the Health Ministry's district
//   committee within 60 days, the NII rights guide 2014, "תביעה לגמלת ניידות"). Not made again when the decision ends a
//   ערר: the appeals committee's decision goes on to court, not to another ערר.
// Days are counted by the rules core's deadline calculator, moved past Saturdays, holidays and
// Independence Day. The period runs from the day the decision was received, else the decision's date.
import { isoToDisplay } from '../../shared/dates';
import type { appealRoutes, Benefit, decisionOutcomes } from '../../shared/domain/enums';
import { dueDate, type DeadlineKind } from '../../shared/rules/calculators/deadline';

type AppealRoute = (typeof appealRoutes)[number];
type DecisionOutcome = (typeof decisionOutcomes)[number];

export interface AppealDeadline {
  route: AppealRoute;
  kind: DeadlineKind;
  dueDate: string;
  title: string;
  /** The rule the period rests on, by public title and section (the deadline calculator's source). */
  rule: string;
}

const MEDICAL_APPEAL: Partial<Record<Benefit, DeadlineKind>> = {
  general_disability: 'medical-committee-appeal',
  work_injury: 'medical-committee-appeal',
  special_services: 'medical-committee-appeal',
  mobility: 'mobility-appeal',
};

/** What each task is called and the rule it cites, short enough for a task title. */
const ROUTE_TEXT: Record<AppealRoute, { what: string; rule: string }> = {
  labour_court: {
    what: 'תביעה לבית הדין האזורי לעבודה נגד ההחלטה',
    rule: 'תקנות הביטוח הלאומי (מועדים להגשת תובענות), תש"ל-1969',
  },
  claims_committee: { what: 'פנייה לוועדת תביעות (בל/910)', rule: 'הזכויות שלך בביטוח הלאומי 2014, "ועדת תביעות"' },
  medical_appeal: { what: 'ערר על החלטת הוועדה הרפואית', rule: 'ערר תוך 60 יום מקבלת ההחלטה' },
};

export function appealRoutesFor(
  benefit: Benefit,
  outcome: DecisionOutcome,
  endsMedicalAppeal: boolean,
): { route: AppealRoute; kind: DeadlineKind }[] {
  if (outcome === 'approved') return [];
  const routes: { route: AppealRoute; kind: DeadlineKind }[] = [{ route: 'labour_court', kind: 'labor-court-claim' }];
  if (outcome === 'rejected') routes.push({ route: 'claims_committee', kind: 'claims-committee' });
  const medical = MEDICAL_APPEAL[benefit];
  if (medical && !endsMedicalAppeal) routes.push({ route: 'medical_appeal', kind: medical });
  return routes;
}

export function appealDeadlines(
  decision: { benefit: Benefit; outcome: DecisionOutcome; decidedDate: string; receivedDate: string | null },
  endsMedicalAppeal: boolean,
): AppealDeadline[] {
  const from = decision.receivedDate ?? decision.decidedDate;
  const counted = decision.receivedDate ? 'מיום קבלת ההחלטה' : 'מיום ההחלטה';
  return appealRoutesFor(decision.benefit, decision.outcome, endsMedicalAppeal).map(({ route, kind }) => {
    const due = dueDate(kind, from);
    const length = due.period.months ? `${due.period.months} חודשים` : `${due.period.days} ימים`;
    const moved =
      due.movedOver.length > 0
        ? `; הוזז מ־${isoToDisplay(due.rawDueDate)} (${due.movedOver.map((d) => d.name).join(', ')})`
        : '';
    const { what, rule } = ROUTE_TEXT[route];
    return {
      route,
      kind,
      dueDate: due.date,
      title: `${what} — ${length} ${counted} ${isoToDisplay(from)}${moved} (${rule})`,
      rule: due.period.source,
    };
  });
}
