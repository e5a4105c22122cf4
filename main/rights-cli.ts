// `npm run --silent rights -- <calculator> --json '<input>'`, `-- --batch file.jsonl`, `-- --list`,
// `-- --help`; `--parameters pack.json` first applies a signed parameter pack. One JSON result per line on stdout; bad input prints { error: { field, message } } and
// exits 2. A batch answers every line of its file in place, blank ones too (see HELP).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { inputDocs } from '../shared/rules/inputs';
import { applyPack, readPack } from '../shared/rules/packs/pack';
import { currentValues } from '../shared/rules/parameters/parameter';
import { calculators, parameters } from '../shared/rules/registry';
import { isError, runByName, type RunAnswer } from '../shared/rules/run';

const BAD_INPUT = 2;
/** A calculator failed on input it accepted: our fault, still answered as JSON. */
const INTERNAL = 1;

const HELP = `Mitzui rights engine: one JSON line out per answer.

  rights <calculator> --json '<input>'   run one calculator on a JSON object of its inputs
  rights --batch <file.jsonl>            one {"calculator": "...", "input": {...}} per line
  rights --list                          the calculators, their inputs (nested ones under "fields")
                                         and every dated parameter with its source; a value from a
                                         parameter pack names the pack ("pack": its id)
  --parameters <pack.json>               before answering, apply a parameter pack (repeatable); it
                                         must be signed by the publisher, else it is refused (exit 2)
  --accept-unsigned                      apply an unsigned or wrongly signed pack anyway (the owner's
                                         explicit choice; a warning goes to stderr)
  rights --help                          this text

Batch: output line N answers input line N, for every line of the file (a final newline ends the
last line; it does not start another). A blank line, or one that is not such an object, is answered
in place by {"error": {"field": "line", "message": "...line N..."}}, so the lines stay aligned.
Bad input prints {"error": {"field", "message"}} and exits 2; a failure inside a calculator exits 1.
`;

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
    calculators: Object.values(calculators).map((c) => ({
      name: c.name,
      description: c.description,
      inputs: inputDocs(c.input),
    })),
    parameters: parameters.map((p) => ({ name: p.name, description: p.description, values: currentValues(p) })),
  });
  return 0;
}

/** One calculator run; an unexpected failure is reported as JSON like any other error, never a stack trace. */
function answer(name: string, input: unknown): { answer: RunAnswer; status: number } {
  try {
    const result = runByName(name, input);
    return { answer: result, status: isError(result) ? BAD_INPUT : 0 };
  } catch (error) {
    return {
      answer: {
        error: {
          field: 'calculator',
          message: `שגיאה פנימית במחשבון ${name}: ${error instanceof Error ? error.message : String(error)}`,
        },
      },
      status: INTERNAL,
    };
  }
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Line `n` (from 1) of a batch: blank or not a request, it is answered in place so that output lines stay aligned with input lines. */
function batchLine(line: string, n: number): { answer: RunAnswer; status: number } {
  const parsed = line.trim() === '' ? null : parseJson(line);
  const request =
    parsed?.ok && parsed.value !== null && typeof parsed.value === 'object'
      ? (parsed.value as { calculator?: unknown; input?: unknown })
      : null;
  if (request && typeof request.calculator === 'string') return answer(request.calculator, request.input);
  const what = parsed === null ? 'ריקה' : 'אינה תקינה';
  return {
    answer: { error: { field: 'line', message: `שורה ${n} ${what}: צריך {"calculator": "...", "input": {...}}` } },
    status: BAD_INPUT,
  };
}

function batch(file: string): number {
  const text = readText(file);
  if (text === null) return fail('batch', `לא ניתן לקרוא את הקובץ: ${file}`);
  // A final newline ends the last line rather than starting an empty one; an empty file has no lines.
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  let status = 0;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const one = batchLine(line, i + 1);
    status = Math.max(status, one.status);
    out.push(JSON.stringify(one.answer));
  });
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  return status;
}

/** Applies each pack in order; the first refused one stops the run. */
function applyPacks(files: string[], acceptUnsigned: boolean): number {
  for (const file of files) {
    const text = readText(file);
    if (text === null) return fail('parameters', `לא ניתן לקרוא את חבילת הפרמטרים: ${file}`);
    const answer = readPack(text, { acceptUnsigned });
    if (!answer.ok) return fail(`parameters.${answer.error.field}`, `${file}: ${answer.error.message}`);
    if (answer.pack.signedBy === null)
      process.stderr.write(`אזהרה: חבילת הפרמטרים ${answer.pack.id} אינה חתומה כראוי ונטענה לפי --accept-unsigned\n`);
    applyPack(answer.pack);
  }
  return 0;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'string' },
      batch: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean' },
      parameters: { type: 'string', multiple: true },
      'accept-unsigned': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: false,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const packs = (values.parameters ?? []).filter((f): f is string => typeof f === 'string');
  const applied = applyPacks(packs, values['accept-unsigned'] === true);
  if (applied !== 0) return applied;
  if (values.list) return list();
  if (typeof values.batch === 'string') return batch(values.batch);
  const name = positionals[0];
  if (!name) return fail('calculator', 'חסר שם מחשבון (אפשר לראות את כולם ב---list)');
  const parsed = parseJson(typeof values.json === 'string' ? values.json : '{}');
  if (!parsed.ok) return fail('json', 'הקלט אינו JSON תקין');
  const one = answer(name, parsed.value);
  print(one.answer);
  return one.status;
}

process.exitCode = main(process.argv.slice(2));
