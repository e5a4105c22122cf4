// Medical committee protocols: impairments with percentages, the weighted total (the NII's weighting:
// each further impairment takes its share of what capacity is left), temporary or permanent.
import { Decimal } from 'decimal.js';
import type { Random } from '../../../../db/demo/random';
import type { FieldValues, Impairment } from '../../../../shared/inbox/types';
import { pickBenefit } from '../benefits';
import { daysBefore, printed, someDay, type Body } from '../letter';

const impairmentNames = [
  'הגבלה בתנועות עמוד שדרה מותני',
  'הגבלה בתנועות עמוד שדרה צווארי',
  'הגבלה בתנועות כתף ימין',
  'הגבלה בתנועות ברך שמאל',
  'ירידה בשמיעה',
  'טנטון',
  'הפרעת חרדה',
  'הפרעה דיכאונית',
  'סכרת',
  'יתר לחץ דם',
  'מחלת ריאות חסימתית',
  'צלקות',
];

function weighted(items: Impairment[]): string {
  const left = [...items]
    .map((i) => new Decimal(i.percent).div(100))
    .sort((a, b) => b.comparedTo(a))
    .reduce((rest, p) => rest.mul(new Decimal(1).minus(p)), new Decimal(1));
  return new Decimal(1).minus(left).mul(100).toDecimalPlaces(0).toString();
}

export function committeeProtocolBody(random: Random, letterDate: string): Body {
  const { benefit, name } = pickBenefit(random, ['general_disability', 'work_injury']);
  const committeeDate = daysBefore(random, letterDate, 30);
  const items: Impairment[] = random
    .some(impairmentNames, random.int(1, 4))
    .map((impairment) => ({ impairment, percent: String(random.pick([5, 7.5, 10, 15, 20, 25, 30, 40, 50])) }));
  const total = weighted(items);
  const appeals = random.chance(0.25);
  const truth: Partial<FieldValues> = { benefit, committeeDate, medicalPercent: items, weightedPercent: total };
  const lineOf = random.pick([
    (i: Impairment, n: number) => `${n}. ${i.impairment} - ${i.percent}%`,
    (i: Impairment) => `${i.impairment} | ${i.percent}%`,
    (i: Impairment) => `ליקוי: ${i.impairment} ${i.percent}%`,
  ]);
  const lines = [
    random.pick(['פרוטוקול ועדה רפואית', 'סיכום ישיבת ועדה רפואית']) + (appeals ? ' לעררים' : ''),
    random.pick([
      `תאריך הוועדה: ${printed(random, committeeDate)}`,
      `הוועדה התכנסה ביום ${printed(random, committeeDate)}`,
    ]),
    `יו"ר הוועדה: ד"ר ${random.pick(['א. כהן', 'מ. לוי', 'ס. חביב', 'ר. פרידמן'])}`,
    random.pick(['ליקויים שנקבעו:', 'הליקויים ואחוזי הנכות:']),
    ...items.map((item, i) => lineOf(item, i + 1)),
    random.pick([`נכות רפואית משוקללת: ${total}%`, `סה"כ נכות משוקללת: ${total}%`]),
  ];
  if (random.chance(0.5)) {
    truth.temporaryUntil = someDay(random, letterDate);
    lines.push(
      random.pick([
        `הנכות נקבעה לתקופה זמנית עד ${printed(random, truth.temporaryUntil)}.`,
        `נכות זמנית עד ליום ${printed(random, truth.temporaryUntil)}.`,
      ]),
    );
  } else lines.push('הנכות נקבעה כנכות צמיתה.');
  if (random.chance(0.7)) {
    truth.appealRoute = appeals ? 'labourCourt' : 'medicalAppealsCommittee';
    lines.push(
      appeals
        ? 'על החלטת ועדת העררים ניתן לערער בשאלה משפטית לבית הדין האזורי לעבודה.'
        : 'על החלטה זו ניתן להגיש ערר לוועדה רפואית לעררים.',
    );
  }
  return { subject: name, lines, truth };
}
