// Unemployment benefit (דמי אבטלה): the NII rights guide 2014, "ביטוח אבטלה" (January 2014 values), the
// unpaid-leave rule from the accountants' wartime circular of October 2023, and the daily maximums
// from 2024 on from the NII's English pages on the amount of unemployment benefit.
import Decimal from 'decimal.js';
import { cite, page } from '../sources';
import { parameter, term } from './parameter';

const SECTION = (sub: string) => cite('rights2014', `"ביטוח אבטלה › דמי אבטלה › ${sub}"`);
const CONDITIONS = SECTION('תנאי הזכאות לדמי האבטלה');
const RATE = SECTION('שיעור דמי האבטלה');

export interface Qualifying {
  /** Months with contributions paid… */
  months: number;
  /** …out of the months before the unemployment. */
  window: number;
  /** A discharged soldier (or after 24 months of national service) may count up to this many service months. */
  serviceMonthsCounted: number;
}

/** The source dates this rule: "למובטלים מ-1.4.13"; earlier unemployment is outside it. */
export const qualifying = term<Qualifying>('unemployment.qualifying', 'תקופת האכשרה לדמי אבטלה', [
  { from: '2013-04-01', value: { months: 12, window: 18, serviceMonthsCounted: 6 }, source: CONDITIONS },
]);

export interface AgeLimits {
  /** Entitled from this age… */
  from: number;
  /** …"and in certain conditions" from this one… */
  conditionallyFrom: number;
  /** …until this age. */
  until: number;
}

export const ageLimits = term<AgeLimits>('unemployment.ageLimits', 'הגילים שבהם זכאים לדמי אבטלה', [
  { from: '2014-01-01', value: { from: 20, conditionallyFrom: 18, until: 67 }, source: CONDITIONS },
]);

export interface MaxDaysTable {
  /** Dependants (a spouse who does not work, a child under 18) that lengthen the period. */
  dependantsThreshold: number;
  /** The age each band of days starts at, keyed like the days (the keys name the 2014 bands). */
  ages: { from45: number; from35: number; from28: number; from25: number };
  /** From 45, or from 35 with the dependants. */
  from45: number;
  /** From 35, or under 35 with the dependants. */
  from35: number;
  from28: number;
  from25: number;
  under25: number;
  dischargedSoldier: number;
}

export const maxDays = term<MaxDaysTable>(
  'unemployment.maxDays',
  'תקופת הזכאות המרבית לדמי אבטלה (ימים), לפי גיל ותלויים',
  [
    {
      from: '2014-01-01',
      value: {
        dependantsThreshold: 3,
        ages: { from45: 45, from35: 35, from28: 28, from25: 25 },
        from45: 175,
        from35: 138,
        from28: 100,
        from25: 67,
        under25: 50,
        dischargedSoldier: 70,
      },
      source: SECTION('תקופת הזכאות המרבית לדמי אבטלה'),
    },
  ],
);

export const waitingDays = term<number>(
  'unemployment.waitingDays',
  'ימי אבטלה ראשונים שאינם משולמים, בכל 4 חודשים רצופים',
  [{ from: '2014-01-01', value: 5, source: `${RATE}, ◀ "עבור 5 ימי האבטלה הראשונים בכל 4 חודשים רצופים"` }],
);

export const quitDelayDays = term<number>(
  'unemployment.quitDelayDays',
  'דחיית התשלום למי שהפסיק לעבוד מרצונו בלי הצדקה (ימים מיום הפסקת העבודה)',
  [
    {
      from: '2014-01-01',
      value: 90,
      source: `${SECTION('דמי אבטלה למשתתף בהכשרה מקצועית')}, ◀ "מי שהפסיק את עבודתו מרצונו, בלי הצדקה"`,
    },
  ],
);

export interface DailyMaximum {
  /** Cap in the first period… */
  first: Decimal;
  /** …and after it. */
  later: Decimal;
  /** Hebrew, "in the first …": how the source describes the first period. */
  firstPeriod: string;
}

function officialMaximum(from: string, first: string, later: string) {
  const asOf = `${from.slice(8, 10)}.${from.slice(5, 7)}.${from.slice(0, 4)}`;
  return {
    from,
    value: { first: new Decimal(first), later: new Decimal(later), firstPeriod: 'ב-125 הימים הראשונים' },
    source: page(
      'unemploymentOver28',
      `נכון ל-${asOf}: "NIS ${first} per day for the first 125 days of payment. From the 126th day … NIS ${later}"`,
    ),
  };
}

export const maxDaily = parameter<DailyMaximum>('unemployment.maxDaily', 'מקסימום דמי אבטלה ליום', [
  {
    from: '2014-01-01',
    value: { first: new Decimal('363.56'), later: new Decimal('242.37'), firstPeriod: 'בחמשת החודשים הראשונים' },
    source: RATE,
  },
  officialMaximum('2024-01-01', '501.44', '334.29'),
  officialMaximum('2025-01-01', '532.64', '355.09'),
  officialMaximum('2026-01-01', '550.76', '367.17'),
]);

export const soldierMinDaily = parameter<Decimal>(
  'unemployment.soldierMinDaily',
  'דמי אבטלה מזעריים ליום לחייל משוחרר',
  [{ from: '2014-01-01', value: new Decimal('103.80'), source: RATE }],
);

/** Unpaid leave (חל"ת) counts only when at the employer's initiative and this many consecutive days. */
export const unpaidLeaveMinDays = term<number>(
  'unemployment.unpaidLeaveMinDays',
  'ימי חל"ת רצופים ביוזמת המעסיק הנדרשים לזכאות לדמי אבטלה',
  [
    {
      from: '2021-07-01',
      value: 30,
      source: cite(
        'swordsOfIron',
        '"הסבר על זכאות עובד בחל"ת לדמי אבטלה בזמן מלחמת חרבות ברזל" › "תנאים מוקדמים לזכאות לדמי אבטלה לעובד בחל"ת"',
      ),
    },
  ],
);

export const unemploymentParameters = [
  qualifying,
  ageLimits,
  maxDays,
  waitingDays,
  quitDelayDays,
  maxDaily,
  soldierMinDaily,
  unpaidLeaveMinDays,
];
