// Old-age pension (קצבת זקנה): the NII rights guide 2014, "ביטוח זקנה" (January 2014 values); later
// amounts from the NII's pension-rate pages; the women's retirement-age table from the NII page
// "הגיל הראשון: גיל הפרישה".
import Decimal from 'decimal.js';
import type { SeniorityRule } from '../seniority';
import { cite, page } from '../sources';
import { parameter, term } from './parameter';

const SECTION = (sub: string) => cite('rights2014', `"ביטוח זקנה › קצבת זקנה › ${sub}"`);
const AGES = SECTION('תנאי הזכאות › 1. הגעת ל"גיל המזכה בקצבת זקנה"');
const AMOUNTS = SECTION('סכומי קצבת הזקנה הבסיסית בינואר 2014');
const ADDITIONS = SECTION('תוספות לקצבה הבסיסית');
const RATES_2024 = page('oldAgeRates', '"NIS 1,736 For an individual / NIS 1,834 For an individual aged 80 or older"');

/** One row of an age table keyed by birth month (YYYY-MM, both ends inclusive; open where absent). */
export interface AgeRow {
  bornFrom?: string;
  bornUntil?: string;
  years: number;
  months: number;
  /** The source gives only a range: the age lies between years/months and this. */
  upTo?: { years: number; months: number };
  /** The source gives no age for these births; the row carries the nearest figure it does give. */
  assumed?: boolean;
}

/**
 * Women's retirement age (גיל הפרישה). The NII rights guide 2014 says only: "women born January 1950 – December 1954:
 * 62"; "from 2017 the age rises gradually by birth date from 62 to 64, unless decided otherwise" —
 * no table. Literal reading: born 1955 on, somewhere between 62 and 64 (a range, not a guess);
 * born before 1950 the source gives no age, so 62 is carried and flagged `assumed`.
 * From 2022 the NII's own table (62 up to 65 by birth year) replaces that reading.
 */
export const womenRetirementAge = term<readonly AgeRow[]>(
  'oldAge.womenRetirementAge',
  'גיל הפרישה לנשים לפי חודש הלידה',
  [
    {
      from: '2014-01-01',
      value: [
        { bornUntil: '1949-12', years: 62, months: 0, assumed: true },
        { bornFrom: '1950-01', bornUntil: '1954-12', years: 62, months: 0 },
        { bornFrom: '1955-01', years: 62, months: 0, upTo: { years: 64, months: 0 } },
      ],
      source: `${AGES}, "גיל הפרישה לנשים"`,
    },
    {
      from: '2022-01-01',
      value: [
        { bornUntil: '1944-06', years: 60, months: 0 },
        { bornFrom: '1944-07', bornUntil: '1944-08', years: 60, months: 4 },
        { bornFrom: '1944-09', bornUntil: '1945-04', years: 60, months: 8 },
        { bornFrom: '1945-05', bornUntil: '1945-12', years: 61, months: 0 },
        { bornFrom: '1946-01', bornUntil: '1946-08', years: 61, months: 4 },
        { bornFrom: '1946-09', bornUntil: '1947-04', years: 61, months: 8 },
        { bornFrom: '1947-05', bornUntil: '1959-12', years: 62, months: 0 },
        { bornFrom: '1960-01', bornUntil: '1960-12', years: 62, months: 4 },
        { bornFrom: '1961-01', bornUntil: '1961-12', years: 62, months: 8 },
        { bornFrom: '1962-01', bornUntil: '1962-12', years: 63, months: 0 },
        { bornFrom: '1963-01', bornUntil: '1963-12', years: 63, months: 3 },
        { bornFrom: '1964-01', bornUntil: '1964-12', years: 63, months: 6 },
        { bornFrom: '1965-01', bornUntil: '1965-12', years: 63, months: 9 },
        { bornFrom: '1966-01', bornUntil: '1966-12', years: 64, months: 0 },
        { bornFrom: '1967-01', bornUntil: '1967-12', years: 64, months: 3 },
        { bornFrom: '1968-01', bornUntil: '1968-12', years: 64, months: 6 },
        { bornFrom: '1969-01', bornUntil: '1969-12', years: 64, months: 9 },
        { bornFrom: '1970-01', years: 65, months: 0 },
      ],
      source: `${page('retirementAge', '"גיל הפרישה של נשים - 60 עד 65 שנים, בהתאם לתאריך הלידה"')}; חוק גיל פרישה, התשס"ד-2004, כפי שתוקן בחוק ההתייעלות הכלכלית (תיקוני חקיקה ליישום המדיניות הכלכלית לשנות התקציב 2021 ו-2022), התשפ"ב-2021`,
      standing: true,
    },
  ],
);

export const menRetirementAge = term<number>('oldAge.menRetirementAge', 'גיל הפרישה לגברים (שנים)', [
  { from: '2014-01-01', value: 67, source: `${AGES}, "גיל הפרישה לגברים - הוא 67 שנים"` },
]);

/**
 * Women's entitlement age (גיל הזכאות, paid whatever the income): the source's own table. Its cells read
 * "65-1-4 חודשים"; the "1" is taken as "ו" ("65 and 4 months"), the only reading that makes a scale.
 */
export const womenEntitlementAge = term<readonly AgeRow[]>(
  'oldAge.womenEntitlementAge',
  'גיל הזכאות לקצבת זקנה לנשים לפי חודש הלידה',
  [
    {
      from: '2014-01-01',
      value: [
        { bornUntil: '1939-06', years: 65, months: 0 },
        { bornFrom: '1939-07', bornUntil: '1939-08', years: 65, months: 4 },
        { bornFrom: '1939-09', bornUntil: '1940-04', years: 65, months: 8 },
        { bornFrom: '1940-05', bornUntil: '1940-12', years: 66, months: 0 },
        { bornFrom: '1941-01', bornUntil: '1941-08', years: 66, months: 4 },
        { bornFrom: '1941-09', bornUntil: '1942-04', years: 66, months: 8 },
        { bornFrom: '1942-05', bornUntil: '1944-12', years: 67, months: 0 },
        { bornFrom: '1945-01', bornUntil: '1945-08', years: 67, months: 4 },
        { bornFrom: '1945-09', bornUntil: '1946-04', years: 67, months: 8 },
        { bornFrom: '1946-05', bornUntil: '1946-12', years: 68, months: 0 },
        { bornFrom: '1947-01', bornUntil: '1947-08', years: 68, months: 4 },
        { bornFrom: '1947-09', bornUntil: '1948-04', years: 68, months: 8 },
        { bornFrom: '1948-05', bornUntil: '1948-12', years: 69, months: 0 },
        { bornFrom: '1949-01', bornUntil: '1949-08', years: 69, months: 4 },
        { bornFrom: '1949-09', bornUntil: '1950-04', years: 69, months: 8 },
        { bornFrom: '1950-05', years: 70, months: 0 },
      ],
      source: SECTION('ב. גיל הזכאות לקצבת זקנה › גיל הזכאות לקצבת זקנה לנשים (טבלה)'),
    },
  ],
);

export const menEntitlementAge = term<number>('oldAge.menEntitlementAge', 'גיל הזכאות לקצבת זקנה לגברים (שנים)', [
  {
    from: '2014-01-01',
    value: 70,
    source: SECTION('ב. גיל הזכאות לקצבת זקנה › "גיל הזכאות לקצבת זקנה לגברים - הוא 70 שנים"'),
  },
]);

export interface IncomeLimits {
  single: Decimal;
  couple: Decimal;
}

/**
 * Between the retirement and the entitlement age: work income at most `work` a month, "and" income
 * from other sources (a pension does not count) at most `other`. The source's sentence is split by its
 * layout ("...אינן עולות על 5,181" / "ש"ח לחודש ליחיד, או 6,908 ש"ח לחודש לזוג, והכנסותיך ממקורות
 * אחרים אינן עולות על 10,362 ש"ח ליחיד או 13,816 ש"ח לזוג").
 */
export const incomeTest = parameter<{ work: IncomeLimits; other: IncomeLimits }>(
  'oldAge.incomeTest',
  'מבחן ההכנסות בין גיל הפרישה לגיל הזכאות: תקרת ההכנסה מעבודה ותקרת ההכנסה ממקורות אחרים (לחודש)',
  [
    {
      from: '2014-01-01',
      value: {
        work: { single: new Decimal(5181), couple: new Decimal(6908) },
        other: { single: new Decimal(10362), couple: new Decimal(13816) },
      },
      source: `${AGES}, "א. גיל הפרישה"; "הכנסה מפנסיה אינה נחשבת כהכנסה"`,
    },
    {
      // The work ceilings as of 01.01.2025; the other-income ones are the NII's of 01.01.2024 (the full
      // pension below them), the latest found.
      from: '2025-01-01',
      value: {
        work: { single: new Decimal(9781), couple: new Decimal(13040) },
        other: { single: new Decimal(27624), couple: new Decimal(28581) },
      },
      source: `${page('oldAgeWorking', '"Single person – NIS 9,781 (as of Jan 01, 2025) Couple – NIS 13,040 (as of Jan 01, 2025)"')}; ${page('oldAgeOtherIncome', '"less than NIS 27,624 - you may be entitled to a full old-age pension … less than NIS 28,581"')}`,
    },
  ],
);

export interface Qualifying {
  /** Insured months within the 10 years before the qualifying age… */
  monthsInLast10Years: number;
  /** …or this many insured months in all… */
  totalMonths: number;
  /** …or this many, if the insured months are not fewer than the uninsured ones. */
  monthsIfNotFewerThanUninsured: number;
}

export const qualifying = term<Qualifying>('oldAge.qualifying', 'תקופת האכשרה לקצבת זקנה (חודשי ביטוח)', [
  {
    from: '2014-01-01',
    value: { monthsInLast10Years: 60, totalMonths: 144, monthsIfNotFewerThanUninsured: 60 },
    source: SECTION('תנאי הזכאות › 2. השלמת "תקופת אכשרה"'),
  },
]);

export const basicSingle = parameter<Decimal>('oldAge.basicSingle', 'קצבת זקנה בסיסית ליחיד (לחודש)', [
  { from: '2014-01-01', value: new Decimal(1531), source: `${AMOUNTS}, "ליחיד"` },
  { from: '2024-01-01', value: new Decimal(1736), source: RATES_2024 },
  {
    from: '2025-01-01',
    value: new Decimal(1795),
    source: page(
      'oldAgeWorking',
      '"For an individual, the rate of the basic pension is NIS 1,795 (as of Jan 01, 2025)"',
    ),
  },
  {
    from: '2026-01-01',
    value: new Decimal(1838),
    source: page(
      'srugim2026',
      '"קצבת אזרח ותיק ליחיד תעלה לסכום של 1,838 ש"ח, ובתוספת ותק ביטוחי מקסימלית תגיע ל-2,757 ש"ח"',
    ),
    secondary: true,
  },
]);

export const basicSingle80 = parameter<Decimal>('oldAge.basicSingle80', 'קצבת זקנה בסיסית ליחיד בן 80 ומעלה (לחודש)', [
  { from: '2014-01-01', value: new Decimal(1617), source: `${AMOUNTS}, "ליחיד בן 80 ומעלה"` },
  { from: '2024-01-01', value: new Decimal(1834), source: RATES_2024 },
]);

export const basicCouple = parameter<Decimal>('oldAge.basicCouple', 'קצבת זקנה בסיסית לזוג (לחודש)', [
  { from: '2014-01-01', value: new Decimal(2301), source: `${AMOUNTS}, "לזוג"` },
  { from: '2024-01-01', value: new Decimal(2609), source: page('oldAgeRates', '"NIS 2,609 For a couple"') },
  {
    from: '2026-01-01',
    value: new Decimal(2762),
    source: page('srugim2026', '"יחיד עם בן זוג שאינו מקבל קצבה זו יקבל 2,762 ש"ח"'),
    secondary: true,
  },
]);

export const basicCouple80 = parameter<Decimal>(
  'oldAge.basicCouple80',
  'קצבת זקנה בסיסית לזוג שמקבל הקצבה בו בן 80 ומעלה (לחודש)',
  [
    { from: '2014-01-01', value: new Decimal(2387), source: `${AMOUNTS}, "לזוג שמקבל הקצבה בן 80 ומעלה"` },
    {
      from: '2024-01-01',
      value: new Decimal(2707),
      source: page('oldAgeRates', '"NIS 2,707 For a couple when the pension recipient is aged 80 or older"'),
    },
  ],
);

export const higherRateAge = term<number>('oldAge.higherRateAge', 'הגיל שממנו משולמת קצבת הזקנה בשיעור המוגדל (שנים)', [
  { from: '2014-01-01', value: 80, source: `${AMOUNTS}, "בן 80 ומעלה"` },
]);

export const seniority = term<SeniorityRule>(
  'oldAge.seniority',
  'תוספת ותק לקצבת זקנה: אחוז לכל שנת ביטוח מעל 10 שנים, ועד תקרה',
  [
    {
      from: '2014-01-01',
      value: { afterYears: 10, percentPerYear: 2, maxPercent: 50 },
      source: `${ADDITIONS}, "תוספת ותק - 2%"`,
    },
  ],
);

export const deferralPercent = term<number>(
  'oldAge.deferralPercent',
  'תוספת דחיית קצבה: אחוז לכל שנה שלא שולמה קצבה בשל הכנסה מעבודה',
  [{ from: '2014-01-01', value: 5, source: `${ADDITIONS}, "תוספת דחיית קצבה - 5%"` }],
);

export const healthInsurance = parameter<IncomeLimits>(
  'oldAge.healthInsurance',
  'דמי ביטוח בריאות המנוכים מקצבת הזקנה (לחודש)',
  [
    {
      from: '2014-01-01',
      value: { single: new Decimal(196), couple: new Decimal(283) },
      source: `${AMOUNTS}, "מהקצבה מנוכים דמי ביטוח בריאות"`,
    },
  ],
);

/** Entitled on the 1st–15th: paid from the 1st of that month; from the 16th: from the 1st of the next. */
export const paymentStartDay = term<number>(
  'oldAge.paymentStartDay',
  'היום בחודש שעד אליו (כולל) משולמת הקצבה מ-1 באותו חודש',
  [{ from: '2014-01-01', value: 15, source: SECTION('תביעה לקצבת זקנה') }],
);

export const oldAgeParameters = [
  womenRetirementAge,
  menRetirementAge,
  womenEntitlementAge,
  menEntitlementAge,
  incomeTest,
  qualifying,
  basicSingle,
  basicSingle80,
  basicCouple,
  basicCouple80,
  higherRateAge,
  seniority,
  deferralPercent,
  healthInsurance,
  paymentStartDay,
];
