// Amounts as a lawyer reads them inside a Hebrew sentence: "3,700.00 ₪" (two places, half-up, like
// the result's amount).
import type Decimal from 'decimal.js';
import { formatAmount } from './calculator';

export function shekelText(amount: Decimal): string {
  const [whole, fraction] = formatAmount(amount).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction} ₪`;
}
