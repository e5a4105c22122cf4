// The rights command line as other tools use it: one JSON line per answer, exit 2 on bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { goldenByCalculator as golden } from '../golden/all';

const root = fileURLToPath(new URL('../..', import.meta.url));

function rights(...args: string[]) {
  const run = spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/rights.mjs`, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: run.status,
    lines: run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    stderr: run.stderr,
  };
}

beforeAll(() => {
  execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
});

describe('rights CLI', () => {
  it('answers through npm run --silent with nothing but the JSON line', () => {
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'rights', '--', 'deadline', '--json', '{"kind":"claims-committee","from":"2025-08-31"}'],
      { cwd: root, encoding: 'utf8' },
    );
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ calculator: 'deadline', details: { dueDate: '2026-03-01' } });
  });

  it('exits 2 with { error: { field, message } } on bad input, never a stack trace', () => {
    for (const args of [
      ['nope', '--json', '{}'],
      ['deadline', '--json', '{"kind":"labor-court-claim"}'],
      ['deadline', '--json', '{"kind":"labor-court-claim","from":"2026-13-01"}'],
      // Year 9999 once failed inside the calculator (exit 1).
      ['deadline', '--json', '{"kind":"labor-court-claim","from":"9999-06-01"}'],
      ['deadline', '--json', '{not json'],
    ]) {
      const run = rights(...args);
      expect(run.status).toBe(2);
      expect(run.lines[0]).toHaveProperty('error.field');
      expect(run.lines[0]).toHaveProperty('error.message');
      expect(run.stderr).toBe('');
    }
  });

  it('lists calculators with their inputs', () => {
    const [list] = rights('--list').lines as [
      { calculators: { name: string; inputs: { name: string; required: boolean }[] }[] },
    ];
    const deadline = list.calculators.find((c) => c.name === 'deadline');
    expect(deadline?.inputs).toEqual([
      expect.objectContaining({ name: 'kind', type: 'enum', required: true }),
      expect.objectContaining({ name: 'from', type: 'string', required: true, format: 'YYYY-MM-DD' }),
    ]);
  });

  it('lists the fields of a nested input (the spouse) under its name', () => {
    const [list] = rights('--list').lines as [
      {
        calculators: {
          name: string;
          inputs: { name: string; type: string; required: boolean; fields?: unknown[] }[];
        }[];
      },
    ];
    const spouse = list.calculators
      .find((c) => c.name === 'general-disability')
      ?.inputs.find((i) => i.name === 'spouse');
    expect(spouse).toEqual({
      name: 'spouse',
      type: 'object',
      required: false,
      fields: [{ name: 'monthlyIncome', type: 'number|string', required: false }],
    });
  });

  it('answers every batch line in place: a blank or broken line gets an error naming its number', () => {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'gaps.jsonl');
    const ok = JSON.stringify({ calculator: 'deadline', input: { kind: 'claims-committee', from: '2025-08-31' } });
    fs.writeFileSync(file, `${ok}\n\n   \r\n{not json\n${ok}\n`);
    const run = rights('--batch', file);
    const emptyFile = path.join(dir, 'empty.jsonl');
    fs.writeFileSync(emptyFile, '');
    const empty = spawnSync(
      process.execPath,
      [`${process.env.MITZUI_DIST ?? 'dist'}/main/rights.mjs`, '--batch', emptyFile],
      { cwd: root, encoding: 'utf8' },
    );
    cleanup();
    expect(run.status).toBe(2);
    expect(run.lines).toHaveLength(5);
    expect(run.lines[0]).toMatchObject({ calculator: 'deadline' });
    expect(run.lines[1]).toEqual({
      error: { field: 'line', message: 'שורה 2 ריקה: צריך {"calculator": "...", "input": {...}}' },
    });
    expect(run.lines[2]).toMatchObject({ error: { field: 'line', message: expect.stringContaining('שורה 3 ריקה') } });
    expect(run.lines[3]).toMatchObject({
      error: { field: 'line', message: expect.stringContaining('שורה 4 אינה תקינה') },
    });
    expect(run.lines[4]).toMatchObject({ calculator: 'deadline' });
    expect(empty).toMatchObject({ status: 0, stdout: '' });
  });

  it('says in --help how a batch keeps its lines aligned', () => {
    const run = spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/rights.mjs`, '--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('output line N answers input line N');
    expect(run.stdout).toContain('A blank line');
  });

  it('runs a batch of 10,000 lines of every calculator in order, each answer its golden value, errors in place, in a few seconds', () => {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'batch.jsonl');
    const cases = Object.entries(golden).flatMap(([calculator, list]) =>
      list.map((c) => ({ calculator, input: c.input, expected: c.expected })),
    );
    const requests = Array.from({ length: 10_000 }, (_, i) =>
      i === 5 ? { calculator: 'nope', input: {}, expected: {} } : cases[i % cases.length]!,
    );
    fs.writeFileSync(file, requests.map(({ calculator, input }) => JSON.stringify({ calculator, input })).join('\n'));
    const started = performance.now();
    const run = rights('--batch', file);
    const seconds = (performance.now() - started) / 1000;
    cleanup();
    expect(run.lines).toHaveLength(10_000);
    expect(run.status).toBe(2);
    expect(run.lines[5]).toEqual({ error: { field: 'calculator', message: 'מחשבון לא מוכר: nope' } });
    // Every answer, value by value, is the golden case's expected result for the line it answers.
    const expected = requests.map(({ calculator, expected: result }, i) =>
      i === 5 ? run.lines[5]! : { calculator, ...result },
    );
    expect(run.lines).toMatchObject(expected);
    // About 2 s on a loaded 2-core machine (node start-up included); the bound catches a slowdown of an order of magnitude.
    expect(seconds).toBeLessThan(30);
  });

  it('answers an unreadable batch file and input that is not an object as errors naming the field', () => {
    expect(rights('--batch', root)).toMatchObject({ status: 2, lines: [{ error: { field: 'batch' } }] });
    expect(rights('deadline', '--json', 'null')).toMatchObject({ status: 2, lines: [{ error: { field: 'input' } }] });
    expect(rights('deadline', '--json', '[1]')).toMatchObject({ status: 2, lines: [{ error: { field: 'input' } }] });
  });
});
