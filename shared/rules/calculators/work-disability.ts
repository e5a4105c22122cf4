// Work disability after a work injury (נכות מעבודה): a monthly pension for a
// temporary degree of 9% or more or a permanent one of 20% or more; a one-off grant of 43 monthly
// pensions for a permanent degree of 9%–19%; nothing below. A needy disabled person (נכה נזקק,
// regulation 18A) — a temporary degree, unable to work and without work income — is paid at 100%.
// The pension is a share of the wages of the three months before the injury, which are not an
// input: the amount is null and details give the degree it is paid at and the ceiling of 2014.
// Seeds 001 (January 2014) and 004 (circular 127/2022).
//
// Literal readings where the published sources are loose (each is also said in a reason or warning):
// - The needy-disabled increase has no minimum degree in either seed: any temporary degree is raised
//   to 100%. A permanent degree with needyDisabled is not raised (the rule is for temporary ones).
import { z } from 'zod';
import { defineCalculator } from '../calculator';
import type { RuleContext } from '../context';
import { date, percent } from '../inputs';
import {
  maxMonthlyWorkPension,
  needyDisabledPercent,
  workDisabilityRules,
  type WorkDisabilityRules,
} from '../parameters/work-disability';
import { valueOn } from '../parameters/parameter';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';

const NEEDY_2014 = cite('rights2014', '"ביטוח נפגעי עבודה › נכה נזקק"');
const PENSION_2014 = cite('rights2014', '"ביטוח נפגעי עבודה › קצבת נכות מעבודה"');

type Kind = 'pension' | 'grant' | 'none';

const input = z.object({
  date,
  medicalPercent: percent,
  permanent: z.boolean(),
  needyDisabled: z.boolean().optional(),
});
type Input = z.output<typeof input>;

function kindOf(i: Input, r: WorkDisabilityRules): Kind {
  const p = i.medicalPercent;
  if (!i.permanent) return p >= r.temporaryPension ? 'pension' : 'none';
  if (p >= r.permanentPension) return 'pension';
  return p >= r.permanentGrant ? 'grant' : 'none';
}

function explainKind(i: Input, kind: Kind, r: WorkDisabilityRules, source: string, ctx: RuleContext): void {
  const degree = `דרגת נכות ${i.permanent ? 'לצמיתות' : 'זמנית'} של ${i.medicalPercent}%`;
  if (kind === 'pension') {
    const min = i.permanent ? r.permanentPension : r.temporaryPension;
    ctx.because(
      `${degree} (${min}% לפחות) מזכה בקצבת נכות מעבודה חודשית לפי דרגת הנכות, בשיעור יחסי לשכר בשלושת החודשים שלפני הפגיעה.`,
      source,
    );
  } else if (kind === 'grant') {
    ctx.because(
      `${degree} (${r.permanentGrant}% ומעלה אך פחות מ-${r.permanentPension}%) מזכה במענק נכות חד-פעמי בשיעור הקצבה החודשית כפול ${r.grantMonths}; אם התביעה הוגשה באיחור של יותר מ-12 חודשים, המענק מופחת באופן יחסי לאיחור.`,
      source,
    );
  } else {
    const min = i.permanent ? r.permanentGrant : r.temporaryPension;
    ctx.because(`${degree} נמוכה מ-${min}%, ואינה מזכה בקצבה או במענק נכות מעבודה.`, source);
  }
}

/** Needy disabled: a temporary degree raised to 100%; returns the degree paid at. */
function needy(i: Input, kind: Kind, ctx: RuleContext): number {
  const n = valueOn(needyDisabledPercent, i.date, ctx);
  if (i.needyDisabled === undefined) {
    if (!i.permanent && i.medicalPercent > 0) {
      ctx.because(
        'נכה שנקבעה לו נכות זמנית, שאינו מסוגל לחזור לכל עבודה ואין לו הכנסה מעבודה, יכול לתבוע הכרה כ"נכה נזקק" (בל/279), ואז משולמת לו קצבה בשיעור 100%.',
        `${NEEDY_2014}; ${n.source}`,
      );
    }
    return i.medicalPercent;
  }
  if (!i.needyDisabled) return i.medicalPercent;
  if (i.permanent) {
    ctx.warn('הכרה כ"נכה נזקק" חלה על מי שנקבעה לו נכות זמנית; לנכות לצמיתות לא הוגדלה הדרגה.');
    return i.medicalPercent;
  }
  if (i.medicalPercent === 0) {
    ctx.warn('"נכה נזקק" הוא מי שנקבעה לו נכות זמנית; לא נקבעה דרגת נכות, ולכן לא הוגדלה.');
    return 0;
  }
  ctx.because(
    `המבוטח הוכר כ"נכה נזקק": נקבעה לו נכות זמנית, ועדת הרשות קבעה שאין לו סיכוי סביר לעבודה כלשהי עקב הפגיעה ואין לו הכנסות מעבודה, ולכן דרגת הנכות הזמנית מוגדלת ל-${n.value}%${kind === 'none' ? ' (המקורות אינם קובעים דרגה זמנית מזערית להגדלה זו)' : ''}.`,
    `${n.source}; ${NEEDY_2014}`,
  );
  return n.value;
}

export const workDisability = defineCalculator({
  name: 'work-disability',
  description: 'נכות מעבודה: קצבה, מענק חד-פעמי או לא כלום לפי דרגת הנכות, והגדלה לנכה נזקק',
  input,
  run(i, ctx) {
    const rules = valueOn(workDisabilityRules, i.date, ctx);
    const r = rules.value;
    let kind = kindOf(i, r);
    explainKind(i, kind, r, rules.source, ctx);
    const paidPercent = needy(i, kind, ctx);
    if (paidPercent > i.medicalPercent) kind = 'pension';

    const details: Record<string, unknown> = { kind, paidPercent };
    if (kind !== 'none') {
      const max = valueOn(maxMonthlyWorkPension, i.date, ctx);
      details.maxMonthlyPensionAt100 = max.value.toFixed(2);
      if (kind === 'grant') details.grantMonths = r.grantMonths;
      ctx.because(
        `${kind === 'grant' ? 'המענק מחושב מהקצבה החודשית' : 'הקצבה החודשית היא'} לפי דרגה של ${paidPercent}%, בשיעור יחסי לשכר בשלושת החודשים שלפני הפגיעה (הקצבה החודשית המרבית: ${shekelText(max.value)}); השכר אינו בנתונים, ולכן הסכום אינו מחושב.`,
        `${PENSION_2014}; ${max.source}`,
      );
    }
    if (i.permanent && i.medicalPercent >= r.rehabilitation) {
      ctx.because(
        `בנכות לצמיתות של ${r.rehabilitation}% לפחות אפשר לתבוע שיקום מקצועי (בל/270) בתוך שנה מיום שנקבעה הדרגה, אם עקב הפגיעה אינו מסוגל לעבוד בעבודתו או בעבודה מתאימה אחרת.`,
        rules.source,
      );
    }
    if (i.permanent && i.medicalPercent >= r.specialPensionWithWalking) {
      ctx.because(
        `בנכות לצמיתות של ${r.specialPension}% ומעלה, או ${r.specialPensionWithWalking}%–${r.specialPension - 1}% עם קשיי הליכה, אפשר לתבוע קצבה מיוחדת (בל/266) ומענק מיוחד (בל/282) למי שזקוק לעזרה בפעולות היום-יום.`,
        rules.source,
      );
    }
    return { eligible: kind !== 'none', amount: null, unit: null, details };
  },
});
