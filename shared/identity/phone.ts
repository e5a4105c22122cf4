// Israeli phone numbers through libphonenumber-js. A number is accepted when it has the shape of an
// Israeli number (the library's "possible" check): its "valid" check follows the ranges the
// regulator has allocated so far, and refused real numbers on new 05x ranges — and the app's own
// example, 050-1234567. Shown the way Israelis write them: 050-1234567, 04-8123456, 077-1234567.
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';

/**
 * The shapes Israelis write most (050-1234567, 0501234567, 077-1234567, 04-8123456): their E.164 form
 * directly, as the library gives it for them (a test compares the two over every prefix) — parsing
 * costs tens of microseconds a number, and an import checks one or two phones on each of 50,000 rows.
 */
const COMMON = /^0(5\d|7\d|[2-489])-?(\d{7})$/;

function parseIsraeli(raw: string): PhoneNumber | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), 'IL');
  return parsed && parsed.countryCallingCode === '972' && parsed.isPossible() && /^\d+$/.test(parsed.nationalNumber)
    ? parsed
    : null;
}

/** 05x and then seven digits. */
function isMobile(nationalNumber: string): boolean {
  return /^5\d{8}$/.test(nationalNumber);
}

/** E.164 (+972…) for any Israeli number, else null. */
export function normalizeIsraeliPhone(raw: string): string | null {
  const common = COMMON.exec(raw.trim());
  if (common) return `+972${common[1]}${common[2]}`;
  return parseIsraeli(raw)?.number ?? null;
}

/** E.164 for an Israeli mobile number (05x), else null. */
export function normalizeIsraeliMobile(raw: string): string | null {
  const common = COMMON.exec(raw.trim());
  if (common) return common[1]!.startsWith('5') ? `+972${common[1]}${common[2]}` : null;
  const parsed = parseIsraeli(raw);
  return parsed && isMobile(parsed.nationalNumber) ? parsed.number : null;
}

/**
 * For display: the prefix, a hyphen, then the rest in one block — 050-1234567 (mobile), 077-1234567
 * (07x), 04-8123456 (area code); other shapes (1-800) in the library's national format. The input
 * itself when it cannot be parsed.
 */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164, 'IL');
  if (!parsed || parsed.countryCallingCode !== '972') return e164;
  const national = parsed.nationalNumber;
  if (/^[57]\d{8}$/.test(national)) return `0${national.slice(0, 2)}-${national.slice(2)}`;
  if (/^[2-489]\d{7}$/.test(national)) return `0${national[0]}-${national.slice(1)}`;
  return parsed.formatNational();
}
