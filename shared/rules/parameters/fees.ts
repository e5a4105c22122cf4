// Representatives' fee caps under Amendment 161 to the National Insurance Law (agreements from
// 05.12.2015). Values only from published NII pages and the kolzchut pages that restate the law.
import Decimal from 'decimal.js';
import { page } from '../sources';
import { parameter, term } from './parameter';

const CAPS_2024 = page('feeCaps2024');
const CAPS_2022 = page('feeCaps2022');
/** The amendment's terms hold for agreements from its start (05.12.2015); the sources state them as they stand. */
export const AMENDMENT_FROM = '2015-12-05';
export const KOLZCHUT_LIMIT = page('kolzchutFeeLimit');
export const KOLZCHUT_TIMING = page('kolzchutFeeTiming');

export const openingFee = parameter<Decimal>('fees.openingFee', 'דמי פתיחת תיק מרביים למייצג', [
  { from: '2022-01-01', value: new Decimal(834), source: CAPS_2022 },
  { from: '2024-01-01', value: new Decimal(907), source: CAPS_2024 },
]);

export const lowBenefitThreshold = parameter<Decimal>(
  'fees.lowBenefitThreshold',
  'גמלה ממוצעת שמתחתיה מותרים דמי פתיחה נוספים',
  [
    { from: '2022-01-01', value: new Decimal(1251), source: CAPS_2022 },
    { from: '2024-01-01', value: new Decimal(1360), source: CAPS_2024 },
  ],
);

/** Percent of the average monthly benefit over 60 months, for filing a claim (any representative). */
export const claimFeePercent = term<Decimal>('fees.claimPercent', 'שיעור שכר הטרחה המרבי על הגשת תביעה (מכל מייצג)', [
  { from: '2024-01-01', value: new Decimal('10.25'), source: CAPS_2024 },
]);

/** Lawyers only, filing plus the medical committees. */
export const lawyerCommitteesPercent = term<Decimal>(
  'fees.lawyerCommitteesPercent',
  'שיעור מרבי לעורך דין: הגשת תביעה וייצוג בוועדות רפואיות',
  [{ from: '2024-01-01', value: new Decimal('12.75'), source: CAPS_2024 }],
);

/** Work injury, degree 9–19% (a grant): with an opening fee / without one. */
export const workInjuryGrantPercent = term<{ withOpening: Decimal; withoutOpening: Decimal }>(
  'fees.workInjuryGrantPercent',
  'שיעור מרבי ממענק נכות מעבודה (דרגה 9%–19%)',
  [{ from: '2024-01-01', value: { withOpening: new Decimal(13), withoutOpening: new Decimal(14) }, source: CAPS_2024 }],
);

/** The percent caps are of the average monthly benefit times this many months (the 2024 table states it). */
export const benefitMonths = term<number>(
  'fees.benefitMonths',
  'מספר חודשי הגמלה הממוצעת שעליהם מחושב שיעור שכר הטרחה',
  [{ from: '2024-01-01', value: 60, source: CAPS_2024, standing: true }],
);

export interface FeeTerms {
  /** The cap, in percent, when the information sheet was not handed over. */
  withoutInformationSheetPercent: Decimal;
  /** Working days from signing in which the insured may cancel the agreement. */
  cancellationWorkingDays: number;
}

export const feeTerms = term<FeeTerms>(
  'fees.terms',
  'תקרת שכר הטרחה כשדף המידע לא נמסר (באחוזים) וימי העבודה לביטול ההסכם',
  [
    {
      from: AMENDMENT_FROM,
      value: { withoutInformationSheetPercent: new Decimal(85), cancellationWorkingDays: 7 },
      source: KOLZCHUT_LIMIT,
      standing: true,
    },
  ],
);

export interface FeeTiming {
  /** At most this percent of a retroactive payment at once… */
  retroactiveAtOncePercent: Decimal;
  /** …then at most this percent of each monthly payment… */
  monthlyPaymentPercent: Decimal;
  /** …over at most this many months. */
  spreadMonths: number;
}

export const feeTiming = term<FeeTiming>(
  'fees.timing',
  'מועדי תשלום שכר הטרחה: השיעור מתשלום רטרואקטיבי בבת אחת, השיעור מכל תשלום חודשי ותקופת הפריסה',
  [
    {
      from: AMENDMENT_FROM,
      value: { retroactiveAtOncePercent: new Decimal(60), monthlyPaymentPercent: new Decimal(25), spreadMonths: 60 },
      source: KOLZCHUT_TIMING,
      standing: true,
    },
  ],
);

export const feeParameters = [
  openingFee,
  lowBenefitThreshold,
  claimFeePercent,
  lawyerCommitteesPercent,
  workInjuryGrantPercent,
  benefitMonths,
  feeTerms,
  feeTiming,
];
