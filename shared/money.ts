// Money and other two-place decimals: decimal strings ("3700.00") across the API, integers scaled
// by 100 in the store (agorot, basis points), decimal.js in between. Never a float.
import Decimal from 'decimal.js';

/** "3700.5" → 370050. */
export function toHundredths(text: string): number {
  return new Decimal(text).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** 370050 → "3700.50". */
export function fromHundredths(value: number): string {
  return new Decimal(value).dividedBy(100).toFixed(2);
}
