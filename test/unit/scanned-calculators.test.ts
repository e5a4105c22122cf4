// The scan's calculators and their benefits come from one list (shared/rules/scanned.ts): each is a
// calculator the rules know, every right the scan reports is one of them under its listed benefit,
// and every calculator has its label, in Hebrew and in English, in one place of the locales.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculators } from '../../shared/rules/registry';
import { BENEFIT_OF, isScannedCalculator, SCANNED_CALCULATORS } from '../../shared/rules/scanned';
import { scanClient } from '../../shared/rules/scan/scan-client';
import { benefits } from '../../shared/domain/enums';
import { clientFacts, scanDate } from './rules-scan-facts';

const locales = fileURLToPath(new URL('../../renderer/locales/', import.meta.url));
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(locales, name), 'utf8')) as Record<string, unknown>;

describe('the scanned calculators', () => {
  it('are calculators of the rules, each under a benefit a claim can have', () => {
    for (const name of SCANNED_CALCULATORS) {
      expect(calculators[name]?.name, name).toBe(name);
      expect(benefits).toContain(BENEFIT_OF[name]);
    }
  });

  it('are all the scan reports, each right under its listed benefit', () => {
    fc.assert(
      fc.property(clientFacts, scanDate, (facts, date) => {
        for (const right of scanClient(facts, date).rights) {
          expect(isScannedCalculator(right.calculator), right.calculator).toBe(true);
          if (isScannedCalculator(right.calculator)) expect(right.benefit).toBe(BENEFIT_OF[right.calculator]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the calculators' labels", () => {
  it('name every calculator in each language', () => {
    for (const [language, letters] of [
      ['he', /\p{Script=Hebrew}/u],
      ['en', /[A-Za-z]/],
    ] as const) {
      const labels = read(`rights.${language}.json`).calculators as Record<string, string>;
      for (const name of Object.keys(calculators)) expect(labels[name], `${language}: ${name}`).toMatch(letters);
      expect(Object.keys(labels).sort(), language).toEqual(Object.keys(calculators).sort());
    }
  });

  it('live in one place, so that two screens cannot name a calculator differently', () => {
    const holders: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (typeof value !== 'object' || value === null) return;
      // A map of calculator labels: several of the calculators' own names (words like "deadline" alone are not one).
      if (Object.keys(value).filter((key) => key.includes('-') && key in calculators).length >= 3) holders.push(where);
      for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
    };
    for (const name of fs.readdirSync(locales).filter((file) => file.endsWith('.json'))) walk(read(name), name);
    expect(holders.sort()).toEqual(['rights.en.json.calculators', 'rights.he.json.calculators']);
  });
});
