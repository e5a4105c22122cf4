// Turns what a person types into an FTS5 MATCH expression: every word required, as itself or as
// the beginning of a longer word.
// A query made of digits (an ID or a phone, typed with dashes or spaces) is one token; a phone
// typed with the country code is turned into the national form that is indexed.
import { digitsOf, foldForSearch } from './fold';

const NUMBER_LIKE = /^[\d\s+\-().]+$/;

function nationalPhoneDigits(digits: string): string {
  return digits.startsWith('972') && digits.length > 4 ? `0${digits.slice(3)}` : digits;
}

/** The word itself or any word it begins: a whole-word match scores on both and ranks first. */
export function wordTerm(token: string): string {
  const quoted = `"${token.replace(/"/g, '""')}"`;
  return `(${quoted} OR ${quoted}*)`;
}

/** The MATCH expression, or null when nothing searchable was typed. */
export function toMatchQuery(typed: string): string | null {
  const text = typed.trim();
  if (NUMBER_LIKE.test(text)) {
    const digits = nationalPhoneDigits(digitsOf(text));
    return digits.length > 0 ? wordTerm(digits) : null;
  }
  const tokens = foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  return tokens.length > 0 ? tokens.map(wordTerm).join(' AND ') : null;
}
