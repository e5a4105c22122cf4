// Decision letters: approved, rejected or partial; degrees, temporary period, amount and period
// when the benefit has them; an appeal route most of the time.
import type { Random } from '../../../../db/demo/random';
import type { FieldValues } from '../../../../shared/inbox/types';
import { pickBenefit } from '../benefits';
import { daysBefore, printed, printedAmount, someAmount, someDay, type Body } from '../letter';

export function decisionBody(random: Random, letterDate: string): Body {
  const { benefit, name } = pickBenefit(random, [
    'general_disability',
    'general_disability',
    'work_injury',
    'special_services',
    'mobility',
    'disabled_child',
  ]);
  const outcome = random.weighted([
    ['approved', 5],
    ['rejected', 3],
    ['partial', 2],
  ] as const);
  const decisionDate = daysBefore(random, letterDate, 20);
  const d = printed(random, decisionDate);
  const truth: Partial<FieldValues> = { benefit, outcome, decisionDate };
  const lines: string[] = [];
  const opening = {
    approved: [
      `בהחלטה מיום ${d} הוחלט לאשר את תביעתך.`,
      `ביום ${d} הוחלט לאשר את תביעתך ל${name}.`,
      `הננו להודיעך כי תביעתך אושרה. תאריך ההחלטה: ${d}.`,
    ],
    rejected: [
      `בהחלטה מיום ${d} הוחלט לדחות את תביעתך.`,
      `ביום ${d} הוחלט לדחות את תביעתך מהסיבה הבאה: לא נמצאה הגבלה בכושר.`,
      `הננו להודיעך כי תביעתך נדחתה. תאריך ההחלטה: ${d}.`,
    ],
    partial: [
      `בהחלטה מיום ${d} הוחלט לאשר את תביעתך באופן חלקי.`,
      `הננו להודיעך כי תביעתך אושרה חלקית. תאריך ההחלטה: ${d}.`,
    ],
  }[outcome];
  lines.push(random.pick(opening));
  if (outcome !== 'rejected' && benefit === 'general_disability') {
    const incapacity = String(random.pick([50, 60, 65, 74, 100]));
    const weighted = String(random.int(40, 90));
    truth.incapacityPercent = incapacity;
    truth.weightedPercent = weighted;
    lines.push(random.pick([`נקבעה לך דרגת אי כושר להשתכר בשיעור ${incapacity}%.`, `דרגת אי-כושר: ${incapacity}%`]));
    lines.push(random.pick([`נקבעו לך ${weighted}% נכות רפואית משוקללת.`, `נכות רפואית משוקללת: ${weighted}%`]));
    if (random.chance(0.5)) {
      truth.temporaryUntil = someDay(random, letterDate);
      lines.push(
        random.pick([
          `הדרגה נקבעה באופן זמני עד ליום ${printed(random, truth.temporaryUntil)}.`,
          `דרגה זמנית עד ${printed(random, truth.temporaryUntil)}.`,
        ]),
      );
    }
  }
  if (outcome !== 'rejected' && random.chance(0.7)) {
    truth.amount = someAmount(random, 800, 6000);
    const sum = printedAmount(random, truth.amount);
    lines.push(random.pick([`הקצבה בסך ${sum} ₪ תשולם לחשבונך.`, `סכום הקצבה החודשית: ${sum} ש"ח.`]));
  }
  if (outcome !== 'rejected' && random.chance(0.5)) {
    const from = someDay(random);
    const to = someDay(random, from);
    truth.period = { from, to };
    lines.push(
      random.pick([
        `לתקופה מיום ${printed(random, from)} עד יום ${printed(random, to)}.`,
        `לתקופה: ${printed(random, from)} - ${printed(random, to)}`,
      ]),
    );
  }
  if (random.chance(0.8)) {
    if (outcome === 'rejected') {
      truth.appealRoute = 'labourCourt';
      lines.push('אם אינך מסכים להחלטה, באפשרותך להגיש תביעה לבית הדין האזורי לעבודה.');
    } else if (benefit === 'general_disability' && random.chance(0.5)) {
      truth.appealRoute = 'incapacityAppealsCommittee';
      lines.push('על דרגת אי הכושר ניתן להגיש ערר לוועדת עררים לאי כושר.');
    } else {
      truth.appealRoute = 'medicalAppealsCommittee';
      lines.push('אם אינך מסכים להחלטה בעניין הנכות הרפואית, באפשרותך להגיש ערר לוועדה רפואית לעררים.');
    }
  }
  return { subject: random.pick([`תביעה ל${name}`, `הודעה על החלטה בתביעה ל${name}`, name]), lines, truth };
}
