// The January update through the command line: `rights --parameters pack.json` applies a signed
// parameter pack from its own dates on and refuses an unsigned or tampered one (unless
// --accept-unsigned); `--list` names the pack each value came from; the pack exporter's output of
// the built-in parameters, applied again, changes no answer.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_DEGREE_MAN, PACK_2027 } from '../support/packs';
import { tempDir } from '../support/temp';

const root = fileURLToPath(new URL('../..', import.meta.url));
const temp = tempDir('mitzui-packs-');
// Where main/build.mjs puts it.
const exporter = `${process.env.MITZUI_DIST ?? 'dist'}/main/parameter-pack.mjs`;

function node(script: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], {
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
const rights = (...args: string[]) => node(`${process.env.MITZUI_DIST ?? 'dist'}/main/rights.mjs`, ...args);

const man = FULL_DEGREE_MAN;
const pack2027 = PACK_2027;

function write(name: string, content: unknown): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function batchOn(dates: string[]): string {
  return write(
    `batch-${dates.join('_')}.jsonl`,
    dates.map((date) => JSON.stringify({ calculator: 'general-disability', input: { ...man, date } })).join('\n'),
  );
}

beforeAll(async () => {
  execFileSync(process.execPath, ['main/build.mjs'], { cwd: root });
});
afterAll(() => temp.cleanup());

describe('rights --parameters', () => {
  it('refuses an unsigned pack (exit 2, naming the signature) and answers nothing with it', () => {
    const run = rights(
      '--parameters',
      write('unsigned.json', pack2027),
      'general-disability',
      '--json',
      JSON.stringify({ ...man, date: '2027-02-01' }),
    );
    expect(run.status).toBe(2);
    expect(run.lines).toEqual([
      { error: { field: 'parameters.signature', message: expect.stringContaining('אינה חתומה') } },
    ]);
  });

  it('refuses a pack signed with a key the app does not trust, or altered after signing', () => {
    const forged = { ...pack2027, signature: { keyId: 'mitzui-packs-2026', value: '00'.repeat(64) } };
    const run = rights(
      '--parameters',
      write('forged.json', forged),
      'general-disability',
      '--json',
      JSON.stringify({ ...man, date: '2027-02-01' }),
    );
    expect(run).toMatchObject({ status: 2, lines: [{ error: { field: 'parameters.signature' } }] });
  });

  it("with the owner's explicit --accept-unsigned: 2027 amounts change from 2027-01-01, nothing before; --list names the pack", () => {
    const file = write('accepted.json', pack2027);
    const run = rights('--parameters', file, '--accept-unsigned', '--batch', batchOn(['2026-12-31', '2027-01-01']));
    expect(run.status).toBe(0);
    expect(run.lines.map((l) => l.amount)).toEqual(['4711.00', '4871.00']);
    expect(run.stderr).toContain('nii-2027-01');
    const list = rights('--parameters', file, '--accept-unsigned', '--list').lines[0] as {
      parameters: { name: string; values: { from: string; pack?: string }[] }[];
    };
    const values = list.parameters.find((p) => p.name === 'disability.general.fullPension')!.values;
    expect(values.at(-1)).toMatchObject({ from: '2027-01-01', pack: 'nii-2027-01' });
    expect(values.filter((v) => v.pack)).toHaveLength(1);
  });

  it('the exporter writes every built-in parameter as a pack; applied again it changes no answer', () => {
    const out = path.join(temp.dir, 'built-in.json');
    expect(node(exporter, '--out', out, '--issued', '2026-12-02').lines[0]).toMatchObject({
      written: out,
      signed: false,
    });
    const dates = ['2014-06-01', '2022-06-01', '2024-03-01', '2026-03-01'];
    const plain = rights('--batch', batchOn(dates)).lines;
    const again = rights('--parameters', out, '--accept-unsigned', '--batch', batchOn(dates));
    expect(again.status).toBe(0);
    expect(again.lines).toEqual(plain);
  });
});
