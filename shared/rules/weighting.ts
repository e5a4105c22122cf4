// The NII's weighting of several impairments into one medical percent: the highest counts in full,
// each next one (in descending order) counts as its percent of what remains up to 100%, and the sum,
// if it has a fraction, is rounded up to the whole percent.
// Sources: תקנות הביטוח הלאומי (קביעת דרגת נכות לנפגעי עבודה), התשט"ז-1956, תקנה 11(ב); Kol Zchut,
// "נכות רפואית משוקללת בביטוח הלאומי בגין מספר ליקויים או מחלות" (the rounding up, and the example
// 40% + 30% + 10% → 40 + 18 + 4.2 = 62.2 → 63%).
// Literal reading: the regulation for work injury states no rounding; the rounding up the
// general-disability page states is applied to both, so an appeal compares whole percents.
import Decimal from 'decimal.js';
import { LAW, page } from './sources';

export const WEIGHTING_SOURCE = `${LAW.workInjuryWeighting}; ${page('kolzchutWeighting', '"השקלול נעשה כך", "אם התקבל מספר עם שבר, השבר יעוגל לשלם כלפי מעלה"')}`;

export interface WeightingStep {
  percent: number;
  /** What was left up to 100% before this impairment. */
  remainder: Decimal;
  /** What this impairment adds: its percent of the remainder. */
  counted: Decimal;
}

export interface Weighted {
  steps: WeightingStep[];
  /** The sum before rounding. */
  exact: Decimal;
  /** The weighted medical percent: the sum rounded up to a whole percent, at most 100. */
  percent: number;
}

export function weighImpairments(percents: readonly number[]): Weighted {
  const steps: WeightingStep[] = [];
  let sum = new Decimal(0);
  for (const percent of [...percents].sort((a, b) => b - a)) {
    const remainder = new Decimal(100).minus(sum);
    const counted = remainder.times(percent).dividedBy(100);
    steps.push({ percent, remainder, counted });
    sum = sum.plus(counted);
  }
  return { steps, exact: sum, percent: Decimal.min(sum.ceil(), 100).toNumber() };
}
