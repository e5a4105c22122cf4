// Injury allowance (דמי פגיעה) after a work injury: the NII rights guide 2014, "ביטוח נפגעי עבודה"
// (January 2014 values); later maximums from the NII's "Rate of injury allowance per day" page.
import Decimal from 'decimal.js';
import { cite, page } from '../sources';
import type { PaymentPeriod } from '../wage-replacement';
import { parameter, term } from './parameter';

const RATE = cite('rights2014', '"ביטוח נפגעי עבודה › שיעור התשלום ליום"');
const ALLOWANCE = cite('rights2014', '"ביטוח נפגעי עבודה › גמלאות נפגעי עבודה › דמי פגיעה"');

/** Percent of the wages of the three months before the injury, divided by 90. */
export const injuryAllowancePercent = term<Decimal>(
  'workInjury.allowancePercent',
  'שיעור דמי הפגיעה מהשכר (בשלושת החודשים שלפני הפגיעה, לחלק ב-90)',
  [{ from: '2014-01-01', value: new Decimal(75), source: RATE }],
);

export const injuryAllowanceMaxDaily = parameter<Decimal>('workInjury.maxDaily', 'מקסימום דמי הפגיעה ליום', [
  { from: '2014-01-01', value: new Decimal('1094.63'), source: RATE },
  { from: '2023-01-01', value: new Decimal('1201.63'), source: page('injuryRate2023', 'מקסימום דמי הפגיעה ליום') },
  {
    from: '2024-01-01',
    value: new Decimal('1241.25'),
    source: page('kolzchutInjury', 'מקסימום דמי הפגיעה ליום (1,241.25 ₪, 2024)'),
    secondary: true,
  },
  {
    from: '2025-01-01',
    value: new Decimal('1283.50'),
    source: page('injuryRate', '"up to the maximum injury allowance per day of NIS 1283.50 (as of Jan 01, 2025)"'),
  },
]);

/**
 * Paid for up to 91 days from the day after the injury. A self-employed worker is not paid for the
 * first 12 days of entitlement; an employee not for the two days after the injury day, unless unable
 * to work 12 days or more.
 */
export const injuryAllowanceDays = term<{ employee: PaymentPeriod; selfEmployed: PaymentPeriod }>(
  'workInjury.allowanceDays',
  'תקופת דמי הפגיעה והימים שאינם משולמים',
  [
    {
      from: '2014-01-01',
      value: {
        employee: { maxDays: 91, unpaidDays: 2, paidInFullFrom: 12 },
        selfEmployed: { maxDays: 91, unpaidDays: 12 },
      },
      source: ALLOWANCE,
    },
  ],
);

export const workInjuryParameters = [injuryAllowancePercent, injuryAllowanceMaxDaily, injuryAllowanceDays];
