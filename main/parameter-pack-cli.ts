// `npm run --silent parameter-pack -- --out pack.json [--id ID] [--title T] [--issued YYYY-MM-DD]
// [--key secret.hex --key-id ID]`: writes every built-in parameter as a parameter pack (signed when a
// publisher's secret key file is given). Reading it back gives the same values, which proves the format.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { exportPack, signPack } from '../shared/rules/packs/pack';
import { writeAtomically } from './storage/atomic-file';

function fail(field: string, message: string): number {
  process.stdout.write(`${JSON.stringify({ error: { field, message } })}\n`);
  return 2;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      issued: { type: 'string' },
      key: { type: 'string' },
      'key-id': { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) return fail('out', 'חסר --out: לאן לכתוב את החבילה');
  const issued = values.issued ?? new Date().toISOString().slice(0, 10);
  let pack = exportPack({
    id: values.id ?? `built-in-${issued}`,
    title: values.title ?? 'הפרמטרים המובנים באפליקציה',
    issued,
  });
  if (values.key) {
    if (!values['key-id']) return fail('key-id', 'עם --key צריך גם --key-id (שם המפתח שהאפליקציה מכירה)');
    let secret: string;
    try {
      secret = fs.readFileSync(values.key, 'utf8').trim();
    } catch {
      return fail('key', `לא ניתן לקרוא את קובץ המפתח: ${values.key}`);
    }
    pack = signPack(pack, secret, values['key-id']);
  }
  writeAtomically(values.out, new TextEncoder().encode(`${JSON.stringify(pack, null, 2)}\n`));
  process.stdout.write(
    `${JSON.stringify({ written: values.out, values: pack.values.length, signed: Boolean(pack.signature) })}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
