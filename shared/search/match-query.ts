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

/** The words searched for: one number (an ID or a phone), or the folded words. */
function matchTokens(typed: string): string[] {
  const text = typed.trim();
  if (NUMBER_LIKE.test(text)) {
    const digits = nationalPhoneDigits(digitsOf(text));
    return digits.length > 0 ? [digits] : [];
  }
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The MATCH expression, or null when nothing searchable was typed. */
export function toMatchQuery(typed: string): string | null {
  const tokens = matchTokens(typed);
  return tokens.length > 0 ? tokens.map(wordTerm).join(' AND ') : null;
}

/** One or two characters typed, as the first keys of a search are: one word of at most two. */
export function isShortQuery(typed: string): boolean {
  const tokens = matchTokens(typed);
  return tokens.length === 1 && tokens[0]!.length <= 2;
}
