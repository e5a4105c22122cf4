// Accident allowance (דמי תאונה): the NII rights guide 2014 "ביטוח נפגעי תאונות" (January 2014 values). No later
// public value is known; a later date uses these and warns.
import Decimal from 'decimal.js';
import { cite } from '../sources';
import type { PaymentPeriod } from '../wage-replacement';
import { parameter, term } from './parameter';

const RATE = cite('rights2014', '"ביטוח נפגעי תאונות › שיעור דמי התאונה ליום"');
const PERIOD = cite('rights2014', '"ביטוח נפגעי תאונות › תקופת התשלום"');
const WHO = cite('rights2014', '"ביטוח נפגעי תאונות › מי זכאי לדמי תאונה?"');

/** Employee or self-employed: percent of the wages of the quarter before the accident, divided by 90. */
export const accidentPercent = term<Decimal>(
  'accident.percent',
  'שיעור דמי התאונה לשכיר ולעצמאי (מהשכר ברבע השנה שקדם לתאונה, לחלק ב-90)',
  [{ from: '2014-01-01', value: new Decimal(75), source: RATE }],
);

export const accidentMaxDaily = parameter<Decimal>('accident.maxDaily', 'מקסימום דמי התאונה ליום לשכיר ולעצמאי', [
  { from: '2014-01-01', value: new Decimal('1094.63'), source: RATE },
]);

/** Someone not working, or a housewife: a fixed amount a day. */
export const accidentFixedDaily = parameter<Decimal>(
  'accident.fixedDaily',
  'דמי תאונה ליום למי שאינו עובד ולעקרת בית',
  [{ from: '2014-01-01', value: new Decimal('72.98'), source: RATE }],
);

/**
 * At most 90 consecutive days from the day after the accident. Employee or self-employed: the first
 * two days are not paid when the incapacity is shorter than 12 days. Not working or a housewife: the
 * first 14 days after the accident day are never paid.
 */
export const accidentDays = term<{ worker: PaymentPeriod; nonWorker: PaymentPeriod }>(
  'accident.days',
  'תקופת דמי התאונה והימים שאינם משולמים',
  [
    {
      from: '2014-01-01',
      value: { worker: { maxDays: 90, unpaidDays: 2, paidInFullFrom: 12 }, nonWorker: { maxDays: 90, unpaidDays: 14 } },
      source: PERIOD,
    },
  ],
);

/** Age from which a resident is covered; the upper limit is the retirement age (parameters/old-age.ts). */
export const accidentMinAge = term<number>('accident.minAge', 'הגיל שממנו זכאים לדמי תאונה (ועד גיל הפרישה)', [
  { from: '2014-01-01', value: 18, source: WHO },
]);

export const accidentParameters = [accidentPercent, accidentMaxDaily, accidentFixedDaily, accidentDays, accidentMinAge];
