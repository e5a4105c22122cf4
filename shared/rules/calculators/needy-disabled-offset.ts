// The offset between a needy-disabled increase (regulation 18A) and unemployment benefit for the
// same period (NII circular 127/2022). Unemployment benefit paid for a
// period later approved as needy-disabled is cancelled and becomes a debt, offset shekel for shekel
// against the increase: what is left of the increase is paid; what is left of the debt is referred
// by the unemployment clerk, on his own initiative, to the debt committee.
// The circular gives no amounts to look up by date: the rule applies from its publication
// (05.07.2022), and both inputs are totals for the overlapping period.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { defineCalculator, formatAmount } from '../calculator';
import { shekels } from '../inputs';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';

const PREFACE = cite('circular127', '"פתח דבר"');
const CRITERIA = cite('circular127', '"קריטריונים לזכאות"');
const SCENARIOS = cite('circular127', '"תרחישי כפל אפשריים במסגרת הליך ההתחשבנות", תרחיש 2');
const INSTRUCTIONS = cite('circular127', '"הוראות לביצוע"');

export const needyDisabledOffset = defineCalculator({
  name: 'needy-disabled-offset',
  description: 'קיזוז דמי אבטלה מהתוספת לנכה נזקק (חוזר 127/2022): התשלום נטו ויתרת החוב',
  input: z.object({ unemploymentPaid: shekels, needyIncrease: shekels }),
  run(i, ctx) {
    const zero = new Decimal(0);
    const net = Decimal.max(zero, i.needyIncrease.minus(i.unemploymentPaid));
    const debt = Decimal.max(zero, i.unemploymentPaid.minus(i.needyIncrease));
    ctx.because(
      'נכה נזקק ודמי אבטלה אינם כפל לפי החוק אך הם "כפל רעיוני": מי שמוכר כנכה נזקק אינו "מובטל", ודמי האבטלה ששולמו לתקופה שאושרה לו כנכה נזקק מתבטלים ונעשים חוב שמתקזז מהתוספת כנכה נזקק.',
      `${PREFACE}; ${CRITERIA}`,
    );
    ctx.because(
      `התוספת כנכה נזקק לתקופה החופפת (${shekelText(i.needyIncrease)}) פחות דמי האבטלה ששולמו לאותה תקופה (${shekelText(i.unemploymentPaid)}): ${debt.gt(0) ? `לא נותר הפרש לתשלום ונותרה יתרת חוב של ${shekelText(debt)}` : `משולם הפרש של ${shekelText(net)}`}.`,
      SCENARIOS,
    );
    if (debt.gt(0)) {
      ctx.because(
        'יתרת החוב מועברת ביוזמת פקיד האבטלה לוועדה לבחינת חובות, בלי פנייה למבוטח ובלי דרישת אישורים על מצבו הכלכלי, הרפואי או הסוציאלי.',
        `${INSTRUCTIONS}; ${CRITERIA}`,
      );
    }
    return {
      eligible: net.gt(0),
      amount: net,
      unit: 'once',
      details: { netPayment: formatAmount(net), remainingDebt: formatAmount(debt), referToDebtCommittee: debt.gt(0) },
    };
  },
});
