// `npm run --silent inbox -- read FILE`, `-- read --batch DIR`, `-- --help`: one JSON reading of an
// NII letter per line on stdout. A file that cannot be read prints {"error"} and exits 2.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readLetter } from '../shared/inbox/read-letter';
import { fieldNames, letterKinds, type Reading } from '../shared/inbox/types';
import { fromScan } from '../shared/inbox/scan';
import { readableExtensions } from './inbox/file-text';
import { readLetters, type FileLetter } from './inbox/letters-in-file';

const UNREADABLE = 2;

const HELP = `Mitzui inbox: what an NII letter is, whose, and what it says, as one JSON line.

  inbox read FILE          read one letter (${readableExtensions.join(', ')})
  inbox read --batch DIR   one line per file in DIR (sorted by name), each with "file"
  inbox --help             this text

A reading: {"kind", "idNumbers": [...], "fields": {name: {"value", "confidence"}}}
  a scan (an image) is read by OCR: "ocr": true, and no field is certain
  an e-mail gives one line per PDF or image attached (or its body when none is), each with
  "letter" (the attachment's name) and "mail": {"from", "subject", "date"}
  kinds:        ${letterKinds.join(', ')}
  fields:       ${fieldNames.join(', ')}
  confidence:   certain (labelled, one value), likely (a weaker cue), doubtful (the letter gives several)
  values:       dates ISO (yyyy-mm-dd), times HH:MM, percents and amounts decimal strings,
                medicalPercent [{impairment, percent}], period {from, to}
A file that cannot be read prints {"error": "..."} (in a batch, on its own line) and exits 2.
`;

/** What the CLI prints: each field's value and confidence (the span is for the app's preview). */
function printable(reading: Reading): object {
  const fields = Object.fromEntries(
    Object.entries(reading.fields).map(([name, field]) => [name, { value: field.value, confidence: field.confidence }]),
  );
  return { kind: reading.kind, idNumbers: reading.idNumbers, fields, ...(reading.ocr ? { ocr: true } : {}) };
}

const unreadable = (file: string, message: string) => ({ error: `לא ניתן לקרוא את ${file}: ${message}` });

function letterLine(file: string, letter: FileLetter): { line: object; ok: boolean } {
  const from = letter.mail
    ? { letter: letter.name, mail: { from: letter.mail.from, subject: letter.mail.subject, date: letter.mail.date } }
    : {};
  if ('error' in letter.read) return { line: { ...from, ...unreadable(letter.name, letter.read.message) }, ok: false };
  const reading = readLetter(letter.read.text);
  return { line: { ...from, ...printable(letter.read.ocr ? fromScan(reading) : reading) }, ok: true };
}

async function readOne(file: string): Promise<{ line: object; ok: boolean }[]> {
  try {
    return (await readLetters(file)).map((letter) => letterLine(file, letter));
  } catch (error) {
    return [{ line: unreadable(file, error instanceof Error ? error.message : String(error)), ok: false }];
  }
}

const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function batch(dir: string): Promise<number> {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } catch {
    print({ error: `לא ניתן לקרוא את התיקייה ${dir}` });
    return UNREADABLE;
  }
  let status = 0;
  for (const name of names) {
    for (const one of await readOne(path.join(dir, name))) {
      print({ file: name, ...one.line });
      if (!one.ok) status = UNREADABLE;
    }
  }
  return status;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { batch: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: false,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const [command, file] = positionals;
  if (command !== 'read') {
    print({ error: 'פקודה לא מוכרת: inbox read FILE או inbox read --batch DIR (ראו --help)' });
    return UNREADABLE;
  }
  if (typeof values.batch === 'string') return batch(values.batch);
  if (!file) {
    print({ error: 'חסר שם קובץ: inbox read FILE' });
    return UNREADABLE;
  }
  const lines = await readOne(file);
  for (const one of lines) print(one.line);
  return lines.every((one) => one.ok) ? 0 : UNREADABLE;
}

process.exitCode = await main(process.argv.slice(2));
