// Special services pension (קצבה לשירותים מיוחדים, שר"מ): for someone who
// depends on others' help or needs constant supervision. Who: not in an institution; a disability
// pension recipient with weighted medical disability of 60% (40% from 2022), or — without the
// pension — 75% and work income under a ceiling. How much: by dependency level, plus a supplement for
// a ventilated person wholly dependent on others and for each of up to two children under 3.
// The NII rights guide 2014 and annual report 2022.
//
// Literal readings where the published sources are loose (each is also said in a reason or warning):
// - The NII annual report 2022 lists 60% for pension recipients but its 2022 changes lower it to 40%: 40% from 2022,
//   with a warning between 40% and 60%.
// - The NII rights guide 2014 gives only the lowest and highest amounts of 2014 (1,401 and 4,761 ₪): the medium level
//   of 2014 has no amount (null), and the 235% level, created in 2022, is paid as the top level
//   before 2022.
// - The NII rights guide 2014 gives the 2014 income ceiling only as "סכום מסוים": with no work income the condition
//   holds whatever the ceiling; with some, the answer is null.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { defineCalculator, formatAmount } from '../calculator';
import type { RuleContext } from '../context';
import { count, date, percent, shekels } from '../inputs';
import {
  childUnder3Supplement,
  specialServicesIncomeCap,
  specialServicesLevels,
  specialServicesThreshold,
  dependenceTest,
  ventilatedSupplement,
  type Dependency,
} from '../parameters/disability';
import { indexedValueOn } from '../parameters/lookup';
import { valueOn } from '../parameters/parameter';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';
import { allOf, type Verdict } from '../verdict';

const CONDITIONS_2014 = cite('rights2014', '"ביטוח נכות › תנאי הזכאות לקצבה לשירותים מיוחדים"');
const CONDITIONS_2022 = cite('report2022', '"קצבה לשירותים מיוחדים › תנאי הזכאות"');

const LEVEL_NAMES: Record<Dependency, string> = {
  low: 'תלות נמוכה',
  medium: 'תלות בינונית',
  full: 'תלות מוחלטת',
  extreme: 'תלוי בעזרה רבה במיוחד',
};

const input = z.object({
  date,
  receivesDisabilityPension: z.boolean(),
  weightedMedicalPercent: percent,
  /** The level the NII set; without it, the dependence test's points (and supervision) give it. */
  dependency: z.enum(['low', 'medium', 'full', 'extreme']).optional(),
  dependencePoints: count.optional(),
  needsSupervision: z.boolean().optional(),
  monthlyWorkIncome: shekels,
  inInstitution: z.boolean(),
  ventilated: z.boolean().optional(),
  childrenUnder3: count.optional(),
});
type Input = z.output<typeof input>;

function institution(i: Input, ctx: RuleContext): Verdict {
  if (!i.inInstitution) return true;
  ctx.because(
    'מי שמאושפז במוסד שניתנים בו שירותי רפואה, סיעוד או שיקום אינו זכאי לקצבה לשירותים מיוחדים.',
    `${CONDITIONS_2022}; ${CONDITIONS_2014}`,
  );
  return false;
}

function medical(i: Input, ctx: RuleContext): Verdict {
  const t = valueOn(specialServicesThreshold, i.date, ctx);
  const w = i.weightedMedicalPercent;
  if (i.receivesDisabilityPension) {
    const ok = w >= t.value.withPension;
    ctx.because(
      `למקבל קצבת נכות נדרשת נכות רפואית של ${t.value.withPension}% לפחות; נקבעו ${w}% – התנאי ${ok ? 'מתקיים' : 'אינו מתקיים'}.`,
      t.source,
    );
    if (ok && w < 60 && t.value.withPension < 60) {
      ctx.warn(
        'הדוח השנתי 2022 עדיין מונה 60% בתנאי הזכאות, אך שינויי החקיקה של 2022 הורידו את הסף ל-40%; החישוב לפי 40%. לעקרת בית הסף 50%.',
      );
    }
    return ok;
  }
  const ok = w >= t.value.withoutPension;
  ctx.because(
    `למי שאינו מקבל קצבת נכות נדרשת נכות רפואית של ${t.value.withoutPension}% לפחות; נקבעו ${w}% – התנאי ${ok ? 'מתקיים' : 'אינו מתקיים'}.`,
    t.source,
  );
  return ok;
}

/** Only for someone without a disability pension: work income under a ceiling. */
function income(i: Input, ctx: RuleContext): Verdict {
  if (i.receivesDisabilityPension) return true;
  const cap = indexedValueOn(specialServicesIncomeCap, i.date, ctx);
  const earned = i.monthlyWorkIncome;
  if (cap.value === null) {
    if (earned.isZero()) {
      ctx.because(
        'למי שאינו מקבל קצבת נכות, ההכנסה מעבודה אינה יכולה לעלות על סכום שנקבע; למבוטח אין הכנסה מעבודה, ולכן התנאי מתקיים.',
        cap.source,
      );
      return true;
    }
    ctx.because(
      'למי שאינו מקבל קצבת נכות, ההכנסה מעבודה אינה יכולה לעלות על "סכום מסוים", והמדריך לשנת 2014 אינו נוקב בו.',
      cap.source,
    );
    ctx.need('תקרת ההכנסה מעבודה לשר"מ למי שאינו מקבל קצבת נכות (המדריך לשנת 2014 אינו נוקב בה)');
    return null;
  }
  const ok = earned.lte(cap.value);
  ctx.because(
    `למי שאינו מקבל קצבת נכות, ההכנסה מעבודה אינה יכולה לעלות על ${shekelText(cap.value)}; ההכנסה היא ${shekelText(earned)} – התנאי ${ok ? 'מתקיים' : 'אינו מתקיים'}.`,
    cap.source,
  );
  return ok;
}

const LEVEL_PERCENT: Record<Dependency, string> = { low: '50%', medium: '112%', full: '188%', extreme: '235%' };

/** The level the NII set, or the one the dependence test gives from points and supervision; null when neither is known. */
function dependencyOf(i: Input, ctx: RuleContext): Dependency | null {
  if (i.dependency) return i.dependency;
  if (i.dependencePoints === undefined || i.date < dependenceTest.values[0]!.from) {
    ctx.need('dependency');
    return null;
  }
  const test = valueOn(dependenceTest, i.date, ctx);
  const { points, supervisedFull, supervisedExtreme } = test.value;
  const p = i.dependencePoints;
  const byPoints = (['extreme', 'full', 'medium', 'low'] as const).find((d) => p >= points[d]) ?? null;
  const bySupervision = i.needsSupervision
    ? p >= supervisedExtreme
      ? 'extreme'
      : p >= supervisedFull
        ? 'full'
        : 'medium'
    : null;
  const order: (Dependency | null)[] = [null, 'low', 'medium', 'full', 'extreme'];
  const level = order.indexOf(bySupervision) > order.indexOf(byPoints) ? bySupervision : byPoints;
  const supervision =
    i.needsSupervision === undefined
      ? ' (לא נמסר אם נדרשת השגחה)'
      : i.needsSupervision
        ? ' ועם צורך בהשגחה'
        : ' ובלי צורך בהשגחה';
  ctx.because(
    level
      ? `במבחן התלות ${p} נקודות${supervision}: רמת ${LEVEL_PERCENT[level]} ("${LEVEL_NAMES[level]}").`
      : `במבחן התלות ${p} נקודות${supervision}: פחות מ-${points.low} נקודות אינן מזכות ברמה כלשהי.`,
    test.source,
  );
  if (i.needsSupervision === undefined && level !== 'extreme') ctx.need('needsSupervision');
  return level;
}

/** The amount of the dependency level; null when the source of that date does not give it. */
function levelAmount(i: Input, given: Dependency, ctx: RuleContext): Decimal | null {
  const levels = indexedValueOn(specialServicesLevels, i.date, ctx);
  let dependency: Dependency = given;
  if (levels.value[dependency] === null) {
    ctx.because(
      `רמת "${LEVEL_NAMES.extreme}" (235%) נוספה ב-2022; לפני כן הרמה הגבוהה ביותר הייתה "${LEVEL_NAMES.full}", והיא שחושבה.`,
      cite('report2022', '"שינויי חקיקה › 2022 › שירותים מיוחדים"'),
    );
    dependency = 'full';
  }
  const l = levels.value[dependency]!;
  const parts =
    l.basicPercent && l.specialPercent
      ? ` (${l.basicPercent}% מקצבה מלאה ליחיד בתוספת גמלה מיוחדת של ${l.specialPercent}%)`
      : '';
  if (l.amount === null) {
    ctx.because(
      `ברמת "${LEVEL_NAMES[dependency]}"${l.basicPercent ? ` (${l.basicPercent}% מקצבה מלאה ליחיד בתוספת גמלה מיוחדת)` : ''} המקור אינו נותן את סכום הקצבה לתאריך זה, אלא רק את הטווח שבין הרמה הנמוכה לגבוהה.`,
      levels.source,
    );
    ctx.warn(`סכום הקצבה לשירותים מיוחדים ברמת "${LEVEL_NAMES[dependency]}" אינו ידוע מהמקורות לתאריך ${i.date}.`);
    return null;
  }
  ctx.because(`ברמת "${LEVEL_NAMES[dependency]}"${parts}: ${shekelText(l.amount)} לחודש.`, levels.source);
  if (l.unverified && !levels.secondary)
    ctx.warn(
      `סכום הקצבה לשירותים מיוחדים ברמת ${LEVEL_PERCENT[dependency]} לתאריך ${i.date} לקוח מכתבות (${l.unverified}) ולא מדף של המוסד לביטוח לאומי, ולא אומת.`,
    );
  return l.amount;
}

function ventilated(i: Input, dependency: Dependency, ctx: RuleContext): Decimal | null {
  if (!i.ventilated) return new Decimal(0);
  const v = indexedValueOn(ventilatedSupplement, i.date, ctx);
  if (dependency !== 'full' && dependency !== 'extreme') {
    ctx.because(
      'התוספת לנכה מונשם משולמת למי שזקוק למכונת הנשמה ברציפות והוא תלוי לחלוטין בעזרת הזולת; ברמת התלות שנמסרה היא לא נכללה.',
      v.source,
    );
    return new Decimal(0);
  }
  if (v.value === null) {
    ctx.warn(
      'התוספת לנכה מונשם (83% מקצבת נכות מלאה ליחיד מ-2015) אינה נקובה בסכום במקורות לתאריך זה, ולא נכללה בסכום.',
    );
    return null;
  }
  if (v.value.isZero()) ctx.because('התוספת לנכה מונשם נקבעה מ-2015, ולכן אינה משולמת לתאריך זה.', v.source);
  else ctx.because(`תוספת לנכה מונשם התלוי לחלוטין בעזרת הזולת: ${shekelText(v.value)} לחודש.`, v.source);
  return v.value;
}

function youngChildren(i: Input, ctx: RuleContext): Decimal {
  const n = i.childrenUnder3 ?? 0;
  if (n === 0) return new Decimal(0);
  const s = valueOn(childUnder3Supplement, i.date, ctx);
  const counted = Math.min(n, s.value.maxChildren);
  if (s.value.amount.isZero()) {
    ctx.because('התוספת בעד ילד מתחת לגיל 3 נקבעה מאוקטובר 2021, ולכן אינה משולמת לתאריך זה.', s.source);
    return new Decimal(0);
  }
  ctx.because(
    `תוספת בעד ${counted === 1 ? 'ילד אחד' : `${counted} ילדים`} מתחת לגיל 3: ${shekelText(s.value.amount)} לכל ילד (עד שני ילדים).`,
    s.source,
  );
  return s.value.amount.times(counted);
}

export const specialServices = defineCalculator({
  name: 'special-services',
  description: 'קצבה לשירותים מיוחדים (שר"מ): זכאות וסכום לפי רמת התלות, עם תוספות למונשם ולילד מתחת לגיל 3',
  input,
  run(i, ctx) {
    const conditions = allOf([institution(i, ctx), medical(i, ctx), income(i, ctx)]);
    if (conditions === false)
      return { eligible: conditions, amount: null, unit: 'month', details: { level: i.dependency ?? null } };
    const dependency = dependencyOf(i, ctx);
    const eligible = allOf([
      conditions,
      dependency === null && i.dependencePoints !== undefined ? false : dependency === null ? null : true,
    ]);
    if (dependency === null) return { eligible, amount: null, unit: 'month', details: { level: null } };
    ctx.because(
      'הקצבה מותנית גם בתלות בעזרת הזולת בפעולות היום-יום או בהשגחה, שנקבעת בבדיקה, בהגשת תביעה לפני גיל הפרישה, ובכך שאין למבוטח קצבה מיוחדת מנפגעי עבודה או תשלום בעד טיפול אישי לפי חוק אחר.',
      CONDITIONS_2022,
    );

    const level = levelAmount(i, dependency, ctx);
    const ventilation = ventilated(i, dependency, ctx);
    const children = youngChildren(i, ctx);
    const amount = level === null ? null : level.plus(ventilation ?? 0).plus(children);
    return {
      eligible,
      amount,
      unit: 'month',
      details: {
        level: dependency,
        levelAmount: level === null ? null : formatAmount(level),
        ventilatedSupplement: ventilation === null ? null : formatAmount(ventilation),
        childrenUnder3Supplement: formatAmount(children),
      },
    };
  },
});
