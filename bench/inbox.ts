// The inbox's reading of generated NII letters: per kind and per field the share read right, wrong
// and missing, letters matched to their client, wrong fields marked certain, and the time to read a
// letter from its PDF bytes (text layer, logical order, kind and fields). Needs no store.
import { pdfText } from '../main/inbox/pdf-text';
import { chromiumPdfRenderer } from '../main/paperwork/chromium-pdf';
import { readLetter } from '../shared/inbox/read-letter';
import { letterKinds, type FieldName } from '../shared/inbox/types';
import { compare, type LetterVerdict, type Verdict } from '../test/support/nii-letters/compare';
import { generateLetters } from '../test/support/nii-letters/generate';
import { renderLetter } from '../test/support/nii-letters/render';
import { stats, timeEach, type Row } from './timing';

type Tally = Record<Verdict, number>;

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

function tallyLine(name: string, tally: Tally): string {
  const all = tally.right + tally.wrong + tally.missing;
  return `  ${name.padEnd(28)} ${String(all).padStart(5)}   right ${share(tally.right, all).padStart(6)}   wrong ${share(tally.wrong, all).padStart(6)}   missing ${share(tally.missing, all).padStart(6)}`;
}

function add(tallies: Map<string, Tally>, key: string, verdict: Verdict): void {
  const tally = tallies.get(key) ?? { right: 0, wrong: 0, missing: 0 };
  tally[verdict]++;
  tallies.set(key, tally);
}

export async function benchInbox(count: number, seed: number, log: (line: string) => void): Promise<Row[]> {
  const { clients, letters } = generateLetters(seed, count);
  const renderer = chromiumPdfRenderer();
  const pdfs: Uint8Array[] = [];
  try {
    for (const letter of letters) pdfs.push(await renderLetter(renderer, letter));
  } finally {
    await renderer.close();
  }
  const verdicts: LetterVerdict[] = [];
  const samples = await timeEach(
    pdfs.map((pdf, i) => ({ pdf, i })),
    async ({ pdf, i }) => {
      const reading = readLetter((await pdfText(pdf)).text);
      verdicts[i] = compare(letters[i]!, reading, clients);
    },
  );
  const byField = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  let wrongCertain = 0;
  verdicts.forEach((verdict, i) => {
    add(byKind, `${letters[i]!.kind} (kind)`, verdict.kindRight ? 'right' : 'wrong');
    for (const field of verdict.fields) {
      add(byField, field.field, field.verdict);
      add(byKind, letters[i]!.kind, field.verdict);
      if (field.verdict === 'wrong' && field.certain) wrongCertain++;
    }
  });
  const fields = [...byField.values()].reduce(
    (sum, t) => ({ right: sum.right + t.right, wrong: sum.wrong + t.wrong, missing: sum.missing + t.missing }),
    { right: 0, wrong: 0, missing: 0 },
  );
  const allFields = fields.right + fields.wrong + fields.missing;
  const matched = verdicts.filter((v) => v.clientMatched).length;
  const reversed = letters.filter((l) => l.visual).length;
  const withoutId = letters.filter((l) => l.withoutId);
  log(
    `  ${count} letters (seed ${seed}), ${reversed} with Hebrew stored reversed, ${withoutId.length} without an ID number (${withoutId.filter((l) => verdicts[letters.indexOf(l)]!.clientMatched).length} of them matched by file number or name); fields per kind:`,
  );
  for (const kind of letterKinds) {
    log(tallyLine(`${kind} (kind)`, byKind.get(`${kind} (kind)`) ?? { right: 0, wrong: 0, missing: 0 }));
    log(tallyLine(kind, byKind.get(kind) ?? { right: 0, wrong: 0, missing: 0 }));
  }
  log('  per field:');
  for (const [field, tally] of [...byField.entries()].sort()) log(tallyLine(field as FieldName, tally));
  const time = stats(samples);
  const percent = (part: number, whole: number) => (100 * part) / whole;
  return [
    {
      operation: `letters matched to the right client (%, of ${count})`,
      unit: 'ms',
      app: null,
      raw: null,
      target: `≥ 98% (${share(matched, count)})`,
      pass: percent(matched, count) >= 98,
    },
    {
      operation: `fields right (%, of ${allFields})`,
      unit: 'ms',
      app: null,
      raw: null,
      target: `≥ 95% (${share(fields.right, allFields)})`,
      pass: percent(fields.right, allFields) >= 95,
    },
    {
      operation: 'wrong fields marked certain',
      unit: 'ms',
      app: null,
      raw: null,
      target: `0 (${wrongCertain})`,
      pass: wrongCertain === 0,
    },
    {
      operation: 'reading one text letter from its PDF bytes, p95',
      unit: 'ms',
      app: time.p95,
      raw: null,
      appCpu: time.cpu.p95,
      target: '≤ 200 ms',
      pass: time.p95 <= 200,
    },
    { operation: 'the same, p50', unit: 'ms', app: time.p50, raw: null, appCpu: time.cpu.p50, target: '—', pass: null },
  ];
}
