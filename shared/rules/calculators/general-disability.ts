// General disability pension (קצבת נכות כללית). Who: a resident from 18 to
// retirement age whose medical disability and loss of earning (or, for a housewife, household)
// capacity pass the thresholds, and whose work income is under the limit. How much: the full single
// pension at a degree of 75% or more; at a partial degree a share proportional to it until 2023 and
// the NII's table amount for 60%, 65% and 74% from 2024; supplements for a spouse and the first two
// children (from 2024 tabulated per degree too). Sources: the NII rights guide 2014, the NII annual
// report 2022, the NII's rate tables from 2024.
//
// Literal readings where the published sources are loose (each is also said in a reason or warning):
// - Above the income disregard the pension is reduced, but the published sources give only the disregard and
//   the zero points, not the rate: the amount is then null, with the unreduced amount in details.
// - Degrees 50%–59% qualify (loss of 50% or more) but the published sources list paid degrees from 60%: the
//   share is proportional to the degree given, as the 2014 guide says for 60%–74%. From 2024 the
//   table lists no such degree: the amount is left open and the committee's degree is asked for.
// - Until 2023 supplements at a partial degree are the same share of the full-degree supplement as
//   the pension is of the full pension (2014 guide: "50% / 40% מן הקצבה המשולמת לנכה").
// - The 2014 supplement for a full degree (קח"ן) is 252–372 ₪ "by medical percent" with no table:
//   the minimum is added and a warning says it may be higher.
// - Women's retirement age: from 2022 the NII's table by birth month. Before it the 2014 guide gives
//   steps it does not tabulate: between 62 and 64/65 (unless born 1950–1954) the answer is null and the
//   retirement age is asked for.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { ageOn } from '../../dates';
import { defineCalculator, formatAmount } from '../calculator';
import type { RuleContext } from '../context';
import { count, date, percent, sexInput, shekels } from '../inputs';
import {
  childSupplement,
  dependantsNonWorkDisregard,
  fullDegreeSupplement,
  fullPension,
  incapacityDegrees,
  PARTIAL_DEGREES,
  partialDegreePension,
  partialDependants,
  type PartialDegree,
  incomeDisregard,
  institutionAmount,
  medicalThreshold,
  retirementAge,
  spouseIncomeLimit,
  spouseSupplement,
  workIncomeLimit,
  zeroPoint,
} from '../parameters/disability';
import { endedValueOn, indexedValueOn } from '../parameters/lookup';
import { womenRetirementAge } from '../parameters/old-age';
import { dateAtAge, rowFor } from './old-age';
import { valueOn } from '../parameters/parameter';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';
import { RuleInputError } from '../types';
import { allOf, type Verdict } from '../verdict';

const WHO_2014 = cite('rights2014', '"ביטוח נכות › מי זכאי לקצבת נכות?"');
const CONDITIONS_2022 = cite('report2022', '"קצבת נכות כללית › תנאי הזכאות"');
const WHO = `${WHO_2014}; ${CONDITIONS_2022}`;
const AMOUNTS_2014 = cite('rights2014', '"ביטוח נכות › סכום הקצבה בינואר 2014"');
const INSTITUTION = `${AMOUNTS_2014}; ${cite('report2022', '"שינויי חקיקה › 2022 › נכות כללית", "תוספת לשוהים במוסד"')}`;
const DEGREES_TABLE = cite('report2022', '"לוח 4: מקבלי קצבת נכות לפי דרגת אי-כושר" (דרגות 60%, 65%, 74%, 75%–100%)');
/** Since March 2018 the former additional monthly benefit (קח"ן) is part of the full pension. */
const KAHAN_INCLUDED_FROM = '2018-03-01';
const HOUSEWIFE_2014 = cite('rights2014', '"ביטוח נכות › מי זכאי לקצבת נכות?", "עקרת בית נכה"');

const input = z.object({
  date,
  birthDate: date,
  sex: sexInput,
  resident: z.boolean(),
  housewife: z.boolean(),
  weightedMedicalPercent: percent,
  maxImpairmentPercent: percent,
  incapacityPercent: percent,
  monthlyWorkIncome: shekels,
  spouse: z.object({ monthlyIncome: shekels.optional() }).optional(),
  children: count.optional(),
  inInstitution: z.boolean().optional(),
});
type Input = z.output<typeof input>;
type Track = 'earner' | 'housewife';

const two = (d: Decimal | null) => (d === null ? null : formatAmount(d));

function residency(i: Input, ctx: RuleContext): Verdict {
  if (i.resident) return true;
  ctx.because('קצבת נכות כללית משולמת לתושב ישראל בלבד, ולפי הנתונים המבוטח אינו תושב ישראל.', WHO);
  return false;
}

/** 18 up to retirement age: for women by the NII's table by birth month where it gives one (from 2022). */
function ageRange(i: Input, ctx: RuleContext): Verdict {
  const age = ageOn(i.birthDate, i.date);
  if (age < 18) {
    ctx.because(`המבוטח בן ${age} בתאריך ${i.date}, וקצבת נכות כללית משולמת מגיל 18.`, WHO);
    return false;
  }
  const r = valueOn(retirementAge, i.date, ctx);
  const { men, womenFrom, womenTo, womenFixed } = r.value;
  if (i.sex === 'male') {
    const under = age < men;
    ctx.because(
      under
        ? `המבוטח בן ${age}, בין 18 לגיל הפרישה (${men}).`
        : `המבוטח בן ${age} והגיע לגיל הפרישה (${men}); קצבת נכות כללית משולמת עד גיל הפרישה.`,
      `${WHO}; ${r.source}`,
    );
    return under;
  }
  const table = valueOn(womenRetirementAge, i.date, ctx);
  const row = rowFor(table.value, i.birthDate);
  if (!row.upTo && !row.assumed) {
    const at = dateAtAge(i.birthDate, row.years, row.months);
    const under = i.date < at;
    const years = row.months ? `${row.years} ו-${row.months} חודשים` : `${row.years}`;
    ctx.because(
      under
        ? `המבוטחת בת ${age}; גיל הפרישה שלה לפי חודש לידתה הוא ${years}, והיא תגיע אליו ב-${at}.`
        : `המבוטחת בת ${age} והגיעה לגיל הפרישה שלה לפי חודש לידתה (${years}, ב-${at}); קצבת נכות כללית משולמת עד גיל הפרישה.`,
      `${WHO}; ${table.source}`,
    );
    return under;
  }
  const fixed = i.birthDate >= womenFixed.bornFrom && i.birthDate <= womenFixed.bornTo;
  if (age < womenFrom) {
    ctx.because(`המבוטחת בת ${age}, בין 18 לגיל הפרישה (${womenFrom} לפחות).`, `${WHO}; ${r.source}`);
    return true;
  }
  if (fixed || age >= womenTo) {
    const at = fixed ? womenFrom : womenTo;
    ctx.because(
      `המבוטחת בת ${age} והגיעה לגיל הפרישה (${fixed ? `${at}, לילידות 1950–1954` : `${at} לכל המאוחר`}); קצבת נכות כללית משולמת עד גיל הפרישה.`,
      `${WHO}; ${r.source}`,
    );
    return false;
  }
  ctx.because(
    `המבוטחת בת ${age}: גיל הפרישה לנשים עולה בהדרגה מ-${womenFrom} ל-${womenTo} לפי חודש הלידה, והטבלה אינה במקורות; יש לבדוק אם הגיעה לגיל הפרישה שלה.`,
    r.source,
  );
  ctx.need('גיל הפרישה של המבוטחת לפי חודש לידתה');
  return null;
}

/** A housewife is a married woman who does not work; one who works is assessed as an earner. */
function trackOf(i: Input, ctx: RuleContext): Track {
  if (!i.housewife) return 'earner';
  if (i.sex === 'male') {
    ctx.warn('סומן "עקרת בית" למבוטח גבר; המסלול קיים לנשים נשואות בלבד, ולכן נבדק כמשתכר.');
    return 'earner';
  }
  if (i.monthlyWorkIncome.gt(0)) {
    ctx.because('עקרת בית היא אישה נשואה שאינה עובדת; למבוטחת יש הכנסה מעבודה, ולכן נבדקה כ"משתכרת".', HOUSEWIFE_2014);
    return 'earner';
  }
  ctx.because(
    'המבוטחת נבדקה כ"עקרת בית" – אישה נשואה שעבדה רק במשק ביתה, ואובדן הכושר הנבדק הוא לתפקד במשק הבית. (עקרת בית שעבדה 12 חודשים רצופים או 24 לא רצופים ב-48 החודשים שלפני התביעה נבדקת כמשתכרת.)',
    `${CONDITIONS_2022}; ${HOUSEWIFE_2014}`,
  );
  return 'housewife';
}

function medical(i: Input, track: Track, ctx: RuleContext): Verdict {
  const t = valueOn(medicalThreshold, i.date, ctx);
  const { weighted, reducedWeighted, singleImpairment, housewife } = t.value;
  const w = i.weightedMedicalPercent;
  if (track === 'housewife') {
    const ok = w >= housewife;
    ctx.because(
      `נכות רפואית משוקללת של ${w}%; לעקרת בית נדרשת נכות רפואית של ${housewife}% לפחות – התנאי ${ok ? 'מתקיים' : 'אינו מתקיים'}.`,
      t.source,
    );
    return ok;
  }
  if (w >= weighted) {
    ctx.because(`נכות רפואית משוקללת של ${w}%, כלומר ${weighted}% לפחות – תנאי הסף הרפואי מתקיים.`, t.source);
    return true;
  }
  if (w >= reducedWeighted && i.maxImpairmentPercent >= singleImpairment) {
    ctx.because(
      `נכות רפואית משוקללת של ${w}% (${reducedWeighted}% לפחות) וליקוי אחד של ${i.maxImpairmentPercent}% (${singleImpairment}% לפחות) – תנאי הסף הרפואי מתקיים.`,
      t.source,
    );
    return true;
  }
  // Under the reduced threshold no single impairment can help: the reason does not lean on it.
  const what =
    w < reducedWeighted
      ? `נכות רפואית משוקללת של ${w}% אינה עומדת`
      : `נכות רפואית משוקללת של ${w}% וליקוי בודד של ${i.maxImpairmentPercent}% אינם עומדים`;
  ctx.because(
    `${what} בסף: ${weighted}% לפחות, או ${reducedWeighted}% לפחות כשליקוי אחד הוא ${singleImpairment}% לפחות.`,
    t.source,
  );
  return false;
}

function incapacity(i: Input, track: Track, ctx: RuleContext): Verdict {
  const d = valueOn(incapacityDegrees, i.date, ctx);
  if (i.incapacityPercent >= d.value.minimum) return true;
  const what = track === 'housewife' ? 'אובדן הכושר לתפקד במשק הבית' : 'דרגת אי-הכושר להשתכר';
  ctx.because(
    `${what} היא ${i.incapacityPercent}%, ואובדן כושר של פחות מ-${d.value.minimum}% אינו מזכה בקצבה.`,
    d.source,
  );
  return false;
}

/** The work-income limit for a claim (2014: 60% or 45% of the average wage; from 2017: 60% for all). */
function workIncome(i: Input, track: Track, ctx: RuleContext): Verdict {
  if (track === 'housewife') return true;
  const limit = indexedValueOn(workIncomeLimit, i.date, ctx);
  const income = i.monthlyWorkIncome;
  const { severe, other } = limit.value;
  if (income.lte(other)) {
    ctx.because(
      `ההכנסה החודשית מעבודה (${shekelText(income)}) אינה עולה על התקרה לזכאות (${shekelText(other)}).`,
      limit.source,
    );
    return true;
  }
  if (income.lte(severe)) {
    ctx.because(
      `ההכנסה החודשית מעבודה (${shekelText(income)}) עולה על ${shekelText(other)} אך לא על ${shekelText(severe)}: היא מותרת רק למי שיש לו ליקוי חמור או זכאות ממושכת לקצבה.`,
      limit.source,
    );
    ctx.need('האם למבוטח ליקוי חמור או זכאות ממושכת לקצבה');
    return null;
  }
  const zero = valueOn(zeroPoint, i.date, ctx);
  const after = zero.value
    ? ` מי שכבר מקבל קצבה ממשיך לקבל קצבה מופחתת עד נקודת האיפוס (${shekelText(zero.value.single)} ליחיד, ${shekelText(zero.value.spouseAndTwoChildren)} עם בן/בת זוג ושני ילדים).`
    : '';
  ctx.because(
    `ההכנסה החודשית מעבודה (${shekelText(income)}) עולה על התקרה לזכאות בתביעה (${shekelText(severe)}).${after}`,
    zero.value ? `${limit.source}; ${zero.source}` : limit.source,
  );
  return false;
}

interface Amounts {
  base: Decimal;
  fullDegreeSupplement: Decimal | null;
  spouseSupplement: Decimal | null;
  childrenSupplement: Decimal;
  /** Before any reduction for work income. */
  total: Decimal;
  /** The amount paid when the pension goes partly to an institution. */
  institution: Decimal | null;
}

/**
 * How the degree sets the amounts: the full pension; before 2024 a share of it proportional to the
 * degree (the 2014 guide); from 2024 the NII's table row for 60%, 65% or 74%.
 */
type Degree = { kind: 'full' } | { kind: 'share'; factor: Decimal } | { kind: 'table'; row: PartialDegree };

/** The table row a partial degree is paid by; null under 60%, which the table does not list. */
function tableRow(percent: number, ctx: RuleContext): PartialDegree | null {
  const row = [...PARTIAL_DEGREES].reverse().find((d) => percent >= Number(d)) ?? null;
  if (row === null) {
    ctx.because(
      `טבלת הקצבאות של המוסד מונה דרגות אי-כושר חלקיות של 60%, 65% ו-74% בלבד; לדרגה של ${percent}% אין בה סכום.`,
      DEGREES_TABLE,
    );
    ctx.need('דרגת אי-הכושר שקבעה הוועדה (60%, 65%, 74% או דרגה מלאה)');
  } else if (row !== String(percent)) {
    ctx.warn(
      `המוסד משלם לפי הדרגות 60%, 65% ו-74% בלבד; לדרגה של ${percent}% חושבה הקצבה של דרגה ${row}%, והוועדה עשויה לקבוע דרגה אחרת.`,
    );
  }
  return row;
}

/** The full single pension is read only where it is used: a table degree's amount does not rest on it. */
function degreeOf(i: Input, ctx: RuleContext): { degree: Degree; base: Decimal } | null {
  const degrees = valueOn(incapacityDegrees, i.date, ctx).value;
  const table = valueOn(partialDegreePension, i.date, ctx);
  if (i.incapacityPercent >= degrees.full || !table.value) return byFullPension(i, degrees.full, table.source, ctx);
  const row = tableRow(i.incapacityPercent, ctx);
  if (row === null) return null;
  const base = table.value[row];
  ctx.because(
    `דרגת אי-כושר חלקית של ${row}%: הקצבה ליחיד בדרגה זו היא ${shekelText(base)} לחודש, לפי טבלת הקצבאות של המוסד (ולא חלק יחסי מהקצבה המלאה).`,
    table.source,
  );
  return { degree: { kind: 'table', row }, base };
}

function byFullPension(
  i: Input,
  fullFrom: number,
  proportionalSource: string,
  ctx: RuleContext,
): { degree: Degree; base: Decimal } {
  const { value: full, source: fullSource } = indexedValueOn(fullPension, i.date, ctx);
  if (i.incapacityPercent >= fullFrom) {
    ctx.because(
      `דרגת אי-כושר של ${i.incapacityPercent}% היא דרגה מלאה (${fullFrom}% לפחות): קצבה מלאה ליחיד של ${shekelText(full)} לחודש.`,
      fullSource,
    );
    return { degree: { kind: 'full' }, base: full };
  }
  const factor = new Decimal(i.incapacityPercent).dividedBy(100);
  const base = full.times(factor);
  ctx.because(
    `דרגת אי-כושר חלקית של ${i.incapacityPercent}%: ${i.incapacityPercent}% מהקצבה המלאה ליחיד (${shekelText(full)}), כלומר ${shekelText(base)} לחודש.`,
    `${fullSource}; ${proportionalSource}`,
  );
  if (i.incapacityPercent < 60) {
    ctx.warn(
      `המקורות מונים דרגות אי-כושר חלקיות של 60%, 65% ו-74% בלבד; לדרגה של ${i.incapacityPercent}% חושבה קצבה יחסית לדרגה, והוועדה עשויה לקבוע דרגה אחרת.`,
    );
    ctx.because(
      'אובדן כושר של 50% לפחות מזכה בקצבה, אך המקורות אינם קובעים את סכומה בדרגה שמתחת ל-60%; חושבה קצבה בשיעור יחסי לדרגה (קריאה מילולית של "בשיעור יחסי לדרגת אי-הכושר").',
      DEGREES_TABLE,
    );
  }
  return { degree: { kind: 'share', factor }, base };
}

/** A dependant's increment at the degree: the full one, a share of it, or the table's, with why. */
function increment(
  i: Input,
  degree: Degree,
  atFull: Decimal,
  who: 'spouse' | 'child',
  ctx: RuleContext,
): { amount: Decimal; source: string | null } {
  if (degree.kind === 'full') return { amount: atFull, source: null };
  if (degree.kind === 'share') return { amount: atFull.times(degree.factor), source: null };
  const deps = valueOn(partialDependants, i.date, ctx);
  const table = deps.value!;
  if (i.monthlyWorkIncome.gt(table.fullFromEarnings)) {
    ctx.because(
      `מקבל קצבה בדרגה חלקית שמשתכר יותר מ-${shekelText(table.fullFromEarnings)} לחודש (${shekelText(i.monthlyWorkIncome)}) זכאי לתוספת התלויים המלאה.`,
      deps.source,
    );
    return { amount: atFull, source: deps.source };
  }
  return { amount: table[who][degree.row], source: deps.source };
}

/** The pension before any reduction for work income: base by degree and the supplements; null when the degree has no amount. */
function pension(i: Input, track: Track, ctx: RuleContext): Amounts | null {
  const found = degreeOf(i, ctx);
  if (!found) return null;
  const { degree, base } = found;

  const amounts: Amounts = {
    base,
    fullDegreeSupplement: null,
    spouseSupplement: null,
    childrenSupplement: new Decimal(0),
    total: base,
    institution: null,
  };
  if (i.inInstitution) {
    const inst = indexedValueOn(institutionAmount, i.date, ctx);
    if (inst.value) {
      amounts.institution = inst.value;
      ctx.because(
        `המבוטח שוהה במוסד: קצבתו משולמת בחלקה לגורם המממן, ולמבוטח עצמו משולמים ${shekelText(inst.value)} לחודש.`,
        inst.source,
      );
      ctx.warn(
        'למבוטח השוהה במוסד המקורות אינם אומרים אם משולמות לו תוספות תלויים ואם כל השוהים במוסד משלמים לגורם מממן; הסכום הוא הסכום למבוטח בלבד.',
      );
      return { ...amounts, total: inst.value };
    }
    ctx.warn(
      'המבוטח שוהה במוסד: חלק מהקצבה עשוי להיות משולם למוסד, והמדריך לשנת 2014 אינו אומר כמה; הסכום מחושב כקצבה המלאה, בלי התוספת לדרגה מלאה.',
    );
  } else if (i.inInstitution === undefined) {
    ctx.because('החישוב נעשה למי שאינו שוהה במוסד (לא נמסר אחרת).', INSTITUTION);
  }

  const kahan = endedValueOn(fullDegreeSupplement, i.date, ctx);
  if (kahan.value && degree.kind === 'full' && !i.inInstitution && i.weightedMedicalPercent >= kahan.value.minMedical) {
    amounts.fullDegreeSupplement = kahan.value.min;
    ctx.because(
      `דרגה מלאה ונכות רפואית של ${kahan.value.minMedical}% לפחות, למי שאינו שוהה במוסד: תוספת לקצבה של ${shekelText(kahan.value.min)} עד ${shekelText(kahan.value.max)} לפי אחוז הנכות הרפואית; נכללה התוספת הנמוכה.`,
      kahan.source,
    );
    if (i.weightedMedicalPercent > kahan.value.minMedical)
      ctx.warn(
        `התוספת לדרגה מלאה עשויה להגיע עד ${shekelText(kahan.value.max)} לפי אחוז הנכות הרפואית; המדריך אינו נותן את הטבלה, ולכן נכלל רק המינימום (${shekelText(kahan.value.min)}).`,
      );
  } else if (!kahan.value && degree.kind === 'full' && i.date >= KAHAN_INCLUDED_FROM) {
    ctx.because('הקצבה החודשית הנוספת (קח"ן) כלולה מאז מרץ 2018 בקצבה בדרגה המלאה ואינה משולמת בנפרד.', kahan.source);
  }

  if (i.spouse) amounts.spouseSupplement = spouse(i, track, degree, ctx);
  const kids = valueOn(childSupplement, i.date, ctx);
  const counted = Math.min(i.children ?? 0, kids.value.maxChildren);
  if (counted > 0) {
    const each = increment(i, degree, kids.value.amount, 'child', ctx);
    amounts.childrenSupplement = each.amount.times(counted);
    const more = (i.children ?? 0) > counted ? ` (התוספת משולמת לשני הילדים הראשונים בלבד)` : '';
    ctx.because(
      `תוספת בעד ${counted === 1 ? 'ילד אחד' : `${counted} ילדים`}: ${shekelText(each.amount)} לכל ילד${more}.`,
      each.source ? `${kids.source}; ${each.source}` : kids.source,
    );
  }
  const dependants = (amounts.spouseSupplement ?? new Decimal(0)).plus(amounts.childrenSupplement);
  if (dependants.gt(0)) {
    const nonWork = valueOn(dependantsNonWorkDisregard, i.date, ctx);
    if (nonWork.value)
      ctx.because(
        `אם יש למבוטח הכנסות שלא מעבודה, החלק שמעל ${shekelText(nonWork.value)} לחודש מנוכה מתוספת התלויים (החישוב מניח שאין).`,
        nonWork.source,
      );
  }
  amounts.total = base.plus(amounts.fullDegreeSupplement ?? 0).plus(dependants);
  return amounts;
}

function spouse(i: Input, track: Track, degree: Degree, ctx: RuleContext): Decimal | null {
  const supplement = valueOn(spouseSupplement, i.date, ctx);
  if (track === 'housewife') {
    ctx.because('עקרת בית אינה זכאית לתוספת בעבור בן זוגה.', `${CONDITIONS_2022}; ${AMOUNTS_2014}`);
    return new Decimal(0);
  }
  const income = i.spouse?.monthlyIncome;
  if (income === undefined) {
    ctx.need('spouse.monthlyIncome');
    ctx.warn('הכנסת בן/בת הזוג לא נמסרה, ולכן תוספת בן/בת הזוג לא נכללה בסכום.');
    return null;
  }
  const limit = indexedValueOn(spouseIncomeLimit, i.date, ctx);
  if (income.gt(limit.value)) {
    ctx.because(
      `הכנסת בן/בת הזוג (${shekelText(income)}) עולה על ${shekelText(limit.value)}, ולכן אין תוספת בעבורו/ה.`,
      limit.source,
    );
    return new Decimal(0);
  }
  const { amount, source } = increment(i, degree, supplement.value, 'spouse', ctx);
  ctx.because(
    `הכנסת בן/בת הזוג (${shekelText(income)}) אינה עולה על ${shekelText(limit.value)}: תוספת בן/בת זוג של ${shekelText(amount)} לחודש.`,
    `${limit.source}; ${supplement.source}${source ? `; ${source}` : ''}`,
  );
  return amount;
}

/** Up to the disregard the pension is whole; above it the published sources give no reduction rate. */
function reducedByIncome(i: Input, track: Track, total: Decimal, ctx: RuleContext): Decimal | null {
  if (track === 'housewife' || i.monthlyWorkIncome.isZero()) return total;
  const disregard = indexedValueOn(incomeDisregard, i.date, ctx);
  if (i.monthlyWorkIncome.lte(disregard.value)) {
    ctx.because(
      `הכנסה מעבודה של עד ${shekelText(disregard.value)} לחודש אינה מפחיתה את הקצבה, וההכנסה (${shekelText(i.monthlyWorkIncome)}) אינה עולה על כך.`,
      disregard.source,
    );
    return total;
  }
  ctx.because(
    `ההכנסה מעבודה (${shekelText(i.monthlyWorkIncome)}) עולה על ${shekelText(disregard.value)}, ולכן הקצבה מופחתת; המקורות נותנים את סכום ההכנסה שאינו מפחית ואת נקודת האיפוס אך לא את שיעור ההפחתה, ולכן הסכום המופחת אינו מחושב.`,
    disregard.source,
  );
  ctx.warn(`הקצבה תופחת בשל הכנסה מעבודה; לפני ההפחתה: ${shekelText(total)} לחודש.`);
  return null;
}

export const generalDisability = defineCalculator({
  name: 'general-disability',
  description: 'קצבת נכות כללית: זכאות, קצבה לפי דרגת אי-הכושר ותוספות לבן/בת זוג ולילדים',
  input,
  run(i, ctx) {
    if (i.birthDate > i.date) throw new RuleInputError('birthDate', 'תאריך הלידה מאוחר מהתאריך הנבדק');
    if (i.maxImpairmentPercent > i.weightedMedicalPercent) {
      throw new RuleInputError('maxImpairmentPercent', 'ליקוי בודד אינו יכול לעלות על הנכות הרפואית המשוקללת');
    }
    const track = trackOf(i, ctx);
    const eligible = allOf([
      residency(i, ctx),
      ageRange(i, ctx),
      medical(i, track, ctx),
      incapacity(i, track, ctx),
      workIncome(i, track, ctx),
    ]);
    const details: Record<string, unknown> = { track, base: null, spouseSupplement: null, childrenSupplement: null };
    if (eligible === false) return { eligible, amount: null, unit: 'month', details };

    const a = pension(i, track, ctx);
    if (!a) return { eligible, amount: null, unit: 'month', details };
    Object.assign(details, {
      base: two(a.base),
      spouseSupplement: two(a.spouseSupplement),
      childrenSupplement: two(a.childrenSupplement),
      fullDegreeSupplement: two(a.fullDegreeSupplement),
      ...(a.institution ? { paidToInsuredInInstitution: two(a.institution) } : {}),
      amountBeforeIncomeReduction: two(a.total),
    });
    return { eligible, amount: reducedByIncome(i, track, a.total, ctx), unit: 'month', details };
  },
});
