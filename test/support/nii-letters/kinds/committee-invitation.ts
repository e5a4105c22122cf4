// Invitations to a medical committee: date, time and place, in running text or labelled lines.
import type { Random } from '../../../../db/demo/random';
import { pickBenefit } from '../benefits';
import { someBranchAddress } from '../header';
import { printed, someDay, type Body } from '../letter';

const weekdays = ['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי'];

export function committeeInvitationBody(random: Random, letterDate: string): Body {
  const { benefit, name } = pickBenefit(random, ['general_disability', 'work_injury', 'special_services', 'mobility']);
  const committeeDate = someDay(random, letterDate);
  const committeeTime = `${String(random.int(8, 15)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;
  const committeePlace = someBranchAddress(random);
  const d = printed(random, committeeDate);
  const shownTime = random.chance(0.3) ? committeeTime.replace(/^0/, '') : committeeTime;
  const when = random.pick([
    [`הנך מוזמן/ת לוועדה רפואית שתתקיים ביום ${random.pick(weekdays)} ${d} בשעה ${shownTime}.`],
    [`הוועדה תתקיים בתאריך ${d}, בשעה ${shownTime}.`],
    [`מועד הוועדה: ${d}`, `שעה: ${shownTime}`],
  ]);
  const where = random.pick([
    `מקום הוועדה: ${committeePlace}`,
    `כתובת הוועדה: ${committeePlace}`,
    `מקום: ${committeePlace}`,
  ]);
  const inSubject = random.chance(0.6);
  const appeals = random.chance(0.3);
  const subject = `${random.pick(['זימון', 'הזמנה'])} לוועדה רפואית${appeals ? ' לעררים' : ''}${inSubject ? ` - ${name}` : ''}`;
  return {
    subject,
    lines: [
      ...(inSubject ? [] : [`בקשר לתביעתך ל${name}:`]),
      ...when,
      where,
      'יש להביא תעודה מזהה ואת כל המסמכים הרפואיים שבידך.',
      'אם אינך יכול/ה להגיע במועד, יש להודיע לסניף מראש.',
    ],
    truth: { benefit, committeeDate, committeeTime, committeePlace },
  };
}
