// The desk's strings never show a raw key: every counted string in every language has the forms its
// language needs (Hebrew has a form for two — "שני מסמכים", "יומיים"), checked for counts 0, 1, 2, 3,
// 11 and 21 with i18next as the desk resolves them; and every fact the rules may ask for has a label.
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
  void i18n.init({
    lng,
    resources: { [lng]: { translation: strings } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });

  it('exist', () => expect(keys.length).toBeGreaterThan(10));

  it.each(keys)('%s has a form for every count', (key) => {
    for (const count of COUNTS) {
      const text = i18n.t(key, { count, benefit: 'X', title: 'X', name: 'X' });
      expect(text, `${key} at ${count}`).not.toBe(key);
      expect(text, `${key} at ${count}`).not.toMatch(/\{\{|_(one|two|other)\b/);
    }
  });
});

describe('the facts the rules ask for', () => {
  it('each has a label in every language, so no raw key such as client.otherIncome reaches the screen', () => {
    const source = fs.readdirSync(fileURLToPath(new URL('../../shared/rules/scan/', import.meta.url)));
    const facts = new Set<string>();
    for (const name of source) {
      const text = fs.readFileSync(fileURLToPath(new URL(`../../shared/rules/scan/${name}`, import.meta.url)), 'utf8');
      for (const match of text.matchAll(/'((?:client|medical|incomes|events|family|claims|employment)\.[a-zA-Z.]+)'/g))
        facts.add(match[1]!);
    }
    expect(facts.size).toBeGreaterThan(20);
    for (const lng of ['he', 'en']) {
      const labels = (resources(lng).rights as Strings).facts as Strings;
      const missing = [...facts].filter(
        (fact) =>
          typeof fact
            .split('.')
            .reduce<Strings | string | undefined>(
              (node, part) => (typeof node === 'object' ? node[part] : undefined),
              labels,
            ) !== 'string',
      );
      expect(missing, lng).toEqual([]);
    }
  });
});
