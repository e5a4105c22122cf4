// Maternity allowance (דמי לידה): the NII rights guide 2014, "ביטוח אמהות › דמי לידה" (January 2014
// values), and the NII's "Benefit rates" page as of 01.01.2024 (maximum and the 15/8-week periods).
// No 2025 or 2026 maximum was found; a later date uses the 2024 one and says so.
import Decimal from 'decimal.js';
import { cite, page } from '../sources';
import { parameter, term } from './parameter';

const SECTION = (sub: string) => cite('rights2014', `"ביטוח אמהות › דמי לידה › ${sub}"`);

export interface MaternityQualifying {
  /** Full period: this many insured months of the last 14… */
  fullOf14: number;
  /** …or this many of the last 22. */
  fullOf22: number;
  fullWeeks: number;
  /** Shorter period: this many of the last 14. */
  partialOf14: number;
  partialWeeks: number;
}

export const maternityQualifying = term<MaternityQualifying>(
  'maternity.qualifying',
  'תקופת האכשרה לדמי לידה ומספר השבועות',
  [
    {
      from: '2014-01-01',
      value: { fullOf14: 10, fullOf22: 15, fullWeeks: 14, partialOf14: 6, partialWeeks: 7 },
      source: SECTION('תנאי הזכאות לדמי לידה'),
    },
    // The 15/8 weeks came in before 2024; the NII page that states them is the version of 01.01.2024.
    {
      from: '2024-01-01',
      value: { fullOf14: 10, fullOf22: 15, fullWeeks: 15, partialOf14: 6, partialWeeks: 8 },
      source: page(
        'maternityRates',
        '"10 of the 14 months, or 15 of the 22 months … 15 weeks (105 days) … 6 of the 14 months … 8 weeks (56 days)"',
      ),
    },
  ],
);

/** Percent of the wage subject to contributions (income tax, NII and health contributions are deducted from it). */
export const maternityPercent = term<Decimal>('maternity.percent', 'שיעור דמי הלידה מהשכר החייב בדמי ביטוח', [
  { from: '2014-01-01', value: new Decimal(100), source: SECTION('שיעור דמי הלידה') },
]);

export const maternityMaxDaily = parameter<Decimal>('maternity.maxDaily', 'מקסימום דמי הלידה ליום (לשכירה ולעצמאית)', [
  { from: '2014-01-01', value: new Decimal('1459.50'), source: SECTION('שיעור דמי הלידה') },
  {
    from: '2024-01-01',
    value: new Decimal('1655'),
    source: page('maternityRates', '"up to a maximum of NIS 1,655 (as of Jan 01, 2024) per day"'),
  },
]);

export const maternityParameters = [maternityQualifying, maternityPercent, maternityMaxDaily];
