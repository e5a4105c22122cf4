// Old-age pension with an income supplement (קצבת אזרח ותיק עם תוספת השלמת הכנסה): the monthly total
// the NII pays someone of retirement age with little or no other income, by age band and family, from
// its table "סכומי קצבת אזרח ותיק עם תוספת השלמת הכנסה" (versions as of 01.01.2024 and 01.01.2026).
// The 2025 version and the income-test thresholds were not found.
import Decimal from 'decimal.js';
import { page } from '../sources';
import { parameter, term } from './parameter';

export const supplementFamilies = [
  'single',
  'couple',
  'single-one-child',
  'single-two-children',
  'couple-one-child',
  'couple-two-children',
] as const;
export type SupplementFamily = (typeof supplementFamilies)[number];
export type SupplementAgeBand = 'under70' | 'from70' | 'from80';

/** The table's columns, in its order: single, couple, single + 1, single + 2, couple + 1, couple + 2. */
const row = (...amounts: number[]): Record<SupplementFamily, Decimal> =>
  Object.fromEntries(supplementFamilies.map((f, i) => [f, new Decimal(amounts[i]!)])) as Record<
    SupplementFamily,
    Decimal
  >;

export const supplementTotals = parameter<Record<SupplementAgeBand, Record<SupplementFamily, Decimal>>>(
  'oldAge.incomeSupplementTotals',
  'קצבת אזרח ותיק עם תוספת השלמת הכנסה (סך הכול לחודש), לפי גיל והרכב המשפחה',
  [
    {
      from: '2024-01-01',
      value: {
        under70: row(4132, 6529, 6894, 7954, 7589, 8648),
        from70: row(4172, 6594, 6960, 8019, 7653, 8715),
        from80: row(4213, 6657, 7024, 8083, 7717, 8776),
      },
      source: page(
        'oldAgeSupplement',
        'החל ב-01.01.2024: "ליחיד/ה 4,132 ש"ח לזוג 6,529 ש"ח"; מגיל 70 עד גיל 80: "ליחיד/ה 4,172 ש"ח"; מגיל 80 ומעלה: "ליחיד/ה 4,213 ש"ח"',
      ),
    },
    {
      from: '2026-01-01',
      value: {
        under70: row(4375, 6912, 7305, 8426, 8035, 9156),
        from70: row(4418, 6981, 7374, 8496, 8102, 9226),
        from80: row(4460, 7048, 7442, 8563, 8171, 9292),
      },
      source: page(
        'oldAgeSupplement',
        'החל ב-01.01.2026: "ליחיד/ה 4,375 ש"ח לזוג 6,912 ש"ח"; מגיל 70 עד גיל 80: "ליחיד/ה 4,418 ש"ח לזוג 6,981 ש"ח"; מגיל 80 ומעלה: "ליחיד/ה 4,460 ש"ח לזוג 7,048 ש"ח"',
      ),
    },
  ],
);

/** The ages that start the table's higher columns. */
export const supplementAgeBands = term<{ from70: number; from80: number }>(
  'oldAge.incomeSupplementAgeBands',
  'הגילים שמהם משולם סכום גבוה יותר של קצבה עם השלמת הכנסה',
  [
    {
      from: '2024-01-01',
      value: { from70: 70, from80: 80 },
      source: page('oldAgeSupplement', '"מגיל 70 עד גיל 80", "מגיל 80 ומעלה"'),
    },
  ],
);

export const incomeSupplementParameters = [supplementTotals, supplementAgeBands];
