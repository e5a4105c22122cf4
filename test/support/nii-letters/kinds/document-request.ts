// Requests for documents: a list of what is missing, usually a date to send it by.
import type { Random } from '../../../../db/demo/random';
import type { FieldValues } from '../../../../shared/inbox/types';
import { pickBenefit } from '../benefits';
import { printed, someDay, type Body } from '../letter';

const documents = [
  'סיכום מחלה עדכני',
  'אישור מעסיק על תקופת העבודה',
  'תלושי שכר לשלושת החודשים האחרונים',
  'אישור רופא משפחה',
  'ויתור על סודיות רפואית חתום',
  'צילום תעודת זהות וספח',
  'אישור על ניהול חשבון בנק',
];

export function documentRequestBody(random: Random, letterDate: string): Body {
  const { benefit, name } = pickBenefit(random, [
    'general_disability',
    'work_injury',
    'unemployment',
    'income_support',
    'mobility',
    'nursing',
  ]);
  const truth: Partial<FieldValues> = { benefit };
  const lines = [
    random.pick([
      `לצורך המשך הטיפול בתביעתך ל${name} נבקשך להמציא את המסמכים הבאים:`,
      `להשלמת הטיפול בתביעתך ל${name} חסרים המסמכים הבאים:`,
    ]),
    ...random.some(documents, random.int(1, 4)).map((d) => `- ${d}`),
  ];
  if (random.chance(0.8)) {
    truth.dueDate = someDay(random, letterDate);
    lines.push(
      random.pick([
        `את המסמכים יש להמציא עד ליום ${printed(random, truth.dueDate)}.`,
        `נא להמציא את המסמכים לא יאוחר מיום ${printed(random, truth.dueDate)}.`,
      ]),
    );
  } else lines.push('נא להמציא את המסמכים בהקדם האפשרי.');
  lines.push('אם המסמכים לא יתקבלו, תידון התביעה על פי החומר שבתיק.');
  return { subject: random.pick(['בקשה להשלמת מסמכים', `מסמכים חסרים בתביעתך ל${name}`]), lines, truth };
}
