// Survivors' pension (קצבת שאירים): the NII rights guide 2014 "ביטוח שאירים" (January 2014 values) and
// the NII's "Pension for a widow or widower" as of 01.01.2024. No 2025 or 2026 amounts were found; a
// later date uses the 2024 ones and says so.
import Decimal from 'decimal.js';
import type { SeniorityRule } from '../seniority';
import { cite, page } from '../sources';
import { parameter, term } from './parameter';

const SECTION = (sub: string) => cite('rights2014', `"ביטוח שאירים › ${sub}"`);
const AMOUNTS = SECTION('סכומי קצבת השאירים הבסיסית בינואר 2014');

export interface SurvivorsAmounts {
  /** A widow(er) aged 40–50 without children. */
  widow40to50: Decimal;
  /** 50 and over, without children. */
  widow50plus: Decimal;
  /** "בגיל 80". */
  widow80: Decimal;
  oneChild: Decimal;
  twoChildren: Decimal;
  eachAdditionalChild: Decimal;
}

export const basicAmounts = parameter<SurvivorsAmounts>(
  'survivors.basicAmounts',
  'קצבת השאירים הבסיסית לאלמן/ה לפי גיל ומספר ילדים (לחודש)',
  [
    {
      from: '2014-01-01',
      value: {
        widow40to50: new Decimal(1150),
        widow50plus: new Decimal(1531),
        widow80: new Decimal(1617),
        oneChild: new Decimal(2249),
        twoChildren: new Decimal(2967),
        eachAdditionalChild: new Decimal(718),
      },
      source: AMOUNTS,
    },
    {
      from: '2024-01-01',
      value: {
        widow40to50: new Decimal(1304),
        widow50plus: new Decimal(1736),
        widow80: new Decimal(1834),
        oneChild: new Decimal(2550),
        twoChildren: new Decimal(3364),
        eachAdditionalChild: new Decimal(814),
      },
      source: page(
        'widowRates',
        '"aged 40-50 with no children NIS 1,304 … aged 50 and over with no children NIS 1,736 … aged 80 and over NIS 1,834 … with one child NIS 2,550 … with two children NIS 3,364 … For each additional child NIS 814"',
      ),
    },
  ],
);

export interface SurvivorsAges {
  /** Without children and under this age: a one-time grant instead of a pension. */
  grantUnder: number;
  /** Without children, the higher rate from this age… */
  higherFrom: number;
  /** …and the rate "בגיל 80" from this one. */
  eightyFrom: number;
}

export const ages = term<SurvivorsAges>('survivors.ages', 'הגילים הקובעים את קצבת השאירים לאלמן/ה בלי ילדים', [
  {
    from: '2014-01-01',
    value: { grantUnder: 40, higherFrom: 50, eightyFrom: 80 },
    source: `${AMOUNTS}; ${SECTION('מענק שאירים')}`,
  },
]);

/** "מענק שאירים": a widow(er) under 40 without children gets this many monthly pensions, once. */
export const grantMonths = term<number>(
  'survivors.grantMonths',
  'מענק שאירים לאלמן/ה מתחת לגיל 40 בלי ילדים (מספר קצבות חודשיות)',
  [{ from: '2014-01-01', value: 36, source: `${SECTION('מענק שאירים')}, "סכום של 36 קצבות חודשיות"` }],
);

/** For widows and widowers of someone insured 11 years or more: 2% a year from the 11th, at most 50%. */
export const seniority = term<SeniorityRule>(
  'survivors.seniority',
  'תוספת ותק לקצבת שאירים: אחוז לכל שנת ביטוח של הנפטר מהשנה ה-11, ועד תקרה',
  [
    {
      from: '2014-01-01',
      value: { afterYears: 10, percentPerYear: 2, maxPercent: 50 },
      source: SECTION('תוספת ותק לקצבה הבסיסית'),
    },
  ],
);

export interface SurvivorsQualifying {
  /** Insured months immediately before the death… */
  lastMonths: number;
  /** …or this many in the 5 years before it… */
  in5Years: number;
  /** …or this many in the 10 years before it… */
  in10Years: number;
  /** …or this many in all… */
  total: number;
  /** …or this many, if not fewer than the uninsured months. */
  ifNotFewerThanUninsured: number;
}

export const qualifying = term<SurvivorsQualifying>(
  'survivors.qualifying',
  'תקופת האכשרה של הנפטר לקצבת שאירים (חודשי ביטוח)',
  [
    {
      from: '2014-01-01',
      value: { lastMonths: 12, in5Years: 24, in10Years: 60, total: 144, ifNotFewerThanUninsured: 60 },
      source: SECTION('תנאי הזכאות לקצבת שאירים'),
    },
  ],
);

export interface Marriage {
  /** Married at least this many months… */
  months: number;
  /** …or this many for a survivor of this age or more. */
  shortMonths: number;
  shortFromAge: number;
}

export const marriage = term<Marriage>('survivors.marriage', 'משך הנישואין הנדרש לאלמן/ה (חודשים)', [
  {
    from: '2014-01-01',
    value: { months: 12, shortMonths: 6, shortFromAge: 55 },
    source: `${SECTION('קצבת שאירים › מי זכאי לקצבת שאירים?')}, "אלמן", "אלמנה"`,
  },
]);

export const healthInsurance = parameter<Decimal>(
  'survivors.healthInsurance',
  'דמי ביטוח בריאות מינימליים המנוכים מקצבת השאירים כשאין הכנסה חייבת (לחודש)',
  [{ from: '2014-01-01', value: new Decimal(103), source: SECTION('ניכוי דמי ביטוח בריאות') }],
);

export const survivorsParameters = [basicAmounts, ages, grantMonths, seniority, qualifying, marriage, healthInsurance];
