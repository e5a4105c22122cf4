// The rights command line as other tools use it: one JSON line per answer, exit 2 on bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';

const root = fileURLToPath(new URL('../..', import.meta.url));

function rights(...args: string[]) {
  const run = spawnSync(process.execPath, [`${process.env.MITZUI_DIST ?? 'dist'}/main/rights.mjs`, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, lines: run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>), stderr: run.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
});

describe('rights CLI', () => {
  it('answers through npm run --silent with nothing but the JSON line', () => {
    const out = execFileSync('npm', ['run', '--silent', 'rights', '--', 'deadline', '--json', '{"kind":"claims-committee","from":"2025-08-31"}'], { cwd: root, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ calculator: 'deadline', details: { dueDate: '2026-03-01' } });
  });

  it('exits 2 with { error: { field, message } } on bad input, never a stack trace', () => {
    for (const args of [
      ['nope', '--json', '{}'],
      ['deadline', '--json', '{"kind":"labor-court-claim"}'],
      ['deadline', '--json', '{"kind":"labor-court-claim","from":"2026-13-01"}'],
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
    const [list] = rights('--list').lines as [{ calculators: { name: string; inputs: { name: string; required: boolean }[] }[] }];
    const deadline = list.calculators.find((c) => c.name === 'deadline');
    expect(deadline?.inputs).toEqual([
      expect.objectContaining({ name: 'kind', type: 'enum', required: true }),
      expect.objectContaining({ name: 'from', type: 'string', required: true }),
    ]);
  });

  it('runs a batch of 10,000 lines in order, errors in place', () => {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'batch.jsonl');
    const days = Array.from({ length: 10_000 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    const lines = days.map((from, i) => JSON.stringify(i === 5 ? { calculator: 'nope', input: {} } : { calculator: 'deadline', input: { kind: 'accident-claim', from } }));
    fs.writeFileSync(file, lines.join('\n'));
    const run = rights('--batch', file);
    cleanup();
    expect(run.lines).toHaveLength(10_000);
    expect(run.status).toBe(2);
    expect(run.lines[5]).toEqual({ error: { field: 'calculator', message: 'מחשבון לא מוכר: nope' } });
    expect((run.lines[9_999] as { details: { rawDueDate: string } }).details.rawDueDate > days[9_999]!).toBe(true);
  });
});
