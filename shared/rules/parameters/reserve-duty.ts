// Reserve-duty compensation (תגמולי מילואים): seed 001 "תגמולים למשרתים במילואים" (January 2014),
// seed 002 "תגמול מזערי ותקרה" (2023), public-figures.md "Amounts" (2024).
import Decimal from 'decimal.js';
import { cite } from '../sources';
import { parameter } from './parameter';

const GUIDE = cite('rights2014', '"תגמולים למשרתים במילואים › תגמול מילואים"');
const WAR = cite('swordsOfIron', '"תגמול מזערי ותקרה"');
const PUBLIC_2024 = 'kolzchut; kolhamas.co.il, as quoted in public-figures.md "Amounts" (reserve duty, 2024)';

/** The seeds state both; the daily amount is the one applied. */
export interface DailyAndMonthly {
  daily: Decimal;
  monthly: Decimal;
}

const amounts = (daily: string, monthly: number): DailyAndMonthly => ({ daily: new Decimal(daily), monthly: new Decimal(monthly) });

export const reserveMinimum = parameter<DailyAndMonthly>('reserveDuty.minimum', 'תגמול המילואים המזערי', [
  { from: '2014-01-01', value: amounts('196.02', 5881), source: GUIDE },
  { from: '2023-01-01', value: amounts('215.17', 6455), source: WAR },
  { from: '2024-01-01', value: amounts('222.27', 6668), source: PUBLIC_2024, secondary: true },
]);

export const reserveMaximum = parameter<DailyAndMonthly>('reserveDuty.maximum', 'תגמול המילואים המרבי', [
  { from: '2014-01-01', value: amounts('1441.33', 43240), source: GUIDE },
  { from: '2023-01-01', value: amounts('1582.17', 47465), source: WAR },
  { from: '2024-01-01', value: amounts('1634.33', 49030), source: PUBLIC_2024, secondary: true },
]);

/** Mentioned in results from 2024 on; not applied, since the input does not say the call-up was under צו 8. */
export const wartimeMinimumDaily = parameter<Decimal>('reserveDuty.wartimeMinimumDaily', 'תגמול מזערי ליום למי שגויס בצו 8', [
  { from: '2024-01-01', value: new Decimal('310.52'), source: 'btl "Swords of Iron" page, as quoted in public-figures.md "Amounts" (from 2024-01-01)' },
]);

export const reserveDutyParameters = [reserveMinimum, reserveMaximum, wartimeMinimumDaily];
