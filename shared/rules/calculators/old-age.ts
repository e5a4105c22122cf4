// Old-age pension (קצבת זקנה), per the NII rights guide 2014 "ביטוח זקנה": from the retirement
// age (גיל הפרישה) the pension is paid if work income stays under a limit; from the entitlement age
// (גיל הזכאות) whatever the income. Qualifying period: 60 insured months in the 10 years before the
// qualifying age, or 144 months, or 60 months if not fewer than the uninsured months. The basic
// amount (single / couple, higher from 80) plus a seniority increment of 2% for each insured year
// beyond 10, at most 50%.
// Loose in the source, read literally (and said so in a reason):
// - women's retirement age: 62 for births 1950–1954; "rising gradually from 62 to 64" from 2017 with
//   no table, so births from 1955 get a range, and eligibility inside it is left open (null); before
//   1950 no age is given and 62 is carried with a warning. From 2022 the NII table replaces this
//   (parameters/old-age.ts, flagged secondary for its start date);
// - the seniority increment is "2% of the pension": taken on the basic amount computed (for a couple,
//   the couple amount);
// - the income test before the entitlement age joins work income and income from other sources with
//   "and": only work income is an input, the other limit is stated as a condition;
// - the deferral increment (5% a year) needs the years the pension was withheld: stated, not added.
import type Decimal from 'decimal.js';
import { z } from 'zod';
import { own } from '../../api/validation';
import { addMonthsIso, ageOn, isoToDisplay } from '../../dates';
import { defineCalculator, formatAmount } from '../calculator';
import type { RuleContext } from '../context';
import { date, sexInput, shekels } from '../inputs';
import {
  basicCouple,
  basicCouple80,
  basicSingle,
  basicSingle80,
  deferralPercent,
  healthInsurance,
  higherRateAge,
  incomeTest,
  menEntitlementAge,
  menRetirementAge,
  paymentStartDay,
  qualifying,
  seniority,
  womenEntitlementAge,
  womenRetirementAge,
  type AgeRow,
} from '../parameters/old-age';
import { indexedValueOn } from '../parameters/lookup';
import { valueOn } from '../parameters/parameter';
import { seniorityIncrement, seniorityPercent } from '../seniority';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';
import { RuleInputError } from '../types';
import { allOf, type Verdict } from '../verdict';

const WHO = cite('rights2014', '"ביטוח זקנה › קצבת זקנה › מי זכאי?"');
const AGES = cite('rights2014', '"ביטוח זקנה › קצבת זקנה › תנאי הזכאות › 1. הגעת ל"גיל המזכה בקצבת זקנה""');

const show = (isoDate: string) => isoToDisplay(isoDate);

/** The day someone born on `birthDate` reaches `years` and `months` (the month's last day where it has none). */
export function dateAtAge(birthDate: string, years: number, months: number): string {
  return addMonthsIso(birthDate, years * 12 + months);
}

/** The row of an age table for a birth date, by its month. */
export function rowFor(rows: readonly AgeRow[], birthDate: string): AgeRow {
  const month = birthDate.slice(0, 7);
  const row = rows.find((r) => (!r.bornFrom || month >= r.bornFrom) && (!r.bornUntil || month <= r.bornUntil));
  if (!row) throw new RuleInputError('birthDate', `אין בטבלה גיל לחודש הלידה ${month}`);
  return row;
}

/** Entitled on the 1st–15th: paid from the 1st of that month; later: from the 1st of the next. */
function paymentFrom(entitledOn: string, lastDay: number): string {
  const first = `${entitledOn.slice(0, 8)}01`;
  return Number(entitledOn.slice(8)) <= lastDay ? first : addMonthsIso(first, 1);
}

const ageText = (years: number, months: number) => (months ? `${years} ו-${months} חודשים` : `${years}`);

interface Ages {
  /** null where the source gives only a range. */
  retirementDate: string | null;
  retirementRange: { earliest: string; latest: string } | null;
  entitlementDate: string;
}

function retirementAndEntitlement(birthDate: string, female: boolean, on: string, ctx: RuleContext): Ages {
  const born = `${birthDate.slice(5, 7)}/${birthDate.slice(0, 4)}`;
  let retirementDate: string | null;
  let retirementRange: Ages['retirementRange'] = null;
  if (female) {
    const table = valueOn(womenRetirementAge, on, ctx);
    const row = rowFor(table.value, birthDate);
    if (row.upTo) {
      retirementDate = null;
      retirementRange = {
        earliest: dateAtAge(birthDate, row.years, row.months),
        latest: dateAtAge(birthDate, row.upTo.years, row.upTo.months),
      };
      ctx.because(
        `לפי המדריך, גיל הפרישה לנשים שנולדו מ-${row.bornFrom!.slice(0, 4)} ואילך "יעלה בהדרגה על פי תאריך הלידה שלהן, מ-62 שנים ל-64 שנים", בלי טבלה; בקריאה מילולית גיל הפרישה של מי שנולדה ב-${born} הוא בין ${ageText(row.years, row.months)} ל-${ageText(row.upTo.years, row.upTo.months)}, כלומר בין ${show(retirementRange.earliest)} ל-${show(retirementRange.latest)}.`,
        table.source,
      );
    } else {
      retirementDate = dateAtAge(birthDate, row.years, row.months);
      if (row.assumed) {
        ctx.because(
          `המדריך אינו מציין את גיל הפרישה לנשים שנולדו לפני 1950; נלקח הגיל ${row.years} שהוא מציין לנשים שנולדו בשנים 1950–1954, ולכן מועד גיל הפרישה (${show(retirementDate)}) אינו ודאי.`,
          table.source,
        );
        ctx.warn(`גיל הפרישה לאישה שנולדה ב-${born} אינו מופיע במקור; המועד ${retirementDate} הוא הערכה`);
      } else {
        ctx.because(
          `גיל הפרישה לאישה שנולדה ב-${born} הוא ${ageText(row.years, row.months)}, ולכן היא מגיעה אליו ב-${show(retirementDate)}.`,
          table.source,
        );
      }
    }
  } else {
    const men = valueOn(menRetirementAge, on, ctx);
    retirementDate = dateAtAge(birthDate, men.value, 0);
    ctx.because(`גיל הפרישה לגברים הוא ${men.value}, ולכן המבוטח מגיע אליו ב-${show(retirementDate)}.`, men.source);
  }

  let entitlementDate: string;
  if (female) {
    const table = valueOn(womenEntitlementAge, on, ctx);
    const row = rowFor(table.value, birthDate);
    entitlementDate = dateAtAge(birthDate, row.years, row.months);
    ctx.because(
      `גיל הזכאות לקצבת זקנה (שבו היא משולמת בלי קשר להכנסות) לאישה שנולדה ב-${born} הוא ${ageText(row.years, row.months)}, כלומר ${show(entitlementDate)}.`,
      table.source,
    );
  } else {
    const men = valueOn(menEntitlementAge, on, ctx);
    entitlementDate = dateAtAge(birthDate, men.value, 0);
    ctx.because(
      `גיל הזכאות לקצבת זקנה לגברים (שבו היא משולמת בלי קשר להכנסות) הוא ${men.value}, כלומר ${show(entitlementDate)}.`,
      men.source,
    );
  }
  return { retirementDate, retirementRange, entitlementDate };
}

/** Age and income: from the entitlement age yes; between the ages, if the work income is within the limit. */
function ageAndIncome(
  input: { date: string; monthlyWorkIncome: Decimal },
  couple: boolean,
  ages: Ages,
  ctx: RuleContext,
): Verdict {
  const on = input.date;
  if (on >= ages.entitlementDate) {
    ctx.because(
      `ב-${show(on)} המבוטח/ת כבר הגיע/ה לגיל הזכאות, ולכן הקצבה משולמת בלי מבחן הכנסות.`,
      cite('rights2014', '"ביטוח זקנה › קצבת זקנה › ב. גיל הזכאות לקצבת זקנה"'),
    );
    return true;
  }
  const earliest = ages.retirementDate ?? ages.retirementRange!.earliest;
  if (on < earliest) {
    ctx.because(
      `ב-${show(on)} המבוטח/ת טרם הגיע/ה לגיל הפרישה (${show(earliest)}${ages.retirementDate ? '' : ' לכל המוקדם'}), ולכן אינו/ה זכאי/ת עדיין לקצבת זקנה.`,
      AGES,
    );
    return false;
  }
  let reached: Verdict = true;
  if (!ages.retirementDate && on < ages.retirementRange!.latest) {
    reached = null;
    ctx.need('גיל הפרישה המדויק לאישה שנולדה מ-1955 ואילך (המדריך מציין רק עלייה הדרגתית מ-62 ל-64)');
  }
  const test = indexedValueOn(incomeTest, on, ctx);
  const limit = couple ? test.value.work.couple : test.value.work.single;
  const otherLimit = couple ? test.value.other.couple : test.value.other.single;
  const who = couple ? 'לזוג' : 'ליחיד';
  if (input.monthlyWorkIncome.gt(limit)) {
    const deferral = valueOn(deferralPercent, on, ctx);
    ctx.because(
      `בין גיל הפרישה לגיל הזכאות הקצבה משולמת רק אם ההכנסה מעבודה אינה עולה על ${shekelText(limit)} לחודש ${who}; ההכנסה מעבודה (${shekelText(input.monthlyWorkIncome)}) עולה עליה, ולכן אין זכאות עד ${show(ages.entitlementDate)}. בעד כל שנה כזו תיווסף לקצבה תוספת דחייה של ${deferral.value}%.`,
      `${test.source}; ${deferral.source}`,
    );
    return false;
  }
  ctx.because(
    `בין גיל הפרישה לגיל הזכאות הקצבה משולמת אם ההכנסה מעבודה אינה עולה על ${shekelText(limit)} לחודש ${who} (ההכנסה מעבודה: ${shekelText(input.monthlyWorkIncome)}), ובתנאי שההכנסה ממקורות אחרים אינה עולה על ${shekelText(otherLimit)}; הכנסה מפנסיה אינה נחשבת. ההכנסה ממקורות אחרים לא נמסרה ולא נבדקה.`,
    test.source,
  );
  return reached;
}

/** 60 months in the last 10 years, or 144 months, or 60 months not fewer than the uninsured ones. */
function qualifyingPeriod(insuredYears: number, on: string, ctx: RuleContext): Verdict {
  const rule = valueOn(qualifying, on, ctx);
  const q = rule.value;
  const months = insuredYears * 12;
  const text = `תקופת האכשרה: ${q.monthsInLast10Years} חודשי ביטוח ב-10 השנים שקדמו לגיל המזכה, או ${q.totalMonths} חודשי ביטוח, או ${q.monthsIfNotFewerThanUninsured} חודשי ביטוח שאינם פחות מחודשי אי-הביטוח.`;
  if (months >= q.totalMonths) {
    ctx.because(
      `${text} למבוטח/ת ${insuredYears} שנות ביטוח (${months} חודשים), ולכן תקופת האכשרה הושלמה.`,
      rule.source,
    );
    return true;
  }
  if (months < Math.min(q.monthsInLast10Years, q.monthsIfNotFewerThanUninsured)) {
    ctx.because(
      `${text} למבוטח/ת ${insuredYears} שנות ביטוח בלבד (${months} חודשים), פחות מכל אחת מהחלופות, ולכן תקופת האכשרה לא הושלמה.`,
      rule.source,
    );
    return false;
  }
  ctx.because(
    `${text} ל-${insuredYears} שנות ביטוח (${months} חודשים) תלויה ההשלמה בחלוקת החודשים על פני השנים.`,
    rule.source,
  );
  ctx.need('חודשי הביטוח ב-10 השנים שלפני גיל הפרישה, או מספר חודשי אי-הביטוח');
  return null;
}

/** The basic amount (single or couple, higher from 80) and the seniority increment on it. */
function amount(
  input: { date: string; birthDate: string; insuredYears: number },
  couple: boolean,
  female: boolean,
  ctx: RuleContext,
) {
  const on = input.date;
  const eighty = valueOn(higherRateAge, on, ctx);
  const old = ageOn(input.birthDate, on) >= eighty.value;
  const basic = indexedValueOn(
    couple ? (old ? basicCouple80 : basicCouple) : old ? basicSingle80 : basicSingle,
    on,
    ctx,
  );
  ctx.because(
    `קצבת הזקנה הבסיסית ${couple ? 'לזוג' : 'ליחיד'}${old ? ` (מקבל/ת הקצבה בן/בת ${eighty.value} ומעלה)` : ''} היא ${shekelText(basic.value)} לחודש.`,
    basic.source,
  );
  if (!couple) {
    ctx.because(
      'קצבת הזוג משולמת רק אם בן או בת הזוג עומדים בתנאי התלות (גיל, משך הנישואין, מבחן הכנסות); זה לא נמסר, ולכן חושבה קצבת יחיד.',
      cite('rights2014', '"ביטוח זקנה › קצבת זקנה › תוספת תלויים"'),
    );
  }
  const rule = valueOn(seniority, on, ctx);
  const percent = seniorityPercent(input.insuredYears, rule.value);
  const increment = seniorityIncrement(basic.value, percent);
  ctx.because(
    `תוספת ותק: ${rule.value.percentPerYear}% מהקצבה לכל שנת ביטוח מעל ${rule.value.afterYears} השנים הראשונות, עד ${rule.value.maxPercent}%; ל-${Math.floor(input.insuredYears)} שנות ביטוח — ${percent}%, כלומר ${shekelText(increment)}. המדריך אומר "2% מהקצבה" בלי לפרט; בקריאה מילולית התוספת חושבה על הקצבה הבסיסית שלעיל${couple ? ' (קצבת הזוג)' : ''}.`,
    rule.source,
  );
  if (female)
    ctx.because(
      'לעקרת בית (אישה נשואה שאינה עובדת מחוץ למשק ביתה ובן זוגה מבוטח) לא משולמת תוספת ותק ולא תוספת תלויים; אם זה מצבה, הסכום נמוך מהמחושב.',
      rule.source,
    );
  const health = valueOn(healthInsurance, on, ctx);
  const deduction = couple ? health.value.couple : health.value.single;
  ctx.because(
    `מהקצבה מנוכים דמי ביטוח בריאות (${shekelText(deduction)}); הסכום המחושב הוא לפני הניכוי.`,
    health.source,
  );
  return { basic: basic.value, percent, increment, deduction };
}

export const oldAge = defineCalculator({
  name: 'old-age',
  description: 'קצבת זקנה: גיל הפרישה וגיל הזכאות, מבחן ההכנסה מעבודה, הקצבה הבסיסית ותוספת ותק',
  input: z.object({
    date,
    birthDate: date,
    sex: sexInput,
    insuredYears: z.number().min(0, own('שנות ביטוח: מספר בין 0 ל-100')).max(100, own('שנות ביטוח: מספר בין 0 ל-100')),
    monthlyWorkIncome: shekels,
    couple: z.boolean().optional(),
  }),
  run(input, ctx) {
    if (input.birthDate >= input.date)
      throw new RuleInputError('birthDate', 'תאריך הלידה צריך להיות לפני התאריך הנבדק');
    const female = input.sex === 'female';
    const couple = input.couple === true;
    const ages = retirementAndEntitlement(input.birthDate, female, input.date, ctx);
    const eligible = allOf([
      ageAndIncome(input, couple, ages, ctx),
      qualifyingPeriod(input.insuredYears, input.date, ctx),
    ]);
    ctx.because(
      'הזכאות מותנית גם בכך שהמבוטח/ת תושב/ת ישראל שנולד/ה בה או עלה/תה לפני גיל 62, ששולמו דמי הביטוח (למי שאינו שכיר), ולאישה — שהיא באחד המצבים שהמדריך מונה (לא נשואה, עובדת, בן זוגה אינו מבוטח, עגונה, או עקרת בית שנולדה אחרי 1930); אלה לא נבדקו.',
      WHO,
    );

    const startDay = valueOn(paymentStartDay, input.date, ctx);
    const details: Record<string, unknown> = {
      retirementDate: ages.retirementDate,
      entitlementDate: ages.entitlementDate,
      paymentFrom: {
        retirement: ages.retirementDate ? paymentFrom(ages.retirementDate, startDay.value) : null,
        entitlement: paymentFrom(ages.entitlementDate, startDay.value),
      },
    };
    if (ages.retirementRange) details.retirementDateRange = ages.retirementRange;
    ctx.because(
      `מי שנעשה זכאי בין ה-1 ל-${startDay.value} בחודש מקבל קצבה מ-1 באותו חודש, ומי שנעשה זכאי אחר כך — מ-1 בחודש שאחריו; תביעה שהוגשה יותר מ-12 חודשים אחרי תחילת הזכאות משולמת לכל היותר 12 חודשים למפרע (למעט מי שתבע אחרי גיל הזכאות).`,
      startDay.source,
    );
    if (eligible === false) return { eligible, amount: null, unit: null, details };

    const a = amount(input, couple, female, ctx);
    Object.assign(details, {
      basic: formatAmount(a.basic),
      seniorityPercent: a.percent,
      seniorityIncrement: formatAmount(a.increment),
      healthInsuranceDeduction: formatAmount(a.deduction),
    });
    if (input.date >= (ages.retirementDate ?? ages.retirementRange!.earliest)) {
      const deferral = valueOn(deferralPercent, input.date, ctx);
      ctx.because(
        `אם בשנים שבין גיל הפרישה לגיל הזכאות לא שולמה קצבה בשל הכנסה מעבודה, מגיעה תוספת דחייה של ${deferral.value}% לכל שנה כזו; היא לא נכללה בחישוב.`,
        deferral.source,
      );
    }
    return { eligible, amount: a.basic.plus(a.increment), unit: 'month', details };
  },
});
