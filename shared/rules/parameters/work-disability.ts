// Work disability (נכות מעבודה) after a work injury: when a pension, a one-off grant or nothing is
// paid, the needy-disabled increase (regulation 18A), and the pension's ceiling. January 2014 values
// from the NII rights guide 2014; the needy-disabled rule restated by NII circular 127/2022; the 2024
// maximum from the NII page "שיעורי קצבת נכות מעבודה".
import Decimal from 'decimal.js';
import { cite, page } from '../sources';
import { parameter, term } from './parameter';

const S001 = (section: string) => cite('rights2014', section);

export interface WorkDisabilityRules {
  /** A temporary degree of at least this pays a pension. */
  temporaryPension: number;
  /** A permanent degree of at least this pays a pension… */
  permanentPension: number;
  /** …and from this up to `permanentPension` a one-off grant of `grantMonths` monthly pensions. */
  permanentGrant: number;
  grantMonths: number;
  /** A permanent degree from which a special pension may be claimed (בל/266)… */
  specialPension: number;
  /** …or from this one, with walking difficulties. */
  specialPensionWithWalking: number;
  /** A permanent degree from which vocational rehabilitation may be claimed (בל/270). */
  rehabilitation: number;
}

export const workDisabilityRules = term<WorkDisabilityRules>(
  'workDisability.rules',
  'דרגות הנכות מעבודה: קצבה, מענק, קצבה מיוחדת ושיקום',
  [
    {
      from: '2014-01-01',
      value: {
        temporaryPension: 9,
        permanentPension: 20,
        permanentGrant: 9,
        grantMonths: 43,
        specialPension: 75,
        specialPensionWithWalking: 65,
        rehabilitation: 10,
      },
      source: S001(
        '"ביטוח נפגעי עבודה › גמלאות נכות מעבודה": "קצבת נכות מעבודה" (זמנית 9%, לצמיתות 20%), "מענק נכות מעבודה" (9%–19%, קצבה חודשית כפול 43), "קצבה מיוחדת" (75%, או 65%–74% עם קשיי הליכה), "שיקום מקצועי לנפגעי עבודה" (10% לצמיתות)',
      ),
    },
  ],
);

export const maxMonthlyWorkPension = parameter<Decimal>(
  'workDisability.maxMonthlyPension',
  'קצבת נכות מעבודה חודשית מרבית (דרגה 100%)',
  [
    {
      from: '2014-01-01',
      value: new Decimal(32839),
      source: S001('"ביטוח נפגעי עבודה › קצבת נכות מעבודה" (מקסימום הקצבה החודשית בינואר 2014 – 32,839 ₪)'),
    },
    {
      from: '2024-01-01',
      value: new Decimal(37238),
      source: page('workDisabilityRates', '"מקסימום קצבת הנכות מעבודה לחודש 37,238 ש"ח (החל ב- 01.01.2024)"'),
    },
  ],
);

/** The degree a needy disabled person's temporary degree is raised to (regulation 18A). */
export const needyDisabledPercent = term<number>('workDisability.needyPercent', 'דרגת הנכות של נכה נזקק (תקנה 18א)', [
  {
    from: '2014-01-01',
    value: 100,
    source: S001('"ביטוח נפגעי עבודה › נכה נזקק" ("משולמת קצבה בשיעור של 100% לתקופה שתקבע")'),
  },
  {
    from: '2022-07-05',
    value: 100,
    source: cite(
      'circular127',
      '"הגדרות" ("מוגדלת דרגת הנכות הזמנית ל-100%"); תאריך תחולה: יום פרסום החוזר, 05.07.2022',
    ),
  },
]);

export const workDisabilityParameters = [workDisabilityRules, maxMonthlyWorkPension, needyDisabledPercent];
