// What a person types into a client search, as two FTS5 MATCH expressions over client_search: `exact`
// finds the words as written (in the names or the identifiers), `any` also finds the other spellings of
// the names through their spelling keys (name_keys), so exact matches can be ranked first.
import { toMatchQuery, wordTerm } from './match-query';
import { spellingKey, searchWords } from './spelling';

export interface ClientMatch {
  exact: string;
  any: string;
}

const HEBREW = /[\u05D0-\u05EA]/;

/** The MATCH expressions, or null when nothing searchable was typed. */
export function toClientMatch(typed: string): ClientMatch | null {
  const match = toMatchQuery(typed);
  if (!match) return null;
  const exact = `{names identifiers} : (${match})`;
  const words = searchWords(typed);
  // Digits (IDs, phones) and Latin letters have no other spellings; a key of one letter would match
  // every name that starts with it.
  const keys = words.map((word) => (HEBREW.test(word) ? spellingKey(word) : word));
  if (!words.some((word) => HEBREW.test(word)) || keys.every((key) => key.length < 2)) return { exact, any: exact };
  return { exact, any: `${exact} OR {name_keys} : (${keys.map(wordTerm).join(' AND ')})` };
}
