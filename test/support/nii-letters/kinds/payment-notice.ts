// Payment notices: a sum paid for a period (months or dates), with the bank account it went to.
import type { Random } from '../../../../db/demo/random';
import { endOfMonth, format } from 'date-fns';
import { pickBenefit } from '../benefits';
import { printed, printedAmount, someAmount, someDay, type Body } from '../letter';

export function paymentNoticeBody(random: Random, letterDate: string): Body {
  const { benefit, name } = pickBenefit(random, [
    'general_disability',
    'old_age',
    'special_services',
    'unemployment',
    'survivors',
    'mobility',
  ]);
  const amount = someAmount(random, 300, 25_000);
  const sum = printedAmount(random, amount);
  const first = someDay(random).slice(0, 7);
  const months = random.int(0, 5);
  const lastStart = new Date(`${first}-01T12:00:00`);
  lastStart.setMonth(lastStart.getMonth() + months);
  const period = { from: `${first}-01`, to: format(endOfMonth(lastStart), 'yyyy-MM-dd') };
  const month = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return {
    subject: name,
    lines: [
      random.pick(['הודעה על תשלום', 'פירוט תשלום', 'אישור תשלום']),
      random.pick([`סכום התשלום: ${sum} ש"ח`, `הועבר לחשבונך סך של ${sum} ₪`, `סה"כ לתשלום: ${sum} ₪`]),
      random.pick([
        `עבור החודשים ${month(period.from)} עד ${month(period.to)}`,
        `עבור התקופה ${printed(random, period.from)} - ${printed(random, period.to)}`,
      ]),
      `מספר חשבון: ${random.digits(random.int(6, 9))}`,
      random.chance(0.5)
        ? `התשלום יופקד בחשבונך ביום ${printed(random, someDay(random, letterDate))}.`
        : 'הסכום הועבר לחשבון הבנק הרשום אצלנו.',
    ],
    truth: { benefit, amount, period },
  };
}
