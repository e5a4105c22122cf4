// Income support (גמלה להבטחת הכנסה): seed 001 "גמלה להבטחת הכנסה" (January 2014 values). No later
// public value is known; a later date uses these and warns.
import Decimal from 'decimal.js';
import { cite } from '../sources';
import { parameter } from './parameter';

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

/** The Hebrew row names of the seed's table. */
export const compositionNames: Record<FamilyComposition, string> = {
  single: 'יחיד',
  couple: 'זוג',
  'couple-one-child': 'זוג + ילד',
  'couple-two-or-more-children': 'זוג + 2 ילדים ויותר',
  'single-parent-one-child': 'הורה יחיד + ילד',
  'single-parent-two-or-more-children': 'הורה יחיד + 2 ילדים ויותר',
};

export interface AmountRow {
  /** The full monthly benefit. */
  full: Decimal;
  /** "עד סכום זה אפשר להרוויח ולקבל קצבה (מלאה או חלקית)". */
  earningsUpTo: Decimal;
}

export interface AmountColumns {
  /** "בני 20-25 הפטורים ממבחן תעסוקה, או שיש להם ילדים, וכן בני 20-55, בכל עילת זכאות". */
  under55: AmountRow;
  /** "בני 55 שנים ומעלה". */
  from55: AmountRow;
}

const row = (full: number, upTo: number): AmountRow => ({ full: new Decimal(full), earningsUpTo: new Decimal(upTo) });

export const amounts = parameter<Record<FamilyComposition, AmountColumns>>('incomeSupport.amounts', 'גמלת הבטחת הכנסה המלאה וההכנסה מעבודה שעד אליה משולמת גמלה, לפי הרכב המשפחה והגיל', [
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
]);

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

export const ageBands = parameter<AgeBands>('incomeSupport.ageBands', 'הגילים בגמלת הבטחת הכנסה: גיל הזכאות, "בני 20-25" ו"בני 55 ומעלה"', [
  { from: '2014-01-01', value: { from: 20, specialFrom: 18, youngUntil: 25, olderFrom: 55 }, source: `${CONDITIONS}, "גיל"; ${TABLE}` },
]);

/** "לבני 20-25 ללא ילדים, שחייבים במבחן תעסוקה - הגמלה מופחתת ב-20%". */
export const youngReductionPercent = parameter<number>('incomeSupport.youngReductionPercent', 'הפחתת הגמלה לבני 20–25 בלי ילדים החייבים במבחן תעסוקה (אחוז)', [
  { from: '2014-01-01', value: 20, source: `${TABLE}, הערה **` },
]);

/** Spouse in an institution at public expense, or not resident, or a minor girl living with her parents. */
export const specialDeduction = parameter<Decimal>('incomeSupport.specialDeduction', 'הפחתה מהגמלה כשבן הזוג מאושפז על חשבון הציבור או אינו תושב, או לקטינה הגרה עם הוריה', [
  { from: '2014-01-01', value: new Decimal(649), source: `${TABLE}, הערה *` },
]);

export const residenceMonths = parameter<number>('incomeSupport.residenceMonths', 'רציפות תושבות נדרשת לגמלת הבטחת הכנסה (חודשים)', [
  { from: '2014-01-01', value: 24, source: `${CONDITIONS}, "רציפות תושבות"` },
]);

export const vehicleValue = parameter<Decimal>('incomeSupport.vehicleValue', 'שווי הרכב שעד אליו רכב אינו שולל את הגמלה (אלא מפחית אותה)', [
  { from: '2014-01-01', value: new Decimal(40760), source: `${CONDITIONS}, "מבחן הכנסות ורכב"` },
]);

export const incomeSupportParameters = [amounts, ageBands, youngReductionPercent, specialDeduction, residenceMonths, vehicleValue];
