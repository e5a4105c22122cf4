// Survivors' pension (קצבת שאירים), per the NII rights guide 2014 "ביטוח שאירים": the basic
// amount for the widow(er) by age and children, the seniority increment for a deceased insured 11
// years or more, and the deceased's qualifying period (any one of five alternatives, or an exemption —
// among them "מבוטח שהניח אחריו ילד"). A widow(er) under 40 without children gets a one-time grant of
// 36 monthly pensions instead of a pension. `date` is the day the question is about.
// Loose in the source, read literally (and said so in a reason):
// - the grant is "36 monthly pensions" without saying which: the rate for a widow(er) aged 40–50
//   without children (the lowest pension rate) is used, without seniority;
// - the seniority increment is "2% of the pension": taken on the basic amount computed, children included;
// - a widow qualifies by marriage length "or if she bore him a child": children > 0 is read as that;
// - a widower without a child of the deceased must pass an income test whose figures are not given.
import type Decimal from 'decimal.js';
import { z } from 'zod';
import { own } from '../../api/validation';
import { defineCalculator, formatAmount } from '../calculator';
import type { RuleContext } from '../context';
import { count, date } from '../inputs';
import { indexedValueOn } from '../parameters/lookup';
import { valueOn } from '../parameters/parameter';
import {
  ages,
  basicAmounts,
  grantMonths,
  healthInsurance,
  marriage,
  qualifying,
  seniority,
} from '../parameters/survivors';
import { seniorityIncrement, seniorityPercent } from '../seniority';
import { shekelText } from '../shekel-text';
import { cite } from '../sources';
import { RuleInputError } from '../types';
import { allOf, type Verdict } from '../verdict';

const SECTION = (sub: string) => cite('rights2014', `"ביטוח שאירים › ${sub}"`);
const CONDITIONS = SECTION('תנאי הזכאות לקצבת שאירים');
const WHO = SECTION('קצבת שאירים › מי זכאי לקצבת שאירים?');

const months = (max: number) => count.max(max, own(`מספר חודשים בין 0 ל-${max}`));

const input = z.object({
  date,
  widowAge: count,
  children: count,
  insuredMonthsOfDeceased: count,
  insuredMonthsOfDeceasedLast12: months(12).optional(),
  insuredMonthsOfDeceasedLast5Years: months(60).optional(),
  insuredMonthsOfDeceasedLast10Years: months(120).optional(),
  uninsuredMonthsOfDeceased: count.optional(),
  deceasedExemptFromQualifying: z.boolean().optional(),
  widower: z.boolean().optional(),
  marriedMonths: count.optional(),
});
type Input = z.output<typeof input>;

/** Any one alternative met is enough; all failing is a no; otherwise the unknown ones are needed. */
function anyOf(
  alternatives: { verdict: Verdict; text: string; need?: string }[],
  ctx: RuleContext,
): { met: Verdict; by: string[] } {
  const by = alternatives.filter((a) => a.verdict === true).map((a) => a.text);
  if (by.length > 0) return { met: true, by };
  const open = alternatives.filter((a) => a.verdict === null);
  for (const a of open) if (a.need) ctx.need(a.need);
  return { met: open.length > 0 ? null : false, by };
}

/** `known` compared with `needed`; unknown is a no when even the total cannot reach it. */
const atLeast = (known: number | undefined, needed: number, total: number): Verdict =>
  known !== undefined ? known >= needed : total < needed ? false : null;

function qualifyingPeriod(i: Input, ctx: RuleContext): { met: Verdict; by: string[] } {
  const total = i.insuredMonthsOfDeceased;
  const windows = [
    i.insuredMonthsOfDeceasedLast12,
    i.insuredMonthsOfDeceasedLast5Years,
    i.insuredMonthsOfDeceasedLast10Years,
    total,
  ];
  const names = [
    'insuredMonthsOfDeceasedLast12',
    'insuredMonthsOfDeceasedLast5Years',
    'insuredMonthsOfDeceasedLast10Years',
  ];
  for (let k = 0; k < 3; k++) {
    const later = windows.slice(k + 1).find((w) => w !== undefined);
    if (windows[k] !== undefined && later !== undefined && windows[k]! > later)
      throw new RuleInputError(names[k]!, 'חודשי הביטוח בתקופה קצרה אינם יכולים לעלות על אלה שבתקופה ארוכה יותר');
  }
  const rule = valueOn(qualifying, i.date, ctx);
  const q = rule.value;
  const result = anyOf(
    [
      {
        verdict: atLeast(i.insuredMonthsOfDeceasedLast12, q.lastMonths, total),
        text: `${q.lastMonths} חודשי ביטוח בסמוך לפני הפטירה`,
        need: 'insuredMonthsOfDeceasedLast12',
      },
      {
        verdict: atLeast(i.insuredMonthsOfDeceasedLast5Years, q.in5Years, total),
        text: `${q.in5Years} חודשי ביטוח ב-5 השנים שלפני הפטירה`,
        need: 'insuredMonthsOfDeceasedLast5Years',
      },
      {
        verdict: atLeast(i.insuredMonthsOfDeceasedLast10Years, q.in10Years, total),
        text: `${q.in10Years} חודשי ביטוח ב-10 השנים שלפני הפטירה`,
        need: 'insuredMonthsOfDeceasedLast10Years',
      },
      { verdict: total >= q.total, text: `${q.total} חודשי ביטוח` },
      {
        verdict:
          total < q.ifNotFewerThanUninsured
            ? false
            : i.uninsuredMonthsOfDeceased === undefined
              ? null
              : total >= i.uninsuredMonthsOfDeceased,
        text: `${q.ifNotFewerThanUninsured} חודשי ביטוח שאינם פחות מחודשי אי-הביטוח`,
        need: 'uninsuredMonthsOfDeceased',
      },
      {
        verdict: i.children > 0 ? true : (i.deceasedExemptFromQualifying ?? null),
        text: i.children > 0 ? 'פטור: המבוטח הניח אחריו ילד' : 'פטור מתקופת אכשרה',
        need: 'deceasedExemptFromQualifying',
      },
    ],
    ctx,
  );
  const rules = `תקופת האכשרה של הנפטר: ${q.lastMonths} חודשי ביטוח בסמוך לפני הפטירה, או ${q.in5Years} ב-5 השנים שלפניה, או ${q.in10Years} ב-10 השנים שלפניה, או ${q.total} חודשי ביטוח, או ${q.ifNotFewerThanUninsured} שאינם פחות מחודשי אי-הביטוח; פטורים ממנה, בין השאר, מי שהניח אחריו ילד, מי שעיקר פרנסת בן/בת זוגו או ילדיו הייתה עליו ומי שקיבל קצבת נכות.`;
  const verdict =
    result.met === true
      ? `הנפטר השלים אותה (${result.by.join('; ')}).`
      : result.met === false
        ? `לנפטר ${total} חודשי ביטוח ואין פטור, ולכן תקופת האכשרה לא הושלמה.`
        : `לנפטר ${total} חודשי ביטוח; כדי להכריע חסרים הנתונים שברשימת החסרים.`;
  ctx.because(`${rules} ${verdict}`, rule.source);
  return result;
}

/** Widow: married long enough or bore him a child. Widower: married long enough and a child with him or an income test. */
function survivorCondition(i: Input, ctx: RuleContext): Verdict {
  const rule = valueOn(marriage, i.date, ctx);
  const m = rule.value;
  const needed = i.widowAge >= m.shortFromAge ? m.shortMonths : m.months;
  const married: Verdict = i.marriedMonths === undefined ? null : i.marriedMonths >= needed;
  const length = `הנישואין נמשכו ${m.months} חודשים לפחות (${m.shortMonths} חודשים למי שמלאו לו/לה ${m.shortFromAge}; כאן ${needed})`;
  if (!i.widower) {
    if (i.children > 0) {
      ctx.because(`אלמנה זכאית אם ${length} או אם ילדה לו ילד; יש ילדים, ובקריאה מילולית התנאי מתקיים.`, rule.source);
      return true;
    }
    if (married === null) ctx.need('marriedMonths');
    ctx.because(
      `אלמנה זכאית אם ${length} או אם ילדה לו ילד; אין ילדים, ולכן ${married === null ? 'נדרש משך הנישואין' : married ? 'משך הנישואין מספיק' : 'משך הנישואין אינו מספיק'}.`,
      rule.source,
    );
    return married;
  }
  if (married === null) ctx.need('marriedMonths');
  let childOrIncome: Verdict = true;
  if (i.children === 0) {
    childOrIncome = null;
    ctx.need('מבחן הכנסות לאלמן שאין עמו ילד של המנוחה (המדריך אינו מפרט את סכומיו)');
  }
  ctx.because(
    `אלמן זכאי אם ${length}, ובנוסף יש עמו ילד של המנוחה או שהוא עומד במבחן הכנסות. אם המנוחה הייתה עקרת בית (נשואה שלא עבדה מחוץ למשק ביתה), רק ילדיה זכאים לקצבה.`,
    `${rule.source}; ${WHO}, ◀`,
  );
  return allOf([married, childOrIncome]);
}

interface Basic {
  kind: 'pension' | 'grant';
  amount: Decimal;
  text: string;
  source: string;
}

function basicAmount(i: Input, ctx: RuleContext): Basic {
  const table = indexedValueOn(basicAmounts, i.date, ctx);
  const t = table.value;
  if (i.children > 0) {
    const extra = Math.max(0, i.children - 2);
    const amount = i.children === 1 ? t.oneChild : t.twoChildren.plus(t.eachAdditionalChild.times(extra));
    const how =
      i.children === 1
        ? 'עם ילד אחד'
        : `עם שני ילדים (${shekelText(t.twoChildren)})${extra ? ` ועוד ${shekelText(t.eachAdditionalChild)} לכל אחד מ-${extra} הילדים הנוספים` : ''}`;
    const text = `קצבת השאירים הבסיסית לאלמן/ה ${how} היא ${shekelText(amount)} לחודש.`;
    return { kind: 'pension', amount, text, source: table.source };
  }
  const a = valueOn(ages, i.date, ctx).value;
  if (i.widowAge < a.grantUnder) {
    const g = valueOn(grantMonths, i.date, ctx);
    const amount = t.widow40to50.times(g.value);
    const text = `אלמן/ה שטרם מלאו לו/לה ${a.grantUnder} ואין עמו/ה ילדים מקבל/ת מענק שאירים חד-פעמי של ${g.value} קצבות חודשיות ולא קצבה. המדריך אינו אומר איזו קצבה; בקריאה מילולית נלקחה הקצבה לאלמן/ה בגיל ${a.grantUnder}-${a.higherFrom} בלי ילדים (${shekelText(t.widow40to50)}), בלי תוספת ותק: ${shekelText(amount)}.`;
    return { kind: 'grant', amount, text, source: `${table.source}; ${g.source}` };
  }
  const [amount, band] =
    i.widowAge >= a.eightyFrom
      ? [t.widow80, `בגיל ${a.eightyFrom}`]
      : i.widowAge >= a.higherFrom
        ? [t.widow50plus, `בגיל ${a.higherFrom} ומעלה`]
        : [t.widow40to50, `בגיל ${a.grantUnder}-${a.higherFrom}`];
  return {
    kind: 'pension',
    amount,
    text: `קצבת השאירים הבסיסית לאלמן/ה ${band} בלי ילדים היא ${shekelText(amount)} לחודש.`,
    source: table.source,
  };
}

export const survivors = defineCalculator({
  name: 'survivors',
  description: 'קצבת שאירים: הקצבה הבסיסית לאלמן/ה לפי גיל וילדים, תוספת ותק ותקופת האכשרה של הנפטר',
  input,
  run(i, ctx) {
    const period = qualifyingPeriod(i, ctx);
    const survivor = survivorCondition(i, ctx);
    ctx.because(
      'הזכאות מותנית גם בכך שהנפטר היה תושב ישראל בעת פטירתו ושילם דמי ביטוח (למי שאינו שכיר); חוב בדמי ביטוח עלול לשלול את הקצבה או להקטינה. אלה לא נבדקו.',
      CONDITIONS,
    );
    const eligible = allOf([period.met, survivor]);
    const details: Record<string, unknown> = { qualifyingPeriod: { met: period.met, by: period.by } };
    if (eligible === false) return { eligible, amount: null, unit: null, details };

    const basic = basicAmount(i, ctx);
    ctx.because(basic.text, basic.source);
    details.kind = basic.kind;
    details.basic = formatAmount(basic.amount);
    if (basic.kind === 'grant') return { eligible, amount: basic.amount, unit: 'once', details };

    const rule = valueOn(seniority, i.date, ctx);
    const years = Math.floor(i.insuredMonthsOfDeceased / 12);
    const percent = seniorityPercent(years, rule.value);
    const increment = seniorityIncrement(basic.amount, percent);
    ctx.because(
      `תוספת ותק משולמת לאלמן/ה של מי שהיה מבוטח ${rule.value.afterYears + 1} שנים או יותר: ${rule.value.percentPerYear}% מהקצבה לכל שנה מהשנה ה-${rule.value.afterYears + 1}, עד ${rule.value.maxPercent}%; לנפטר ${years} שנות ביטוח מלאות — ${percent}%, כלומר ${shekelText(increment)}. המדריך אומר "2% מהקצבה"; בקריאה מילולית התוספת חושבה על הקצבה הבסיסית שלעיל.`,
      rule.source,
    );
    const health = valueOn(healthInsurance, i.date, ctx);
    ctx.because(
      `כשאין למקבל/ת הקצבה הכנסה החייבת בדמי ביטוח, מנוכים ממנה דמי ביטוח בריאות מינימליים (${shekelText(health.value)}); הסכום המחושב הוא לפני הניכוי.`,
      health.source,
    );
    Object.assign(details, { seniorityPercent: percent, seniorityIncrement: formatAmount(increment) });
    return { eligible, amount: basic.amount.plus(increment), unit: 'month', details };
  },
});
