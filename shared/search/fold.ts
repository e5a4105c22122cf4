// Folding for search: Hebrew final letters to their regular forms, niqqud and cantillation
// removed, geresh/gershayim and quotes dropped, Latin lower-cased. Applied the same way to what is
// indexed and to what is typed, so "שלום" finds "שָׁלוֹם" and a prefix "כה" finds "כהן".

const FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
// Hebrew points and accents (U+0591–U+05C7) except the punctuation among them: maqaf, paseq, sof pasuq, nun hafukha.
const MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g;
const QUOTES = /['"\u05F3\u05F4\u2018\u2019\u201C\u201D`]/g;

export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(QUOTES, '')
    .replace(/[ךםןףץ]/g, (c) => FINALS[c]!)
    .toLowerCase();
}

/** Digits only, for IDs and phones typed with dashes or spaces. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
