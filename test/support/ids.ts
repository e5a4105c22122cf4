// Valid Israeli ID numbers for tests, made with the check-digit function rather than typed in.
import { israeliIdCheckDigit } from '../../shared/identity/israeli-id';

export function validId(first8: string): string {
  return first8 + String(israeliIdCheckDigit(first8));
}

/** The same ID with its check digit off by one: looks plausible, fails validation. */
export function invalidId(first8: string): string {
  return first8 + String((israeliIdCheckDigit(first8) + 1) % 10);
}
