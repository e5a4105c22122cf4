// Every counted string in every language has the forms its language needs: Hebrew has a form for
// two ("שני מסמכים", "יומיים"), and a missing one shows the raw key on screen. Checked for counts
// 0, 1, 2, 3, 11 and 21 with i18next, as the desk resolves them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('../../renderer/locales/', import.meta.url));
type Strings = { [key: string]: string | Strings };

/** The base file and one file per area, as renderer/i18n.ts merges them. */
function resources(lng: string): Strings {
  const merged = JSON.parse(fs.readFileSync(path.join(folder, `${lng}.json`), 'utf8')) as Strings;
  for (const name of fs.readdirSync(folder)) {
    const match = /^([\w-]+)\.(\w+)\.json$/.exec(name);
    if (match?.[2] === lng) merged[match[1]!] = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Strings;
  }
  return merged;
}

/** Keys with plural suffixes, without the suffix: 'backups.missingDocuments'. */
function pluralKeys(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) => {
    if (typeof value !== 'string') return pluralKeys(value, `${prefix}${key}.`);
    const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    return match ? [`${prefix}${match[1]}`] : [];
  });
}

const COUNTS = [0, 1, 2, 3, 11, 21];

describe.each(['he', 'en'])('counted strings in %s', (lng) => {
  const strings = resources(lng);
  const keys = [...new Set(pluralKeys(strings))];
  const i18n = i18next.createInstance();
  void i18n.init({ lng, resources: { [lng]: { translation: strings } }, interpolation: { escapeValue: false }, initAsync: false });

  it('exist', () => expect(keys.length).toBeGreaterThan(10));

  it.each(keys)('%s has a form for every count', (key) => {
    for (const count of COUNTS) {
      const text = i18n.t(key, { count, benefit: 'X', title: 'X', name: 'X' });
      expect(text, `${key} at ${count}`).not.toBe(key);
      expect(text, `${key} at ${count}`).not.toMatch(/\{\{|_(one|two|other)\b/);
    }
  });
});
