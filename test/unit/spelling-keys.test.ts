// Spelling keys: the full and defective spellings of a Hebrew name, and the letters people confuse
// (ק/כ, ט/ת), share a key; different names do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toClientMatch } from '../../shared/search/client-match';
import { spellingKey, spellingKeys } from '../../shared/search/spelling';

const consonants = [...'בגדהזחכלמנסעפצרשת'];
const vowelLetters = [...'אוי'];
/** A Hebrew word whose letters after the first are consonants or the vowel letters. */
const word = fc
  .tuple(
    fc.constantFrom(...consonants, ...vowelLetters),
    fc.array(fc.constantFrom(...consonants, ...vowelLetters, 'ק', 'ט'), { minLength: 1, maxLength: 8 }),
  )
  .map(([first, rest]) => [first, ...rest]);

describe('spelling keys', () => {
  it('gives the names people write two ways one key', () => {
    expect(spellingKey('אגבאריה')).toBe(spellingKey('אגבריה'));
    expect(spellingKey('יוסף')).toBe(spellingKey('יוסיף'));
    expect(spellingKey('שמואל')).toBe(spellingKey('שמאל'));
    expect(spellingKey('קטן')).toBe(spellingKey('כתן'));
    expect(spellingKey('אברמוביץ׳')).toBe(spellingKey('אברמוביץ'));
    expect(spellingKey('כהן')).not.toBe(spellingKey('כוכן'));
    expect(spellingKey('אגבריה')).not.toBe(spellingKey('גבריה'));
  });

  it('ignores a vowel letter added or dropped after the first letter', () => {
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom(...vowelLetters), (letters, at, vowel) => {
        const position = 1 + (at % letters.length);
        const fuller = [...letters.slice(0, position), vowel, ...letters.slice(position)];
        expect(spellingKey(fuller.join(''))).toBe(spellingKey(letters.join('')));
      }),
    );
  });

  it('treats ק as כ and ט as ת anywhere, and keeps every other consonant', () => {
    fc.assert(
      fc.property(word, (letters) => {
        const swapped = letters.map((c) => ({ ק: 'כ', כ: 'ק', ט: 'ת', ת: 'ט' })[c] ?? c).join('');
        expect(spellingKey(swapped)).toBe(spellingKey(letters.join('')));
        const alike = (c: string) => ({ ק: 'כ', ט: 'ת' })[c] ?? c;
        const consonantsAfterFirst = letters
          .slice(1)
          .filter((c) => !vowelLetters.includes(c))
          .map(alike);
        expect(spellingKey(letters.join(''))).toBe([alike(letters[0]!), ...consonantsAfterFirst].join(''));
      }),
    );
  });

  it('keys a prefix of a word to a prefix of its key (typing finds the name before it is complete)', () => {
    fc.assert(
      fc.property(word, fc.nat(), (letters, cut) => {
        const prefix = letters.slice(0, 1 + (cut % letters.length)).join('');
        expect(spellingKey(letters.join('')).startsWith(spellingKey(prefix))).toBe(true);
      }),
    );
  });

  it('keys only the Hebrew words of a name', () => {
    expect(spellingKeys('מוחמד אגבאריה George 123')).toBe('מחמד אגברה');
  });

  it('asks for other spellings only for Hebrew words that say more than their first letter', () => {
    expect(toClientMatch('אגבאריה')!.any).toContain('{name_keys}');
    expect(toClientMatch('אגבאריה')!.exact).not.toContain('name_keys');
    expect(toClientMatch('314-159')!.any).toBe(toClientMatch('314-159')!.exact);
    expect(toClientMatch('Haddad')!.any).toBe(toClientMatch('Haddad')!.exact);
    expect(toClientMatch('אי')!.any).toBe(toClientMatch('אי')!.exact);
    expect(toClientMatch('%')).toBeNull();
  });
});
