// Income support (גמלה להבטחת הכנסה): the NII rights guide 2014, "גמלה להבטחת הכנסה" (January 2014
// values), and the NII's "Rates of income support benefit" as of 01.01.2024 and 01.01.2025. A cell the
// kept tables do not give is null: the calculator uses the latest earlier value and says so.
import Decimal from 'decimal.js';
import { cite, page } from '../sources';
import { parameter, term } from './parameter';

const SECTION = (sub: string) => cite('rights2014', `"גמלה להבטחת הכנסה › ${sub}"`);
const TABLE = SECTION('עובד בשכר נמוך › סכומי הגמלה המלאה בינואר 2014');
const CONDITIONS = SECTION('תנאי הזכאות לגמלת הבטחת הכנסה');

export const familyCompositions = [
  'single',
  'couple',
  'couple-one-child',
  'couple-two-or-more-children',
  'single-parent-one-child',
  'single-parent-two-or-more-children',
] as const;
export type FamilyComposition = (typeof familyCompositions)[number];

/** The Hebrew row names of the source's table. */
export const compositionNames: Record<FamilyComposition, string> = {
  single: 'יחיד',
  couple: 'זוג',
  'couple-one-child': 'זוג + ילד',
  'couple-two-or-more-children': 'זוג + 2 ילדים ויותר',
  'single-parent-one-child': 'הורה יחיד + ילד',
  'single-parent-two-or-more-children': 'הורה יחיד + 2 ילדים ויותר',
};

export interface AmountRow {
  /** The full monthly benefit; null where the kept table does not give it. */
  full: Decimal | null;
  /** "עד סכום זה אפשר להרוויח ולקבל קצבה (מלאה או חלקית)"; null where not given. */
  earningsUpTo: Decimal | null;
}

export interface AmountColumns {
  /** "בני 20-25 הפטורים ממבחן תעסוקה, או שיש להם ילדים, וכן בני 20-55, בכל עילת זכאות". */
  under55: AmountRow;
  /** "בני 55 שנים ומעלה" (from 2024: "between 55 and retirement age"). */
  from55: AmountRow;
  /**
   * From 2024 the NII tabulates ages 20–24 who report to the Employment Service (the reduced amount)
   * itself; before, the reduction is a percent of `under55` (youngReductionPercent).
   */
  youngReporting?: Decimal | null;
}

export type AmountColumn = 'under55' | 'from55';

const n = (v: number | null) => (v === null ? null : new Decimal(v));
const row = (full: number | null, upTo: number | null): AmountRow => ({ full: n(full), earningsUpTo: n(upTo) });
const UNKNOWN = row(null, null);
/** One row of the 2024 and 2025 tables: ages 20–24 reporting / exempt (= ages 25–54) / work-income ceiling. */
const rates = (reporting: number, exempt: number, upTo: number | null, from55: AmountRow = UNKNOWN): AmountColumns => ({
  youngReporting: new Decimal(reporting),
  under55: row(exempt, upTo),
  from55,
});

export const amounts = parameter<Record<FamilyComposition, AmountColumns>>(
  'incomeSupport.amounts',
  'גמלת הבטחת הכנסה המלאה וההכנסה מעבודה שעד אליה משולמת גמלה, לפי הרכב המשפחה והגיל',
  [
    {
      from: '2014-01-01',
      value: {
        single: { under55: row(1730, 2925), from55: row(2162, 3454) },
        couple: { under55: row(2378, 4033), from55: row(3243, 4954) },
        'couple-one-child': { under55: row(2594, 4479), from55: row(3762, 5499) },
        'couple-two-or-more-children': { under55: row(2897, 5271), from55: row(4281, 6184) },
        'single-parent-one-child': { under55: row(2897, 5464), from55: row(3535, 7437) },
        'single-parent-two-or-more-children': { under55: row(3373, 6258), from55: row(4400, 8878) },
      },
      source: TABLE,
    },
    {
      from: '2024-01-01',
      value: {
        single: rates(1569, 1961, 3428),
        couple: rates(2158, 2697, 4731),
        'couple-one-child': rates(2942, 2942, null),
        'couple-two-or-more-children': rates(3285, 3285, null),
        'single-parent-one-child': rates(3285, 3285, null),
        'single-parent-two-or-more-children': rates(3824, 3824, null),
      },
      source: page(
        'incomeSupportRates',
        'נכון ל-01.01.2024: "Individual | NIS 1,569 | NIS 1,961 | NIS 3,428 … Couple | NIS 2,158 | NIS 2,697 | NIS 4,731 … Couple + 1 child | NIS 2,942 … Single parent + 2 or more children | NIS 3,824"',
      ),
    },
    {
      from: '2025-01-01',
      value: {
        single: rates(1622, 2028, 3563, row(2535, 5060)),
        couple: rates(2230, 2788, 4915),
        'couple-one-child': rates(3042, 3042, 5439),
        'couple-two-or-more-children': rates(3397, 3397, 6367),
        'single-parent-one-child': rates(3397, 3397, 8676),
        'single-parent-two-or-more-children': rates(3954, 3954, 9605),
      },
      source: page(
        'incomeSupportRates',
        'נכון ל-01.01.2025: "Individual NIS 1622 NIS 2028 NIS 3563 … Couple NIS 2230 NIS 2788 NIS 4915 …"; "Benefit rate for those between 25 and 54 … Individual NIS 2028 … Couple NIS 2788"; "between 55 and retirement age … Individual NIS 2535 NIS 5060"',
      ),
    },
  ],
);

export interface AgeBands {
  /** Entitled from this age… */
  from: number;
  /** …and in special circumstances (illness, pregnancy, drug use) from this one. */
  specialFrom: number;
  /** "בני 20-25" without children who must pass the work test get less: below this age. */
  youngUntil: number;
  /** The higher column from this age. */
  olderFrom: number;
}

export const ageBands = term<AgeBands>(
  'incomeSupport.ageBands',
  'הגילים בגמלת הבטחת הכנסה: גיל הזכאות, "בני 20-25" ו"בני 55 ומעלה"',
  [
    {
      from: '2014-01-01',
      value: { from: 20, specialFrom: 18, youngUntil: 25, olderFrom: 55 },
      source: `${CONDITIONS}, "גיל"; ${TABLE}`,
    },
  ],
);

/** "לבני 20-25 ללא ילדים, שחייבים במבחן תעסוקה - הגמלה מופחתת ב-20%". */
export const youngReductionPercent = term<number>(
  'incomeSupport.youngReductionPercent',
  'הפחתת הגמלה לבני 20–25 בלי ילדים החייבים במבחן תעסוקה (אחוז)',
  [{ from: '2014-01-01', value: 20, source: `${TABLE}, הערה **` }],
);

/** Spouse in an institution at public expense, or not resident, or a minor girl living with her parents. */
export const specialDeduction = parameter<Decimal>(
  'incomeSupport.specialDeduction',
  'הפחתה מהגמלה כשבן הזוג מאושפז על חשבון הציבור או אינו תושב, או לקטינה הגרה עם הוריה',
  [{ from: '2014-01-01', value: new Decimal(649), source: `${TABLE}, הערה *` }],
);

export const residenceMonths = term<number>(
  'incomeSupport.residenceMonths',
  'רציפות תושבות נדרשת לגמלת הבטחת הכנסה (חודשים)',
  [{ from: '2014-01-01', value: 24, source: `${CONDITIONS}, "רציפות תושבות"` }],
);

export const vehicleValue = parameter<Decimal>(
  'incomeSupport.vehicleValue',
  'שווי הרכב שעד אליו רכב אינו שולל את הגמלה (אלא מפחית אותה)',
  [{ from: '2014-01-01', value: new Decimal(40760), source: `${CONDITIONS}, "מבחן הכנסות ורכב"` }],
);

export const incomeSupportParameters = [
  amounts,
  ageBands,
  youngReductionPercent,
  specialDeduction,
  residenceMonths,
  vehicleValue,
];
