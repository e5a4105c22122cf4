// Reserve-duty compensation (תגמולי מילואים): the NII rights guide 2014, "תגמולים למשרתים במילואים";
// the accountants' wartime circular of October 2023, "תגמול מזערי ותקרה"; the NII table from 2024.
import Decimal from 'decimal.js';
import { cite, page } from '../sources';
import { parameter } from './parameter';

const GUIDE = cite('rights2014', '"תגמולים למשרתים במילואים › תגמול מילואים"');
const WAR = cite('swordsOfIron', '"תגמול מזערי ותקרה"');
const TABLE_2024 = page(
  'reserveByType',
  '"Not below the minimum = NIS 310.52 per day. Not above the maximum = NIS 1,634.33 per day."',
);

/** The daily amount is the one applied; the monthly one is shown where the source states it. */
export interface DailyAndMonthly {
  daily: Decimal;
  monthly: Decimal | null;
}

const amounts = (daily: string, monthly: number | null): DailyAndMonthly => ({
  daily: new Decimal(daily),
  monthly: monthly === null ? null : new Decimal(monthly),
});

export const reserveMinimum = parameter<DailyAndMonthly>('reserveDuty.minimum', 'תגמול המילואים המזערי', [
  { from: '2014-01-01', value: amounts('196.02', 5881), source: GUIDE },
  { from: '2023-01-01', value: amounts('215.17', 6455), source: WAR },
  {
    from: '2024-01-01',
    value: amounts('310.52', null),
    source: TABLE_2024,
    conflict: {
      value: '222.27 ₪ ליום (6,668 ₪ לחודש)',
      source: page('kolzchutReserveDraft', '"מינימום התגמול עבור יום מילואים הוא 222.27 ₪ … (נכון לשנת 2024)"'),
      why: 'הערך 310.52 ₪ מופיע בטבלת המוסד לביטוח לאומי כמינימום לכל סוגי המשרתים; 222.27 ₪ מופיע רק בדף טיוטה של "כל זכות" שלא פורסם לציבור.',
    },
  },
]);

export const reserveMaximum = parameter<DailyAndMonthly>('reserveDuty.maximum', 'תגמול המילואים המרבי', [
  { from: '2014-01-01', value: amounts('1441.33', 43240), source: GUIDE },
  { from: '2023-01-01', value: amounts('1582.17', 47465), source: WAR },
  { from: '2024-01-01', value: amounts('1634.33', null), source: TABLE_2024 },
]);

export const reserveDutyParameters = [reserveMinimum, reserveMaximum];
