// Sources a lawyer can follow: every source string of every dated parameter, and every reason,
// warning and conflict that any calculator or the scan produces, names a public document (publisher,
// title, date, web address or the law's official name) — never a file name, an issue, a folder or an
// internal document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculators, parameters } from '../../shared/rules/registry';
import { isError, runByName } from '../../shared/rules/run';
import { scanClient } from '../../shared/rules/scan/scan-client';
import type { RuleResult } from '../../shared/rules/types';
import { goldenByCalculator } from '../golden/all';
import { clientFacts, scanDate } from './rules-scan-facts';

/** What no user-visible text may contain: file names, issue references, folders, internal documents. */
const FORBIDDEN: [string, RegExp][] = [
  ['a file name', /\b[\w-]+\.(txt|md|json|ts|tsx|csv|pdf)\b/i],
  ['a seed file', /\bseed\b|\b00\d_[0-9a-f]{6,}/i],
  ['an issue reference', /\bissue\b|#\d+|\bPR\b/i],
  ['an internal document', /public-figures|figures-2024|DESIGN|READINGS|handbook/i],
  ['a folder', /\/work\/|\bshared\/|\.\.\//],
  ['an English citation stub', /as quoted in/i],
];

/** A source names who published it: the NII, kolzchut, a news or law-firm site, or a law by its name. */
const PUBLISHER =
  /המוסד לביטוח לאומי|כל זכות|\.co\.il|רואי חשבון|^חוק |; חוק |חוק הביטוח הלאומי|תקנות הביטוח הלאומי|חוק הפרשנות/;

function flaw(text: string): string | null {
  const hit = FORBIDDEN.find(([, re]) => re.test(text));
  return hit ? hit[0] : null;
}

function checkSource(source: string, where: string): void {
  expect(flaw(source), `${where}: ${source}`).toBeNull();
  expect(PUBLISHER.test(source), `${where} names no publisher: ${source}`).toBe(true);
}

/** What a lawyer reads is Hebrew: the parameters' English names stay inside the code. */
const PARAMETER_NAMES = parameters.map((p) => p.name);
function namesParameter(text: string): string | undefined {
  return PARAMETER_NAMES.find((name) => text.includes(`(${name})`) || text.includes(` ${name} `));
}

function checkResult(result: RuleResult, where: string): void {
  for (const text of [...result.reasons.map((r) => r.text), ...result.warnings, ...result.missing]) {
    expect(namesParameter(text), `${where}: an English parameter name in "${text}"`).toBeUndefined();
  }
  for (const r of result.reasons) {
    expect(flaw(r.text), `${where} reason: ${r.text}`).toBeNull();
    expect(flaw(r.source), `${where} source: ${r.source}`).toBeNull();
  }
  for (const w of result.warnings) expect(flaw(w), `${where} warning: ${w}`).toBeNull();
  for (const c of result.conflicts) {
    checkSource(c.usedSource, `${where} conflict`);
    checkSource(c.otherSource, `${where} conflict`);
  }
}

describe('sources a lawyer can follow', () => {
  it('every value of every parameter cites a public document by its publisher, never a file or an issue', () => {
    for (const p of parameters) {
      for (const v of p.values) {
        checkSource(v.source, `${p.name} from ${v.from}`);
        if (v.conflict) checkSource(v.conflict.source, `${p.name} from ${v.from} (conflict)`);
      }
    }
  });

  it('every reason of every calculator, on every golden input and on later dates, cites public documents only', () => {
    let checked = 0;
    for (const [name, cases] of Object.entries(goldenByCalculator)) {
      expect(calculators[name], name).toBeDefined();
      for (const c of cases) {
        for (const date of [undefined, '2024-03-01', '2025-06-01', '2026-03-01']) {
          const input = date && 'date' in c.input ? { ...c.input, date } : c.input;
          const answer = runByName(name, input);
          if (isError(answer)) continue;
          for (const r of answer.reasons) checkSource(r.source, `${name} reason "${r.text}"`);
          checkResult(answer, name);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('nothing the scan says of a generated client file names a file, an issue or an internal document', () => {
    fc.assert(
      fc.property(clientFacts, scanDate, (facts, date) => {
        const scan = scanClient(facts, date);
        for (const w of scan.warnings) expect(flaw(w), `scan warning: ${w}`).toBeNull();
        for (const right of scan.rights) if (right.result) checkResult(right.result, `scan ${right.calculator}`);
      }),
      { numRuns: 150 },
    );
  });

  it('catches what it is meant to catch', () => {
    for (const bad of [
      'seed 001 (001_7684b9f4e4e63770.txt)',
      'public-figures.md, "Amounts"',
      'issue 4 ("Retroactive amounts")',
      'kolzchut, as quoted in x',
    ]) {
      expect(flaw(bad), bad).not.toBeNull();
    }
    expect(
      flaw(
        'המוסד לביטוח לאומי, "Rates of pension" (נכון ל-01.01.2024), https://btl.gov.il/x/Rates%20of%20pension.aspx',
      ),
    ).toBeNull();
  });
});
