// Hebrew names are written more than one way. Full spelling (כתיב מלא) adds the vowel letters א, ו, י
// that defective spelling (כתיב חסר) leaves out — אגבאריה / אגבריה, יוסף / יוסיף — and people confuse
// ק with כ and ט with ת, which sound alike. A word's spelling key keeps its first letter, drops א, ו and
// י after it and writes ק as כ and ט as ת, so the ways of writing one name share a key.
// (The Academy of the Hebrew Language, "כללי הכתיב חסר הניקוד", 2017,
// https://hebrew-academy.org.il/topic/hahlatot/missingvocalizationspelling/)
import { foldForSearch } from './fold';

const SOUNDS_ALIKE: Record<string, string> = { ק: 'כ', ט: 'ת' };
const HEBREW = /[\u05D0-\u05EA]/;

/** The key of one word, folded first (final letters, niqqud, geresh). */
export function spellingKey(word: string): string {
  const folded = foldForSearch(word).replace(/[קט]/g, (c) => SOUNDS_ALIKE[c]!);
  return folded.slice(0, 1) + folded.slice(1).replace(/[אוי]/g, '');
}

/** The words of a text, split as the search index splits them. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The keys of a text's Hebrew words, space-separated (what the index stores beside the names). */
export function spellingKeys(text: string): string {
  return searchWords(text)
    .filter((word) => HEBREW.test(word))
    .map(spellingKey)
    .join(' ');
}
