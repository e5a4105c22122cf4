// Israeli phone numbers through libphonenumber-js (full metadata, so mobile can be told from landline).
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';

function parseIsraeli(raw: string): PhoneNumber | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'IL');
  return parsed && parsed.isValid() && parsed.country === 'IL' ? parsed : null;
}

/** E.164 (+972…) for any valid Israeli number, else null. */
export function normalizeIsraeliPhone(raw: string): string | null {
  return parseIsraeli(raw)?.number ?? null;
}

/** E.164 for a valid Israeli mobile number (05x), else null. */
export function normalizeIsraeliMobile(raw: string): string | null {
  const parsed = parseIsraeli(raw);
  const type = parsed?.getType();
  return parsed && (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') ? parsed.number : null;
}

/** National format for display, e.g. 050-123-4567; the input itself when it cannot be parsed. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164, 'IL')?.formatNational() ?? e164;
}
