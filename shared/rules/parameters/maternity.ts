// Maternity allowance (דמי לידה): seed 001 "ביטוח אמהות › דמי לידה" (January 2014 values). No later
// public value is known; a later date uses these and warns.
import Decimal from 'decimal.js';
import { cite } from '../sources';
import { parameter } from './parameter';

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

export const maternityQualifying = parameter<MaternityQualifying>('maternity.qualifying', 'תקופת האכשרה לדמי לידה ומספר השבועות', [
  { from: '2014-01-01', value: { fullOf14: 10, fullOf22: 15, fullWeeks: 14, partialOf14: 6, partialWeeks: 7 }, source: SECTION('תנאי הזכאות לדמי לידה') },
]);

/** Percent of the wage subject to contributions (income tax, NII and health contributions are deducted from it). */
export const maternityPercent = parameter<Decimal>('maternity.percent', 'שיעור דמי הלידה מהשכר החייב בדמי ביטוח', [
  { from: '2014-01-01', value: new Decimal(100), source: SECTION('שיעור דמי הלידה') },
]);

export const maternityMaxDaily = parameter<Decimal>('maternity.maxDaily', 'מקסימום דמי הלידה ליום (לשכירה ולעצמאית)', [
  { from: '2014-01-01', value: new Decimal('1459.50'), source: SECTION('שיעור דמי הלידה') },
]);

export const maternityParameters = [maternityQualifying, maternityPercent, maternityMaxDaily];
