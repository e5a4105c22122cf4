// `npm run --silent rights -- <calculator> --json '<input>'`, `-- --batch file.jsonl`, `-- --list`.
// One JSON result per line on stdout; bad input prints { error: { field, message } } and exits 2.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { inputDocs } from '../shared/rules/inputs';
import { calculators, parameters } from '../shared/rules/registry';
import { isError, runByName, type RunAnswer } from '../shared/rules/run';

const BAD_INPUT = 2;

function print(answer: RunAnswer | object): void {
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

function fail(field: string, message: string): number {
  print({ error: { field, message } });
  return BAD_INPUT;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function list(): number {
  print({
    calculators: Object.values(calculators).map((c) => ({ name: c.name, description: c.description, inputs: inputDocs(c.input) })),
    parameters: parameters.map((p) => ({ name: p.name, description: p.description, values: p.values })),
  });
  return 0;
}

function batch(file: string): number {
  if (!fs.existsSync(file)) return fail('batch', `הקובץ לא נמצא: ${file}`);
  let status = 0;
  const out: string[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseJson(line);
    const request = parsed.ok ? (parsed.value as { calculator?: unknown; input?: unknown }) : null;
    const answer: RunAnswer =
      request && typeof request.calculator === 'string'
        ? runByName(request.calculator, request.input)
        : { error: { field: 'calculator', message: 'שורה לא תקינה: צריך {"calculator": "...", "input": {...}}' } };
    if (isError(answer)) status = BAD_INPUT;
    out.push(JSON.stringify(answer));
  }
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  return status;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'string' }, batch: { type: 'string' }, list: { type: 'boolean' } },
    allowPositionals: true,
    strict: false,
  });
  if (values.list) return list();
  if (typeof values.batch === 'string') return batch(values.batch);
  const name = positionals[0];
  if (!name) return fail('calculator', 'חסר שם מחשבון (אפשר לראות את כולם ב---list)');
  const parsed = parseJson(typeof values.json === 'string' ? values.json : '{}');
  if (!parsed.ok) return fail('json', 'הקלט אינו JSON תקין');
  const answer = runByName(name, parsed.value);
  print(answer);
  return isError(answer) ? BAD_INPUT : 0;
}

process.exitCode = main(process.argv.slice(2));
