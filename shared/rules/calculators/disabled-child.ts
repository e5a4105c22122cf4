// Disabled child grant (גמלה לילד נכה): whether the child's age fits the
// ground of entitlement, and the grant's levels. Who: a child under 18, not in a foster family,
// of the age each ground starts at. The level (50%–235% of the full single pension) is set by the
// NII doctor from the dependency test's points and the impairment; the published sources do not tie a level to
// the ground alone, so the amount is null and details list the levels of that date.
// The NII rights guide 2014 and annual report 2022.
//
// Literal readings where the published sources are loose (each is also said in a reason or warning):
// - 2014: a special impairment starts from birth (Down syndrome, hearing), 91 days (sight, autism,
//   psychosis) or 3 years (help to communicate): under 3 the answer is null and the impairment is
//   asked for. 2022 says "from birth" for the whole group.
// - Developmental delay: 2014 pays it from 91 days to 3 years; 2022 lists it among the special
//   impairments "from birth" with no upper age — followed from 2022, with a warning past age 3.
// - A missing inFosterCare is read as "not in a foster family", and a reason says so.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import { ageOn } from '../../dates';
import { defineCalculator } from '../calculator';
import type { RuleContext } from '../context';
import { date } from '../inputs';
import { childAges, childGrant, childMaxAge, type ChildCondition } from '../parameters/disability';
import { indexedValueOn } from '../parameters/lookup';
import { valueOn } from '../parameters/parameter';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';
import { RuleInputError } from '../types';
import { allOf, type Verdict } from '../verdict';

const FOSTER_2014 = cite('rights2014', '"ביטוח נכות › תנאי הזכאות לגמלה" ("אינו מוחזק ... במשפחה אומנת")');
const FOSTER_2022 = cite(
  'report2022',
  '"גמלה לילד נכה › קביעת הזכאות לגמלה" ("הילד מוחזק במשפחת אומנה. משפחת אומנה זכאית לתמיכה ממשרד הרווחה")',
);
const LEVELS_2022 = cite(
  'report2022',
  '"שינויי חקיקה › 2022 › ילד נכה" (112% ל-8–9 נקודות במבחן התלות; 235% ל-13 נקודות ויותר או לטיפול רפואי קשה)',
);

const CONDITION_NAMES: Record<ChildCondition, string> = {
  'adl-dependence': 'תלות בעזרת הזולת בפעולות היום-יום',
  'constant-supervision': 'צורך בנוכחות מתמדת או בהשגחה קבועה',
  'special-impairment': 'ליקוי מיוחד',
  'special-medical-treatment': 'צורך בטיפול רפואי מיוחד',
  'developmental-delay': 'עיכוב התפתחותי',
};

const input = z.object({
  date,
  childBirthDate: date,
  condition: z.enum([
    'adl-dependence',
    'constant-supervision',
    'special-impairment',
    'special-medical-treatment',
    'developmental-delay',
  ]),
  inFosterCare: z.boolean().optional(),
  /** The level the NII set (percent), when known: it gives the amount. */
  level: z.enum(['50', '100', '112', '188', '235']).optional(),
});
type Input = z.output<typeof input>;

function fosterCare(i: Input, ctx: RuleContext): Verdict {
  if (i.inFosterCare === undefined) {
    ctx.because('הבדיקה נעשתה לילד שאינו מוחזק במשפחת אומנה (לא נמסר אחרת).', FOSTER_2014);
    return true;
  }
  if (!i.inFosterCare) return true;
  ctx.because(
    'ילד המוחזק במשפחת אומנה אינו זכאי לגמלה לילד נכה; משפחת האומנה זכאית לתמיכה ממשרד הרווחה.',
    `${FOSTER_2022}; ${FOSTER_2014}`,
  );
  return false;
}

/** Under 18, and old enough for the ground: from birth, from 90/91 days or from 3, as the source of that date says. */
function age(i: Input, ctx: RuleContext): Verdict {
  const years = ageOn(i.childBirthDate, i.date);
  const days = differenceInCalendarDays(parseISO(i.date), parseISO(i.childBirthDate));
  const max = valueOn(childMaxAge, i.date, ctx);
  if (years >= max.value) {
    ctx.because(
      `הילד בן ${years}, והגמלה לילד נכה משולמת עד גיל ${max.value}; מגיל ${max.value} יש לבדוק קצבת נכות כללית או שר"מ.`,
      max.source,
    );
    return false;
  }
  const rules = valueOn(childAges, i.date, ctx);
  const rule = rules.value[i.condition];
  const name = CONDITION_NAMES[i.condition];
  const old = `הילד בן ${years === 0 ? `${days} ימים` : years === 1 ? 'שנה' : years === 2 ? 'שנתיים' : `${years} שנים`}`;
  if (rule.fromYears !== undefined && years < rule.fromYears) {
    ctx.because(`בעילת "${name}" הזכאות מגיל ${rule.fromYears}; ${old}.`, rules.source);
    return false;
  }
  if (days < rule.fromDays) {
    ctx.because(`בעילת "${name}" הזכאות מגיל ${rule.fromDays} ימים; ${old}.`, rules.source);
    return false;
  }
  if (rule.untilYears !== undefined && years >= rule.untilYears) {
    ctx.because(`בעילת "${name}" הזכאות לילד שטרם מלאו לו ${rule.untilYears} שנים; ${old}.`, rules.source);
    return false;
  }
  if (rule.dependsOnImpairmentUnderYears !== undefined && years < rule.dependsOnImpairmentUnderYears) {
    ctx.because(
      `בליקוי מיוחד גיל תחילת הזכאות תלוי בליקוי: תסמונת דאון וירידה בשמיעה מהלידה; ליקוי ראייה, אוטיזם ופסיכוזה מגיל 91 יום; צורך בסיוע בתקשורת מגיל 3; ${old}.`,
      rules.source,
    );
    ctx.need('איזה ליקוי מיוחד (תסמונת דאון, ירידה בשמיעה, ליקוי ראייה, אוטיזם/פסיכוזה או סיוע בתקשורת)');
    return null;
  }
  ctx.because(
    `בעילת "${name}" ${rule.fromYears ? `הזכאות מגיל ${rule.fromYears}` : rule.fromDays ? `הזכאות מגיל ${rule.fromDays} ימים` : 'הזכאות מיום הלידה'} ועד גיל ${max.value}; ${old}, ולכן גילו מתאים.`,
    rules.source,
  );
  if (i.condition === 'developmental-delay' && rule.untilYears === undefined && years >= 3) {
    ctx.warn(
      'במדריך לשנת 2014 עיכוב התפתחותי מזכה רק עד גיל 3; הדוח לשנת 2022 מונה אותו בין הליקויים המיוחדים בלי גיל עליון, ולפיו נבדק — יש לוודא מול התקנות.',
    );
  }
  return true;
}

export const disabledChild = defineCalculator({
  name: 'disabled-child',
  description: 'גמלה לילד נכה: זכאות לפי עילה וגיל הילד, ורמות הגמלה',
  input,
  run(i, ctx) {
    if (i.childBirthDate > i.date)
      throw new RuleInputError('childBirthDate', 'תאריך הלידה של הילד מאוחר מהתאריך הנבדק');
    const eligible = allOf([fosterCare(i, ctx), age(i, ctx)]);
    const grant = indexedValueOn(childGrant, i.date, ctx);
    const { fullSingle, levels, range } = grant.value;
    const amountOf = (l: string) =>
      grant.value.amounts ? (grant.value.amounts[l] ?? null) : fullSingle.times(l).dividedBy(100);
    const details = {
      level: i.level ?? null,
      fullSinglePension: fullSingle.toFixed(2),
      levels: levels ?? null,
      levelRange: range,
      levelAmounts: levels ? Object.fromEntries(levels.map((l) => [l, amountOf(l)?.toFixed(2) ?? null])) : null,
    };
    if (eligible !== false && i.level && levels?.includes(i.level)) {
      const amount = amountOf(i.level);
      if (amount) {
        ctx.because(`הגמלה ברמה ${i.level}% שנקבעה לילד: ${shekelText(amount)} לחודש.`, grant.source);
        ctx.because(
          'נדרש גם שאחד מהורי הילד מבוטח בביטוח הלאומי ושהילד נמצא בישראל.',
          cite('report2022', '"גמלה לילד נכה › קביעת הזכאות לגמלה"'),
        );
        return { eligible, amount, unit: 'month', details };
      }
      ctx.because(
        `למקורות אין את סכום הגמלה ברמה ${i.level}% לתאריך ${i.date}; ידועים רק הסכומים של הרמות ${Object.keys(grant.value.amounts ?? {}).join('%, ')}%.`,
        grant.source,
      );
      ctx.need(`סכום הגמלה לילד נכה ברמה ${i.level}% לתאריך ${i.date}`);
    }
    if (eligible !== false) {
      ctx.because(
        `הגמלה היא ${levels ? `אחת הרמות ${levels.join('%, ')}%` : `בשיעור של ${range[0]}%–${range[1]}%`} מקצבת יחיד מלאה (${shekelText(fullSingle)}); הרמה נקבעת בבדיקת רופא המוסד לפי הליקוי ולפי ניקוד מבחן התלות, ואינה נגזרת מהעילה לבדה, ולכן ${i.level ? 'בלי סכום לרמה שנמסרה' : 'כשהרמה לא נמסרה'} הסכום אינו מחושב.`,
        levels ? `${grant.source}; ${LEVELS_2022}` : grant.source,
      );
      ctx.because(
        'נדרש גם שאחד מהורי הילד מבוטח בביטוח הלאומי ושהילד נמצא בישראל.',
        cite('report2022', '"גמלה לילד נכה › קביעת הזכאות לגמלה"'),
      );
    }
    return { eligible, amount: null, unit: null, details };
  },
});
