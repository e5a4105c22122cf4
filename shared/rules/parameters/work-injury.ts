// Injury allowance (דמי פגיעה) after a work injury: seed 001 "ביטוח נפגעי עבודה" (January 2014
// values); later maximums from public-figures.md "Amounts".
import Decimal from 'decimal.js';
import { cite } from '../sources';
import type { PaymentPeriod } from '../wage-replacement';
import { parameter } from './parameter';

const RATE = cite('rights2014', '"ביטוח נפגעי עבודה › שיעור התשלום ליום"');
const ALLOWANCE = cite('rights2014', '"ביטוח נפגעי עבודה › גמלאות נפגעי עבודה › דמי פגיעה"');

/** Percent of the wages of the three months before the injury, divided by 90. */
export const injuryAllowancePercent = parameter<Decimal>('workInjury.allowancePercent', 'שיעור דמי הפגיעה מהשכר (בשלושת החודשים שלפני הפגיעה, לחלק ב-90)', [
  { from: '2014-01-01', value: new Decimal(75), source: RATE },
]);

export const injuryAllowanceMaxDaily = parameter<Decimal>('workInjury.maxDaily', 'מקסימום דמי הפגיעה ליום', [
  { from: '2014-01-01', value: new Decimal('1094.63'), source: RATE },
  { from: '2023-01-01', value: new Decimal('1201.63'), source: 'btl.gov.il, as quoted in public-figures.md "Amounts" (injury allowance maximum from 2023-01-01)' },
  { from: '2024-01-01', value: new Decimal('1241.25'), source: 'kolzchut, as quoted in public-figures.md "Amounts" (injury allowance maximum, 2024)' },
]);

/**
 * Paid for up to 91 days from the day after the injury. A self-employed worker is not paid for the
 * first 12 days of entitlement; an employee not for the two days after the injury day, unless unable
 * to work 12 days or more.
 */
export const injuryAllowanceDays = parameter<{ employee: PaymentPeriod; selfEmployed: PaymentPeriod }>('workInjury.allowanceDays', 'תקופת דמי הפגיעה והימים שאינם משולמים', [
  {
    from: '2014-01-01',
    value: { employee: { maxDays: 91, unpaidDays: 2, paidInFullFrom: 12 }, selfEmployed: { maxDays: 91, unpaidDays: 12 } },
    source: ALLOWANCE,
  },
]);

export const workInjuryParameters = [injuryAllowancePercent, injuryAllowanceMaxDaily, injuryAllowanceDays];
