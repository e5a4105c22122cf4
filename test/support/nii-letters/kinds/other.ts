// Letters of no kind the inbox acts on: notices about the branch, details updated.
import type { Random } from '../../../../db/demo/random';
import type { Body } from '../letter';

export function otherBody(random: Random): Body {
  return random.pick<Body>([
    {
      subject: 'עדכון פרטים',
      lines: ['כתובתך עודכנה במערכת לפי בקשתך.', 'אם הפרטים אינם נכונים, יש לפנות לסניף.'],
      truth: {},
    },
    {
      subject: 'שינוי בשעות קבלת הקהל',
      lines: ['שעות קבלת הקהל בסניף ישתנו מהחודש הבא.', 'פרטים נוספים באתר האינטרנט.'],
      truth: {},
    },
  ]);
}
