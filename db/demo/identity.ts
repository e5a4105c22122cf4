// Identifiers that pass the app's own checks: Israeli ID numbers with their check digit (unique within
// the office), mobile numbers in ranges libphonenumber-js ('max' metadata) accepts, e-mail addresses.
import { israeliIdCheckDigit } from '../../shared/identity/israeli-id';
import type { Name } from './names';
import type { Random } from './random';

/** Hands out ID numbers never given before in this office. */
export class IdNumbers {
  private readonly taken = new Set<string>();

  next(random: Random): string {
    for (;;) {
      // Older IDs start with 0, newer ones with 2 or 3.
      const first8 = random.pick(['0', '0', '2', '3', '3']) + random.digits(7);
      const id = first8 + String(israeliIdCheckDigit(first8));
      if (id !== '000000000' && !this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }
}

// Operator prefixes with the range of the two digits after them that libphonenumber-js takes as
// mobile (050-1…, 054-0… and parts of 055 are not allocated), and how common each one is.
const MOBILE_RANGES: [prefix: string, from: number, to: number, weight: number][] = [
  ['50', 20, 99, 30],
  ['52', 20, 99, 25],
  ['53', 0, 99, 10],
  ['54', 20, 99, 25],
  ['55', 20, 33, 2],
  ['58', 30, 79, 8],
];

/** An Israeli mobile number in E.164 (+9725…), as the app stores it. */
export function mobileNumber(random: Random): string {
  const [prefix, from, to] = random.weighted(MOBILE_RANGES.map((range) => [range, range[3]] as const));
  return `+972${prefix}${String(random.int(from, to)).padStart(2, '0')}${random.digits(5)}`;
}

const MAIL_DOMAINS: [string, number][] = [
  ['gmail.com', 55],
  ['walla.co.il', 15],
  ['hotmail.com', 8],
  ['yahoo.com', 6],
  ['bezeqint.net', 6],
  ['012.net.il', 4],
  ['outlook.com', 6],
];

/** name.surname (or the first letter and the surname) with a number, at a common Israeli provider. */
export function emailAddress(random: Random, first: Name, last: Name): string {
  const clean = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
  const given = random.chance(0.5) ? clean(first.latin) : clean(first.latin).slice(0, 1);
  return `${given}.${clean(last.latin)}${random.int(1, 999)}@${random.weighted(MAIL_DOMAINS)}`;
}
