// Income support (גמלה להבטחת הכנסה), per the NII rights guide 2014, "גמלה להבטחת הכנסה", and the
// NII's rate tables from 2024: the full monthly benefit by family composition and age band (20–24 /
// 25–54 / 55 and over), and the work income up to which a full or partial benefit is paid. Childless
// claimants aged 20–24 who must pass the work test get less: 20% less in 2014, the table's own
// "reporting to the Employment Service" column from 2024.
// Loose in the sources, read literally (and said so in a reason):
// - the table says "up to this sum one may earn and receive a benefit", the worker's paragraph says
//   income "lower than" the table: income equal to the limit is taken as no longer entitled;
// - how a partial benefit is computed (which income is disregarded) is not given ("יש הכנסות שאינן
//   מובאות בחשבון"), so with work income the amount is left open and the full amount is the ceiling;
// - "בני 20-25" and "בני 25-55" overlap at 25: the reduction is read as applying below 25 (from 2024
//   the NII's table says 20–24 and 25–54);
// - the kept 2024 and 2025 tables are cut off in places: a missing cell takes the latest earlier
//   value, and the result says so.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { defineCalculator, formatAmount } from '../calculator';
import type { RuleContext } from '../context';
import { count, date, shekels } from '../inputs';
import {
  ageBands,
  amounts,
  compositionNames,
  familyCompositions,
  residenceMonths,
  specialDeduction,
  vehicleValue,
  youngReductionPercent,
  type AmountColumn,
  type FamilyComposition,
} from '../parameters/income-support';
import { indexedValueOn } from '../parameters/lookup';
import { currentValues, valueOn } from '../parameters/parameter';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';
import { allOf, type Verdict } from '../verdict';

const SECTION = (sub: string) => cite('rights2014', `"גמלה להבטחת הכנסה › ${sub}"`);
const WORK_TEST = `${SECTION('תנאי הזכאות לגמלת הבטחת הכנסה')}, "מבחן תעסוקה"; ${SECTION('פטורים ממבחן תעסוקה')}`;
const CHILDLESS: readonly FamilyComposition[] = ['single', 'couple'];

function ageCondition(age: number, on: string, ctx: RuleContext): Verdict {
  const bands = valueOn(ageBands, on, ctx);
  const { from, specialFrom } = bands.value;
  if (age >= from) {
    ctx.because(`גמלת הבטחת הכנסה משולמת למי שמלאו לו ${from} שנים; התובע/ת בן/בת ${age}.`, bands.source);
    return true;
  }
  if (age >= specialFrom) {
    ctx.because(
      `מתחת לגיל ${from} משולמת הגמלה רק בנסיבות מיוחדות (כגון מחלה, הריון או שימוש בסמים) ומגיל ${specialFrom}; התובע/ת בן/בת ${age}.`,
      bands.source,
    );
    ctx.need(`נסיבות מיוחדות המזכות בגמלה בגיל ${specialFrom}–${from - 1} (מחלה, הריון, שימוש בסמים וכדומה)`);
    return null;
  }
  ctx.because(
    `גמלת הבטחת הכנסה משולמת מגיל ${from}, ובנסיבות מיוחדות מגיל ${specialFrom}; התובע/ת בן/בת ${age} בלבד.`,
    bands.source,
  );
  return false;
}

/**
 * One cell of the table in force; where the kept table does not give it, the latest earlier value,
 * with a reason and the result's notice that figures may be out of date.
 */
function cell(
  on: string,
  composition: FamilyComposition,
  column: AmountColumn,
  field: 'full' | 'earningsUpTo',
  ctx: RuleContext,
): { value: Decimal; source: string } {
  const inForce = indexedValueOn(amounts, on, ctx);
  const earlier = currentValues(amounts)
    .filter((v) => v.from <= inForce.from)
    .reverse();
  for (const v of earlier) {
    const value = v.value[composition][column][field];
    if (!value) continue;
    if (v !== inForce) {
      const what = field === 'full' ? 'הגמלה המלאה' : 'ההכנסה מעבודה שעד אליה משולמת גמלה';
      ctx.because(
        `בטבלה הידועה מ-${inForce.from} חסר הסכום של ${what} ל"${compositionNames[composition]}" בקבוצת גיל זו; נעשה שימוש בסכום הידוע מ-${v.from}.`,
        inForce.source,
      );
      ctx.stale(amounts.description, v.from, on);
    }
    return { value, source: v.source };
  }
  throw new Error(`no ${field} for ${composition}/${column} on or before ${on}`);
}

export const incomeSupport = defineCalculator({
  name: 'income-support',
  description: 'גמלת הבטחת הכנסה: הגמלה המלאה לפי הרכב המשפחה והגיל, וההכנסה מעבודה שעד אליה משולמת גמלה',
  input: z.object({
    date,
    age: count,
    familyComposition: z.enum(familyCompositions),
    monthlyWorkIncome: shekels,
    exemptFromWorkTest: z.boolean().optional(),
  }),
  run(input, ctx) {
    const on = input.date;
    const ofAge = ageCondition(input.age, on, ctx);
    const bands = valueOn(ageBands, on, ctx).value;
    const table = indexedValueOn(amounts, on, ctx);
    const older = input.age >= bands.olderFrom;
    const columnKey: AmountColumn = older ? 'from55' : 'under55';
    const fullCell = cell(on, input.familyComposition, columnKey, 'full', ctx);
    const upToCell = cell(on, input.familyComposition, columnKey, 'earningsUpTo', ctx);
    const row = { full: fullCell.value, earningsUpTo: upToCell.value };
    const name = compositionNames[input.familyComposition];
    const column = older ? `בני ${bands.olderFrom} ומעלה` : `בני ${bands.from}–${bands.olderFrom - 1}`;
    ctx.because(
      `ל"${name}" (${column}) הגמלה המלאה היא ${shekelText(row.full)} לחודש, ואפשר להרוויח מעבודה עד ${shekelText(row.earningsUpTo)} ולקבל גמלה מלאה או חלקית.`,
      fullCell.source === upToCell.source ? fullCell.source : `${fullCell.source}; ${upToCell.source}`,
    );

    const income = input.monthlyWorkIncome;
    let withinIncome: Verdict = true;
    if (income.gte(row.earningsUpTo)) {
      withinIncome = false;
      ctx.because(
        `ההכנסה מעבודה (${shekelText(income)}) אינה נמוכה מ-${shekelText(row.earningsUpTo)}, ולכן אין זכאות לגמלה. המדריך אומר "עד סכום זה" בטבלה ו"נמוכה מהסכומים" בפסקת העובד בשכר נמוך; בקריאה מילולית הכנסה השווה לסכום אינה מזכה.`,
        table.source,
      );
    }

    const details: Record<string, unknown> = {
      fullAmount: formatAmount(row.full),
      earningsUpTo: formatAmount(row.earningsUpTo),
      partial: income.gt(0) && withinIncome === true,
    };
    let full: Decimal | null = row.full;
    const young =
      input.age >= bands.from && input.age < bands.youngUntil && CHILDLESS.includes(input.familyComposition);
    if (young) {
      const reduction = valueOn(youngReductionPercent, on, ctx);
      if (input.exemptFromWorkTest === undefined) {
        full = null;
        ctx.because(
          `לבני ${bands.from}–${bands.youngUntil} בלי ילדים החייבים במבחן תעסוקה הגמלה מופחתת ב-${reduction.value}%; לא נמסר אם התובע/ת פטור/ה ממבחן התעסוקה, ולכן הסכום אינו נקבע.`,
          reduction.source,
        );
        ctx.need('exemptFromWorkTest');
      } else if (!input.exemptFromWorkTest && table.value[input.familyComposition].youngReporting) {
        full = table.value[input.familyComposition].youngReporting!;
        ctx.because(
          `התובע/ת בן/בת ${input.age}, בלי ילדים וחייב/ת במבחן תעסוקה (מתייצב/ת בשירות התעסוקה): לפי טבלת המוסד לגילים ${bands.from}–${bands.youngUntil - 1} הגמלה היא ${shekelText(full)} לחודש.`,
          table.source,
        );
      } else if (!input.exemptFromWorkTest) {
        full = row.full.times(100 - reduction.value).dividedBy(100);
        ctx.because(
          `התובע/ת בן/בת ${input.age}, בלי ילדים וחייב/ת במבחן תעסוקה, ולכן הגמלה מופחתת ב-${reduction.value}% ל-${shekelText(full)} (מתחת לגיל ${bands.youngUntil}; המדריך אומר "בני 20-25" וגם "בני 25-55", וגיל 25 נקרא כשייך לקבוצה השנייה).`,
          reduction.source,
        );
      }
      details.fullAmount = full ? formatAmount(full) : null;
    }

    if (input.exemptFromWorkTest) {
      ctx.because(
        'התובע/ת פטור/ה ממבחן התעסוקה (למשל חולה שאינו מסוגל לעבוד, הורה יחיד לילד עד גיל שנתיים, מי שהגיע לגיל פרישה).',
        WORK_TEST,
      );
    } else {
      ctx.because(
        `${input.exemptFromWorkTest === false ? 'התובע/ת אינו/ה פטור/ה ממבחן התעסוקה' : 'לא נמסר אם התובע/ת פטור/ה ממבחן התעסוקה'}: התובע ובן/בת זוגו צריכים להיות מחוסרי עבודה (ולהתייצב בשירות התעסוקה), עובדים בשכר נמוך במשרה מלאה (או חלקית בשל מצב בריאות או סיבה אחרת), או בהכשרה מקצועית.`,
        WORK_TEST,
      );
    }

    if (input.age >= bands.youngUntil && !older) {
      ctx.because(
        `לבני ${bands.youngUntil}–${bands.olderFrom} שקיבלו גמלה בשיעור המוגדל ברציפות מאז 12/2002 (או עם הפסקה של 6 חודשים לכל היותר) יש שיעורי גמלה גבוהים יותר, שהמדריך אינו מפרט.`,
        table.source,
      );
    }
    const eligible = allOf([ofAge, withinIncome]);
    const residence = valueOn(residenceMonths, on, ctx);
    const vehicle = valueOn(vehicleValue, on, ctx);
    const deduction = valueOn(specialDeduction, on, ctx);
    ctx.because(
      `הזכאות מותנית גם בתושבות רצופה של ${residence.value} חודשים לפחות (למעט החריגים שבמדריך), במבחן הכנסות של התובע ובן/בת זוגו מכל המקורות ובמבחן רכב (רכב ששוויו עד ${shekelText(vehicle.value)} מפחית את הגמלה), ובכך שאינם בקבוצות שאינן זכאיות (מוסד על חשבון הציבור, שירות סדיר, קיבוץ, סטודנט או תלמיד ישיבה); כשבן/בת הזוג מאושפז/ת על חשבון הציבור או אינו/ה תושב/ת, מופחתים ${shekelText(deduction.value)}. אלה לא נבדקו.`,
      `${residence.source}; ${vehicle.source}; ${deduction.source}; ${SECTION('אלה אינם זכאים לגמלה')}`,
    );
    ctx.because(
      'הגמלה משולמת מהחודש שבו הוגשה התביעה, ואין תשלום רטרואקטיבי.',
      SECTION('הגשת תביעה לגמלת הבטחת הכנסה'),
    );

    if (eligible === false) return { eligible, amount: null, unit: null, details };
    if (details.partial) {
      ctx.because(
        `יש הכנסה מעבודה (${shekelText(income)}) הנמוכה מ-${shekelText(row.earningsUpTo)}, ולכן משולמת גמלה חלקית, נמוכה מהגמלה המלאה. המדריך אינו מפרט איזו הכנסה אינה מובאת בחשבון ואיך מחושבת הגמלה החלקית, ולכן סכומה אינו מחושב כאן.`,
        `${table.source}; ${SECTION('תנאי הזכאות לגמלת הבטחת הכנסה')}, "יש הכנסות שאינן מובאות בחשבון"`,
      );
      return { eligible, amount: null, unit: null, details };
    }
    return { eligible, amount: full, unit: full ? 'month' : null, details };
  },
});
