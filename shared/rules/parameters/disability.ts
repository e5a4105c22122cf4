// General disability (נכות כללית), special services (שירותים מיוחדים) and disabled child (ילד נכה):
// every threshold and amount with its date and source. January 2014 values from the NII rights guide
// 2014, 2022 values from the NII annual report 2022 (its footnote 8: "all the amounts in the chapter
// are correct for 2022 unless stated"), 2024–2026 values from the NII's rate tables and press
// releases. A value of null means the source for that date does not state it (the calculators say so
// instead of guessing); a value of 0 means the supplement did not exist yet.
import Decimal from 'decimal.js';
import { cite, page } from '../sources';
import { parameter, term } from './parameter';

const S001 = (section: string) => cite('rights2014', section);
const S003 = (section: string) => cite('report2022', section);
const shekels = (v: string | number) => new Decimal(v);

/** The average wage for 2022 is not printed as such: the 2022 report gives five times it (52,755 ₪). */
const AVERAGE_WAGE_2022 = new Decimal(52755).dividedBy(5);
const AW_2022_NOTE =
  'השכר הממוצע 2022 = 52,755 ÷ 5 = 10,551 ₪ ("קצבה לשירותים מיוחדים › תנאי הזכאות": "5 פעמים השכר הממוצע (ב-2022 52,755 ש"ח)")';

// ---------------------------------------------------------------- general disability: who

export interface MedicalThreshold {
  /** Weighted medical percent that qualifies an earner on its own. */
  weighted: number;
  /** The lower weighted percent that qualifies an earner with one impairment of `singleImpairment`. */
  reducedWeighted: number;
  singleImpairment: number;
  /** Weighted medical percent for a housewife. */
  housewife: number;
}

export const medicalThreshold = term<MedicalThreshold>(
  'disability.general.medicalThreshold',
  'סף הנכות הרפואית לקצבת נכות כללית',
  [
    {
      from: '2014-01-01',
      value: { weighted: 60, reducedWeighted: 40, singleImpairment: 25, housewife: 50 },
      source: S001('"ביטוח נכות › תנאי הזכאות לקצבת נכות", סעיף 1 "נכות רפואית"'),
    },
    {
      from: '2022-01-01',
      value: { weighted: 60, reducedWeighted: 40, singleImpairment: 25, housewife: 50 },
      source: S003('"קצבת נכות כללית › קביעת הזכאות לקצבה", סעיף 2 "קביעת אחוזי הנכות הרפואית"'),
    },
  ],
);

export interface IncapacityDegrees {
  /** Below this loss of earning (or household) capacity no pension is paid. */
  minimum: number;
  /** From this degree the full pension is paid; below it, a share proportional to the degree. */
  full: number;
}

// The NII rights guide 2014 states the full pension at 100% and a proportional one at 60%–74%; the 75% line is the NII's
// annual report 2022's ("דרגת אי-כושר מלאה (75% לפחות)"), and the NII rights guide 2014's own supplement for "75% לפחות" agrees.
export const incapacityDegrees = term<IncapacityDegrees>(
  'disability.general.incapacity',
  'דרגות אי-הכושר: סף הזכאות ודרגה מלאה',
  [
    {
      from: '2014-01-01',
      value: { minimum: 50, full: 75 },
      source: S001(
        '"ביטוח נכות › תנאי הזכאות לקצבת נכות", סעיף 2, ו"סכום הקצבה בינואר 2014" (תוספת למי שדרגתו "75% לפחות")',
      ),
    },
    {
      from: '2022-01-01',
      value: { minimum: 50, full: 75 },
      source: S003(
        '"קצבת נכות כללית › קביעת הזכאות לקצבה", סעיף 3, ו"גובה הקצבה והתוספות" ("דרגת אי-כושר מלאה (75% לפחות)")',
      ),
    },
  ],
);

export interface RetirementAge {
  men: number;
  /** Women's retirement age rises in steps the published sources do not tabulate: below `womenFrom` one is under it, at `womenTo` over it. */
  womenFrom: number;
  womenTo: number;
  /** Born in this range (inclusive): exactly `womenFrom`. */
  womenFixed: { bornFrom: string; bornTo: string };
}

export const retirementAge = term<RetirementAge>('disability.retirementAge', 'גיל הפרישה (סוף הזכאות לקצבת נכות)', [
  {
    from: '2014-01-01',
    value: { men: 67, womenFrom: 62, womenTo: 64, womenFixed: { bornFrom: '1950-01-01', bornTo: '1954-12-31' } },
    source: S001(
      '"ביטוח זקנה › קצבת זקנה", "גיל הפרישה לגברים" ו"גיל הפרישה לנשים" (62 לילידות 1950–1954; מ-2017 עולה בהדרגה ל-64)',
    ),
  },
  {
    from: '2021-01-01',
    value: { men: 67, womenFrom: 62, womenTo: 65, womenFixed: { bornFrom: '1950-01-01', bornTo: '1954-12-31' } },
    source: S003('"מקבלי הגמלאות" ("עם העלאת גיל הפרישה לנשים ב-2021, מ-62 ל-65 בהדרגה")'),
  },
  {
    from: '2022-01-01',
    value: { men: 67, womenFrom: 62, womenTo: 65, womenFixed: { bornFrom: '1950-01-01', bornTo: '1954-12-31' } },
    source: S003(
      '"קצבת נכות כללית › תנאי הזכאות" ("מגיל 18 ועד גיל הפרישה"), ו"מקבלי הגמלאות" (גיל הפרישה לנשים עולה מ-62 ל-65 בהדרגה מ-2021)',
    ),
  },
]);

// ---------------------------------------------------------------- general disability: work income

export interface WorkIncomeLimit {
  /** For those with a severe impairment or a long entitlement (60% of the average wage). */
  severe: Decimal;
  /** For everyone else (45% in 2014; from 2017 one limit for all, so equal to `severe`). */
  other: Decimal;
}

export const workIncomeLimit = parameter<WorkIncomeLimit>(
  'disability.general.workIncomeLimit',
  'תקרת ההכנסה מעבודה לזכאות לקצבת נכות',
  [
    {
      from: '2014-01-01',
      value: { severe: shekels(5453), other: shekels(4090) },
      source: S001('"ביטוח נכות › מי זכאי לקצבת נכות?" (60% מהשכר הממוצע – 5,453 ₪; כל השאר 45% – 4,090 ₪)'),
    },
    {
      // Derived: the unified limit is 60% of the average wage; the average wage of 2017 is 2,873 ÷ 29%.
      from: '2017-01-01',
      value: { severe: shekels('5944.14'), other: shekels('5944.14') },
      source: S003(
        '"שינויי חקיקה › 2018–2012", "ביטול ההבחנה בין שתי קבוצות לפי חוק לרון (2017)": רף אחיד של 60% מהשכר הממוצע; השכר הממוצע נגזר מ"העלאת הדיסריגרד (2017)" (2,873 ₪ = 29%): 60% × 2,873 ÷ 29% = 5,944.14 (ערך מחושב)',
      ),
    },
    {
      from: '2022-01-01',
      value: { severe: AVERAGE_WAGE_2022.times('0.6'), other: AVERAGE_WAGE_2022.times('0.6') },
      source: S003(
        `"קצבת נכות כללית › קביעת הזכאות לקצבה", סעיף 1 ("ההכנסה לכל היותר 60% מהשכר הממוצע"); ${AW_2022_NOTE}; 60% = 6,330.60 ₪ (ערך מחושב)`,
      ),
    },
    {
      from: '2026-01-01',
      value: { severe: shekels(8261), other: shekels(8261) },
      source: page('nhn2026', '"ניתן להיות זכאים אם ההכנסה החודשית ברוטו מעבודה נמוכה מ־8,261 ש"ח"'),
      secondary: true,
    },
  ],
);

/** Work income up to this is disregarded (דיסריגרד); above it the pension is reduced. */
export const incomeDisregard = parameter<Decimal>(
  'disability.general.incomeDisregard',
  'הכנסה מעבודה שאינה מפחיתה את קצבת הנכות (דיסריגרד)',
  [
    {
      // Derived: the NII annual report 2022 says the disregard was 21% of the average wage before 2017; the NII rights guide 2014 gives
      // the average wage of January 2014 (9,089 ₪).
      from: '2014-01-01',
      value: shekels(9089).times('0.21'),
      source: `${S003('"שינויי חקיקה › 2018–2012", "העלאת הדיסריגרד (2017)": "הועלה מ-21% ל-29% מהשכר הממוצע"')}; ${S001('"תשלום דמי ביטוח לאומי › הגדרות": השכר הממוצע 9,089 ₪ בינואר 2014')}; 21% × 9,089 = 1,908.69 (ערך מחושב)`,
    },
    {
      from: '2017-01-01',
      value: shekels(2873),
      source: S003('"שינויי חקיקה › 2018–2012", "העלאת הדיסריגרד (2017)" (29% מהשכר הממוצע; 2,873 ₪)'),
    },
    {
      from: '2018-03-01',
      value: shekels(3700),
      source: S003('"שינויי חקיקה › 2018–2012", "העלאת הדיסריגרד מ-2,873 ש"ח ל-3,700 ש"ח" (בשלב הראשון, 1.3.2018)'),
    },
    {
      from: '2020-07-01',
      value: shekels(5300),
      source: S003(
        '"שינויי חקיקה › 2021-2020", "העלאת הדיסריגרד" ל-5,300 ₪ (הוראת שעה מ-1.7.2020, ונמשכה לפי "חוק ההתייעלות הכלכלית (2021-2020)")',
      ),
    },
  ],
);

/** The work income above which no pension is left (נקודת האיפוס); the published sources give two family types. */
export const zeroPoint = parameter<{ single: Decimal; spouseAndTwoChildren: Decimal } | null>(
  'disability.general.zeroPoint',
  'נקודת האיפוס: הכנסה מעבודה שמעליה מתבטלת הקצבה',
  [
    { from: '2014-01-01', value: null, source: S001('"ביטוח נכות › משתלם מאוד לצאת לעבוד" (אינו נוקב בסכום)') },
    {
      from: '2018-03-01',
      value: { single: shekels(11652), spouseAndTwoChildren: shekels(16740) },
      source: S003(
        '"שינויי חקיקה › 2018–2012", "העלאת הדיסריגרד" (נקודת האיפוס 11,652 ₪ ליחיד, 16,740 ₪ עם בן/בת זוג ושני ילדים)',
      ),
    },
    {
      from: '2020-07-01',
      value: { single: shekels(12254), spouseAndTwoChildren: shekels(17420) },
      source: S003('"שינויי חקיקה › 2021-2020", "העלאת הדיסריגרד" (12,254 ₪ ליחיד, 17,420 ₪ עם בן/בת זוג ושני ילדים)'),
    },
  ],
);

// ---------------------------------------------------------------- general disability: amounts

/** The full single pension (100%, or from 75% on) for someone not in an institution. */
export const fullPension = parameter<Decimal>('disability.general.fullPension', 'קצבת נכות כללית מלאה ליחיד', [
  {
    from: '2014-01-01',
    value: shekels(2342),
    source: S001('"ביטוח נכות › סכום הקצבה בינואר 2014" (2,342 ₪ ליחיד שדרגת אי-הכושר שלו 100%)'),
  },
  {
    from: '2021-07-01',
    value: shekels(3700),
    source: S003(
      '"שינויי חקיקה", "חוק ההתייעלות הכלכלית (2021-2020)": הקצבה בדרגת אי-כושר מלאה הועלתה ל-3,700 ₪, "בגין יולי ואילך כחלק מסכום הקצבה" (לינואר–יוני שולם מענק חלף קצבה)',
    ),
  },
  {
    from: '2022-01-01',
    value: shekels(3700),
    source: S003('"קצבת נכות כללית › גובה הקצבה והתוספות" (דרגת אי-כושר מלאה – 3,700 ₪)'),
  },
  {
    from: '2023-01-01',
    value: shekels(4063),
    source: page('yfAdv', 'קצבת נכות מלאה ליחיד 4,063 ₪ (2023)'),
    secondary: true,
  },
  {
    from: '2024-01-01',
    value: shekels(4291),
    source: `${page('rates2024', '"with full earning incapacity and an increment for a spouse … NIS 5,673"')}; ${page('disabilityRates', '"Full incapacity degree (100 or 75%) – increment to the amount of NIS 1,382"')}: 5,673 − 1,382 = 4,291 (ערך מחושב; כך גם ${page('kolzchutDisability')})`,
  },
  {
    from: '2025-01-01',
    value: shekels(4556),
    source: page(
      'rates2025',
      '"the general disability pension at a degree of full earning incapacity will be updated to NIS 4,556"',
    ),
  },
  {
    from: '2026-01-01',
    value: shekels(4711),
    source: `${page('rates2026', 'שורת "Individual (with full disability degree) with increment for a spouse" – 6,229, ושאר שורות הטבלה עלו ב-3.4% לעומת 2025')}; ${page('ice2026', '"יחיד בעל דרגת אי-כושר השתכרות מלאה יקבל מעתה 4,711 שקל"')}`,
    conflict: {
      value: '4,771 ₪',
      source: page(
        'rates2026',
        '"the general disability pension at full earning incapacity level … will be 4,771 NIS"',
      ),
      why: 'בחרנו ב-4,711 ₪: הוא 4,556 ₪ (2025) בתוספת 3.4%, שיעור העדכון שאותו דף מציין ושבו עלו כל שאר שורותיו, והוא מתיישב עם הקצבה עם תוספת בן/בת זוג באותו דף (6,229 ₪); לפי 4,771 ₪ תוספת בן/בת הזוג הייתה יורדת מ-1,468 ₪ ל-1,458 ₪. ההודעה העברית של המוסד לא נמצאה; יש לבדוק באתר המוסד.',
    },
  },
]);

export type PartialDegree = '60' | '65' | '74';
export const PARTIAL_DEGREES: readonly PartialDegree[] = ['60', '65', '74'];

/**
 * From 2024 the NII tabulates the pension at each partial degree (60%, 65%, 74%) — no longer a plain
 * share of the full pension. null: the law's proportional rule of the 2014 guide applies.
 */
export const partialDegreePension = parameter<Record<PartialDegree, Decimal> | null>(
  'disability.general.partialDegreePension',
  'קצבת נכות כללית ליחיד בדרגת אי-כושר חלקית (60%, 65%, 74%)',
  [
    {
      from: '2014-01-01',
      value: null,
      source: S001(
        '"ביטוח נכות › סכום הקצבה בינואר 2014" ("בשיעור יחסי לדרגת אי-הכושר למי שדרגת אי-הכושר שלו היא 60%-74%")',
      ),
    },
    {
      from: '2024-01-01',
      value: { '60': shekels(2476), '65': shekels(2636), '74': shekels(2925) },
      source: page(
        'disabilityRates',
        '"Partial incapacity degree of 74% – … NIS 2,925 … 65% … NIS 2,636 … 60% … NIS 2,476"',
      ),
    },
    {
      from: '2025-01-01',
      value: { '60': shekels(2629), '65': shekels(2800), '74': shekels(3106) },
      source: page('rates2025', '"Individual with 74% incapacity 3,106 … 65% … 2,800 … 60% … 2,629"'),
    },
    {
      from: '2026-01-01',
      value: { '60': shekels(2718), '65': shekels(2894), '74': shekels(3211) },
      source: page('rates2026', '"Individual with a 74% disability degree | 3,211 … 65% … 2,894 … 60% … 2,718"'),
    },
  ],
);

export interface PartialDependants {
  spouse: Record<PartialDegree, Decimal>;
  child: Record<PartialDegree, Decimal>;
  /** A partial-degree recipient who earns more than this a month gets the full-degree increments. */
  fullFromEarnings: Decimal;
}

/** The dependants' increments at each partial degree (tabulated from 2024); null: the proportional rule. */
export const partialDependants = parameter<PartialDependants | null>(
  'disability.general.partialDependants',
  'תוספות תלויים בדרגת אי-כושר חלקית, והשתכרות שמעליה משולמת התוספת המלאה',
  [
    {
      from: '2014-01-01',
      value: null,
      source: S001('"ביטוח נכות › סכום הקצבה בינואר 2014", "תוספת תלויים" ("50% / 40% מן הקצבה המשולמת לנכה")'),
    },
    {
      from: '2024-01-01',
      value: {
        spouse: { '60': shekels(829), '65': shekels(898), '74': shekels(1023) },
        child: { '60': shekels(664), '65': shekels(719), '74': shekels(818) },
        fullFromEarnings: shekels(2633),
      },
      source: page(
        'disabilityRates',
        'תוספת לבן/בת זוג 1,023 / 898 / 829, לילד 818 / 719 / 664 בדרגות 74% / 65% / 60%; "you earn more than NIS 2,633 a month, you will be entitled to the full increment"',
      ),
    },
  ],
);

/** The 2014 monthly supplement (קח"ן) for a full degree with medical disability of 50% or more. */
export const fullDegreeSupplement = parameter<{ min: Decimal; max: Decimal; minMedical: number } | null>(
  'disability.general.fullDegreeSupplement',
  'תוספת לקצבה (קח"ן) לדרגת אי-כושר מלאה ונכות רפואית של 50% לפחות',
  [
    {
      from: '2014-01-01',
      value: { min: shekels(252), max: shekels(372), minMedical: 50 },
      source: S001('"ביטוח נכות › סכום הקצבה בינואר 2014" (252–372 ₪ לפי אחוז הנכות הרפואית, למי שאינו שוהה במוסד)'),
    },
    {
      from: '2018-03-01',
      value: null,
      source: S003('"שינויי חקיקה › 2018–2012", "תוספת קח"ן": השלמה ל-452 ₪, "נחשב מעתה חלק בלתי נפרד מהקצבה"'),
    },
    {
      from: '2022-01-01',
      value: null,
      source: S003(
        '"קצבת נכות כללית › גובה הקצבה והתוספות" (אין תוספת נפרדת: 3,700 ₪ בדרגה מלאה, והתוספות הן לבן/בת זוג ולילדים בלבד)',
      ),
    },
    {
      from: '2024-01-01',
      value: null,
      source: page(
        'kolzchutAdditional',
        '"החל ממרץ 2018 התוספת מהווה חלק מקצבת הנכות בשיעור המלא … התוספת היא בסך 511 ₪ (נכון ל-2024)"',
      ),
    },
  ],
);

/** Spouse supplement at the full degree; a partial degree gets the same share of it as of the pension. */
export const spouseSupplement = parameter<Decimal>(
  'disability.general.spouseSupplement',
  'תוספת בעד בן/בת זוג (בדרגה מלאה)',
  [
    {
      from: '2014-01-01',
      value: shekels(2342).times('0.5'),
      source: S001(
        '"ביטוח נכות › סכום הקצבה בינואר 2014", "תוספת תלויים": 50% מן הקצבה המשולמת לנכה (50% × 2,342 = 1,171)',
      ),
    },
    {
      from: '2022-01-01',
      value: shekels(1192),
      source: S003('"קצבת נכות כללית › גובה הקצבה והתוספות" (כ-50% מקצבת היחיד המלאה – 1,192 ₪)'),
    },
    {
      from: '2024-01-01',
      value: shekels(1382),
      source: page('disabilityRates', '"Full incapacity degree (100 or 75%) – increment to the amount of NIS 1,382"'),
    },
    {
      from: '2025-01-01',
      value: shekels(1468),
      source: `${page('rates2025', '"with full earning incapacity and increment for a spouse - will now receive an allowance of NIS 6,024"')}: 6,024 − 4,556 = 1,468 (ערך מחושב)`,
    },
    {
      from: '2026-01-01',
      value: shekels(1518),
      source: `${page('rates2026', '"with increment for a spouse who does not receive this pension | 6,229"')}: 6,229 − 4,711 = 1,518 (ערך מחושב)`,
    },
  ],
);

/** Supplement for each of the first `maxChildren` children, at the full degree. */
export const childSupplement = parameter<{ amount: Decimal; maxChildren: number }>(
  'disability.general.childSupplement',
  'תוספת בעד ילד (לכל אחד משני הילדים הראשונים, בדרגה מלאה)',
  [
    {
      from: '2014-01-01',
      value: { amount: shekels(2342).times('0.4'), maxChildren: 2 },
      source: S001(
        '"ביטוח נכות › סכום הקצבה בינואר 2014", "תוספת תלויים": 40% מן הקצבה החודשית המשולמת לנכה (40% × 2,342 = 936.80)',
      ),
    },
    {
      from: '2022-01-01',
      value: { amount: shekels(954), maxChildren: 2 },
      source: S003('"קצבת נכות כללית › גובה הקצבה והתוספות" (כ-40% מקצבת היחיד – 954 ₪ לכל אחד משני הילדים הראשונים)'),
    },
    {
      from: '2024-01-01',
      value: { amount: shekels(1106), maxChildren: 2 },
      source: page(
        'disabilityRates',
        '"Full incapacity degree (100 or 75%) – increment to the amount of NIS 1,106" (לכל אחד משני הילדים הראשונים)',
      ),
    },
    {
      from: '2025-01-01',
      value: { amount: shekels(1175), maxChildren: 2 },
      source: page('rates2026', '"Increment for each child (up to 2 children) | 1,214 | 1,175" (עמודת 2025)'),
    },
    {
      from: '2026-01-01',
      value: { amount: shekels(1214), maxChildren: 2 },
      source: page('rates2026', '"Increment for each child (up to 2 children) | 1,214"'),
    },
  ],
);

export const spouseIncomeLimit = parameter<Decimal>(
  'disability.general.spouseIncomeLimit',
  'הכנסה מרבית של בן/בת הזוג לתוספת תלויים (57% מהשכר הממוצע)',
  [
    {
      from: '2014-01-01',
      value: shekels(5181),
      source: S001('"ביטוח נכות › סכום הקצבה בינואר 2014", "תוספת תלויים" (57% מן השכר הממוצע – 5,181 ₪)'),
    },
    {
      from: '2022-01-01',
      value: AVERAGE_WAGE_2022.times('0.57'),
      source: S003(
        `"קצבת נכות כללית › גובה הקצבה והתוספות" (57% מהשכר הממוצע); ${AW_2022_NOTE}; 57% = 6,014.07 ₪ (ערך מחושב)`,
      ),
    },
    {
      from: '2024-01-01',
      value: shekels(7146),
      source: page('disabilityRates', '"The monthly income of the spouse is up to NIS 7,146"'),
    },
  ],
);

/** The disabled person's own non-work income above this is deducted from the dependants' supplement. */
export const dependantsNonWorkDisregard = parameter<Decimal | null>(
  'disability.general.dependantsNonWorkDisregard',
  'הכנסה שלא מעבודה של הנכה שאינה מנוכה מתוספת התלויים',
  [
    {
      from: '2014-01-01',
      value: null,
      source: S001('"ביטוח נכות › סכום הקצבה בינואר 2014" ("תוספת תלויים מותנית במבחן הכנסות", בלי סכום)'),
    },
    {
      from: '2022-01-01',
      value: shekels(1200),
      source: S003(
        '"קצבת נכות כללית › גובה הקצבה והתוספות" (11.37% מהשכר הממוצע – 1,200 ₪), ו"שינויי חקיקה › 2022 › נכות כללית"',
      ),
    },
  ],
);

/** What is paid to the insured person himself while in an institution that receives part of the pension. */
export const institutionAmount = parameter<Decimal | null>(
  'disability.general.institutionAmount',
  'קצבה המשולמת למבוטח השוהה במוסד שקצבתו משולמת בחלקה לגורם המממן',
  [
    {
      from: '2014-01-01',
      value: null,
      source: S001('"ביטוח נכות › סכום הקצבה בינואר 2014" (אומר רק שתוספת הקח"ן אינה משולמת לשוהים במוסד)'),
    },
    {
      from: '2022-01-01',
      value: shekels(1057),
      source: S003('"שינויי חקיקה › 2022 › נכות כללית", "תוספת לשוהים במוסד" (מ-954 ₪ ל-1,057 ₪)'),
    },
  ],
);

// ---------------------------------------------------------------- special services

export const specialServicesThreshold = term<{ withPension: number; withoutPension: number }>(
  'disability.specialServices.threshold',
  'סף הנכות הרפואית לקצבה לשירותים מיוחדים (למקבל קצבת נכות / למי שאינו מקבל)',
  [
    {
      from: '2014-01-01',
      value: { withPension: 60, withoutPension: 75 },
      source: S001('"ביטוח נכות › תנאי הזכאות לקצבה לשירותים מיוחדים"'),
    },
    {
      // The NII annual report 2022 contradicts itself: its eligibility list still says 60%; its legislative changes and
      // the explanation (ד) under "מקבלי הקצבה" both lower it to 40% from 2022. We follow the change.
      from: '2022-01-01',
      value: { withPension: 40, withoutPension: 75 },
      source: S003(
        '"שינויי חקיקה › 2022 › שירותים מיוחדים" ("40% נכות משוקללת במקום 60%"; השר"מ המיוחדת נשארת 75%), ו"קצבה לשירותים מיוחדים › מקבלי הקצבה" סעיף (ד)',
      ),
    },
  ],
);

/** For someone who does not receive a disability pension: the highest monthly work income. */
export const specialServicesIncomeCap = parameter<Decimal | null>(
  'disability.specialServices.incomeCap',
  'תקרת הכנסה מעבודה לשר"מ למי שאינו מקבל קצבת נכות',
  [
    {
      from: '2014-01-01',
      value: null,
      source: S001('"ביטוח נכות › תנאי הזכאות לקצבה לשירותים מיוחדים" ("אינה עולה על סכום מסוים", בלי סכום)'),
    },
    {
      from: '2022-01-01',
      value: shekels(52755),
      source: S003('"קצבה לשירותים מיוחדים › תנאי הזכאות" (5 פעמים השכר הממוצע – 52,755 ₪ ב-2022)'),
    },
  ],
);

export type Dependency = 'low' | 'medium' | 'full' | 'extreme';

export interface SpecialServicesLevel {
  /** ₪ a month, the basic share and the special grant together; null where the source does not give it. */
  amount: Decimal | null;
  /** Percent of the full single pension (קמ"י): basic share and special grant, where the source gives them. */
  basicPercent: string | null;
  specialPercent: string | null;
  /** Set when the amount comes from a page other than the NII's own: which one (the result says it is unverified). */
  unverified?: string;
}

const level = (
  amount: number | null,
  basicPercent: string | null,
  specialPercent: string | null,
  unverified?: string,
): SpecialServicesLevel => ({
  amount: amount === null ? null : shekels(amount),
  basicPercent,
  specialPercent,
  ...(unverified ? { unverified } : {}),
});

/** null for a level: it did not exist yet (the 235% level came in 2022). */
export const specialServicesLevels = parameter<Record<Dependency, SpecialServicesLevel | null>>(
  'disability.specialServices.levels',
  'קצבה לשירותים מיוחדים לפי רמת התלות',
  [
    {
      from: '2014-01-01',
      value: {
        low: level(1401, null, null),
        medium: level(null, '105', null),
        full: level(4761, '175', null),
        extreme: null,
      },
      source: `${S001('"ביטוח נכות › קצבה לשירותים מיוחדים" (בין 1,401 ל-4,761 ₪ לחודש בהתאם לרמת התלות)')}; ${S003('"שינויי חקיקה › 2018–2012" (לפני 2015: 105% ו-175% בדרגות הבינונית והגבוהה)')}`,
    },
    {
      from: '2022-01-01',
      value: {
        low: level(1527, '50', '18.48'),
        medium: level(3534, '112', '46.57'),
        full: level(5641, '188', '65.05'),
        extreme: level(6688, '235', '86.58'),
      },
      source: S003(
        '"קצבה לשירותים מיוחדים › גובה הקצבה והתוספות" (1,527 / 3,534 / 5,641 / 6,688 ₪), ו"שינויי חקיקה › 2022 › שירותים מיוחדים" (רמת 235%)',
      ),
    },
    {
      // No NII page with the 2023–2025 amounts was found (the 2024 and 2025 releases give only the rises).
      from: '2023-01-01',
      value: {
        low: level(1676, '50', null, 'yf-adv.co.il'),
        medium: level(3882, '112', null, 'yf-adv.co.il'),
        full: level(6194, '188', null, 'yf-adv.co.il'),
        extreme: level(7872, '235', null, 'yf-adv.co.il'),
      },
      source: page('yfAdv', '"בשיעור של 50%, בסך 1,676 ₪ … 112%, בסך 3,882 ₪ … 188%, בסך 6,194 ₪ … 235%, בסך 7,872 ₪"'),
      secondary: true,
    },
    {
      from: '2026-01-01',
      value: {
        low: level(1943, '50', null),
        medium: level(4501, '112', null),
        full: level(7181, '188', null, 'kikar.co.il; newsru.co.il'),
        extreme: level(9126, '235', null, 'srugim.co.il; newsru.co.il'),
      },
      source: `${page('rates2026', '"so that 50% of the individual pension will be NIS 1,943, 112% NIS 4,501"')}; ${page('kikar2026', '"קצבת שירותים מיוחדים בדרגה 188% תעמוד על 7,181 ₪"')}; ${page('srugim2026', '"קצבת שירותים מיוחדים ברמתה הגבוהה ביותר תעמוד על 9,126 ש"ח"')}`,
    },
  ],
);

/** The dependence test (IADL): points and supervision → level. Known from the NII page (undated); 2022 is when the four levels began. */
export interface DependenceBands {
  /** Points without supervision from which each level is paid (below `low`: none). */
  points: Record<Dependency, number>;
  /** With a need for supervision: `medium` at any points, `full` from this many, `extreme` from this many. */
  supervisedFull: number;
  supervisedExtreme: number;
}

export const dependenceTest = term<DependenceBands>(
  'disability.specialServices.dependenceTest',
  'מבחן התלות לשר"מ: ניקוד והשגחה לכל רמה',
  [
    {
      from: '2022-01-01',
      value: { points: { low: 20, medium: 44, full: 59, extreme: 68 }, supervisedFull: 24, supervisedExtreme: 48 },
      source: page(
        'iadl',
        '50%: 20–43 points; 112%: 44–58 points, or a need for supervision; 188%: 59–67 points, or 24–47 with supervision; 235%: 68 points or more, or 48 or more with supervision',
      ),
    },
  ],
);

export const ventilatedSupplement = parameter<Decimal | null>(
  'disability.specialServices.ventilated',
  'תוספת לנכה מונשם התלוי לחלוטין בעזרת הזולת',
  [
    {
      from: '2014-01-01',
      value: shekels(0),
      source: S003('"שינויי חקיקה › 2018–2012", "תוספת לנכה מונשם ... (מ-2015)" – לפני 2015 לא הייתה תוספת'),
    },
    {
      from: '2015-01-01',
      value: null,
      source: S003('"שינויי חקיקה › 2018–2012" (83% מקצבת נכות מלאה ליחיד, בלי סכום; ב-2021 "עלתה התוספת מ-1,850")'),
    },
    {
      from: '2022-01-01',
      value: shekels(8462),
      source: S003('"קצבה לשירותים מיוחדים › גובה הקצבה והתוספות", "לנכה מונשם" (379.63% – 8,462 ₪)'),
    },
    {
      from: '2026-01-01',
      value: shekels(10774),
      source: page('srugim2026', '"התוספת למונשם תעלה ל-10,774 ש"ח"'),
      secondary: true,
    },
  ],
);

export const childUnder3Supplement = parameter<{ amount: Decimal; maxChildren: number }>(
  'disability.specialServices.childUnder3',
  'תוספת לזכאי שר"מ בעד ילד מתחת לגיל 3 (עד שני ילדים)',
  [
    {
      from: '2014-01-01',
      value: { amount: shekels(0), maxChildren: 2 },
      source: S003(
        '"שינויי חקיקה", "חוק ההתייעלות הכלכלית (2021-2020)": התוספת נקבעה מאוקטובר 2021 – לפני כן לא הייתה',
      ),
    },
    {
      from: '2021-10-01',
      value: { amount: shekels(954), maxChildren: 2 },
      source: S003(
        '"שינויי חקיקה", "חוק ההתייעלות הכלכלית (2021-2020)" ("תוספת בגין ילד מתחת לגיל 3 ... 954 ש"ח ... עד 2 ילדים, מאוקטובר 2021")',
      ),
    },
    {
      from: '2022-01-01',
      value: { amount: shekels(954), maxChildren: 2 },
      source: S003('"קצבה לשירותים מיוחדים › גובה הקצבה והתוספות" ("לילד בן פחות מ-3 – 954 ש"ח (עד שני ילדים)")'),
    },
  ],
);

// ---------------------------------------------------------------- disabled child

export type ChildCondition =
  | 'adl-dependence'
  | 'constant-supervision'
  | 'special-impairment'
  | 'special-medical-treatment'
  | 'developmental-delay';

export interface ChildAge {
  /** Entitlement starts at this age in days (0: from birth)… */
  fromDays: number;
  /** …or in whole years, where the source says so. */
  fromYears?: number;
  /** Entitlement on this ground ends at this age (years); 18 for every ground otherwise. */
  untilYears?: number;
  /** Under this age (years) the start depends on which impairment it is, and the source lists several. */
  dependsOnImpairmentUnderYears?: number;
}

export const childAges = term<Record<ChildCondition, ChildAge>>(
  'disability.child.ages',
  'גיל תחילת הזכאות לגמלה לילד נכה לפי עילה',
  [
    {
      from: '2014-01-01',
      value: {
        'adl-dependence': { fromDays: 0, fromYears: 3 },
        'constant-supervision': { fromDays: 91 },
        // Down syndrome and hearing from birth; sight, autism, psychosis from 91 days; help to communicate from 3.
        'special-impairment': { fromDays: 0, dependsOnImpairmentUnderYears: 3 },
        'special-medical-treatment': { fromDays: 91 },
        'developmental-delay': { fromDays: 91, untilYears: 3 },
      },
      source: S001('"ביטוח נכות › מי זכאי לגמלה לילד נכה?"'),
    },
    {
      from: '2022-01-01',
      value: {
        'adl-dependence': { fromDays: 0, fromYears: 3 },
        'constant-supervision': { fromDays: 90 },
        // Developmental delay is listed among the special impairments, "from birth", with no upper age.
        'special-impairment': { fromDays: 0 },
        'special-medical-treatment': { fromDays: 90 },
        'developmental-delay': { fromDays: 0 },
      },
      source: S003('"גמלה לילד נכה › קביעת הזכאות לגמלה"'),
    },
  ],
);

export const childMaxAge = term<number>('disability.child.maxAge', 'גיל סיום הזכאות לגמלה לילד נכה', [
  { from: '2014-01-01', value: 18, source: S001('"ביטוח נכות › מי זכאי לגמלה לילד נכה?" ("ילד עד גיל 18")') },
  { from: '2022-01-01', value: 18, source: S003('"גמלה לילד נכה › קביעת הזכאות לגמלה" ("בן פחות מ-18")') },
]);

export interface ChildGrant {
  /** The full single pension (קמ"י) the grant is a percent of. */
  fullSingle: Decimal;
  /** The basic levels in percent where the source lists them; otherwise the range. */
  levels: string[] | null;
  range: [string, string];
  /**
   * From 2024 the NII tabulates the amount of each level (112% and up are not a plain percent of the
   * 100% level); a level the source of the date does not give is absent.
   */
  amounts?: Record<string, Decimal>;
}

const CHILD_LEVELS = ['50', '100', '112', '188', '235'];

export const childGrant = parameter<ChildGrant>('disability.child.grant', 'גמלה לילד נכה: קצבת יחיד מלאה ורמות הגמלה', [
  {
    from: '2014-01-01',
    value: { fullSingle: shekels(2189), levels: null, range: ['50', '128'] },
    source: S001('"ביטוח נכות › גמלה לילד נכה" (50%–128% מקצבת יחיד מלאה, 2,189 ₪ בינואר 2014)'),
  },
  {
    from: '2022-01-01',
    value: { fullSingle: shekels(2229), levels: ['50', '100', '112', '188', '235'], range: ['50', '235'] },
    source: S003('"גמלה לילד נכה › גובה הגמלה" (חמש רמות; הגמלה בשיעור 100% – 2,229 ₪ ב-2022)'),
  },
  {
    from: '2024-01-01',
    value: {
      fullSingle: shekels(3479),
      levels: CHILD_LEVELS,
      range: ['50', '235'],
      amounts: {
        '50': shekels(1771),
        '100': shekels(3479),
        '112': shekels(4099),
        '188': shekels(6542),
        '235': shekels(8313),
      },
    },
    source: page(
      'childRates',
      '"50% - benefit rate amounts to NIS 1,771 … 100% … NIS 3,479 … 112% … NIS 4,099 … 188% … NIS 6,542 … 235% … NIS 8,313"',
    ),
  },
  {
    from: '2025-01-01',
    value: { fullSingle: shekels(3694), levels: CHILD_LEVELS, range: ['50', '235'], amounts: { '100': shekels(3694) } },
    source: page('kikar2025', '"קצבת ילד נכה עמדה עד עתה בשיעור של 100% על 3,694 שקלים"'),
    secondary: true,
  },
  {
    from: '2026-01-01',
    value: {
      fullSingle: shekels(3820),
      levels: CHILD_LEVELS,
      range: ['50', '235'],
      amounts: { '100': shekels(3820), '112': shekels(4501) },
    },
    source: `${page('srugim2026', '"עבור ילד עם 100% נכות תשלום הקצבה יעלה ל-3,820 ש"ח"')}; ${page('kikar2026', '"קצבת ילד נכה בדרגה 112% תעמוד על 4,501 ₪"')}`,
    secondary: true,
  },
]);

export const disabilityParameters = [
  medicalThreshold,
  incapacityDegrees,
  retirementAge,
  workIncomeLimit,
  incomeDisregard,
  zeroPoint,
  fullPension,
  fullDegreeSupplement,
  partialDegreePension,
  partialDependants,
  spouseSupplement,
  childSupplement,
  spouseIncomeLimit,
  dependantsNonWorkDisregard,
  institutionAmount,
  specialServicesThreshold,
  specialServicesIncomeCap,
  specialServicesLevels,
  dependenceTest,
  ventilatedSupplement,
  childUnder3Supplement,
  childAges,
  childMaxAge,
  childGrant,
];
