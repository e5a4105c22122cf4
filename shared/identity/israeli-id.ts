// Israeli ID number (מספר זהות): 9 digits, the last a check digit. Shorter numbers are left-padded
// with zeros. Weights 1,2,1,2…; products over 9 have 9 subtracted; the sum must divide by 10.

const DIGITS_ONLY = /^\d{1,9}$/;

/** Strips spaces and dashes and left-pads to 9 digits; null when it is not 1–9 digits. */
export function normalizeIsraeliId(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '');
  if (!DIGITS_ONLY.test(compact)) return null;
  return compact.padStart(9, '0');
}

function weightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum;
}

/** The check digit that completes 8 leading digits into a valid ID. */
export function israeliIdCheckDigit(first8: string): number {
  if (!/^\d{8}$/.test(first8)) throw new Error('israeliIdCheckDigit needs exactly 8 digits');
  return (10 - (weightedSum(first8) % 10)) % 10;
}

export function isValidIsraeliId(raw: string): boolean {
  const id = normalizeIsraeliId(raw);
  if (id === null || id === '000000000') return false;
  return weightedSum(id) % 10 === 0;
}
