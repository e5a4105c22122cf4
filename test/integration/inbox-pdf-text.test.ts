import { afterAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../main/inbox/pdf-text';
import { chromiumPdfRenderer } from '../../main/paperwork/chromium-pdf';
import { Random } from '../../db/demo/random';
import { readLetter } from '../../shared/inbox/read-letter';
import { letterKinds } from '../../shared/inbox/types';
import { compare } from '../support/nii-letters/compare';
import { generateLetter, someClients } from '../support/nii-letters/generate';
import { renderLetter } from '../support/nii-letters/render';

const renderer = chromiumPdfRenderer();
afterAll(() => renderer.close());

describe('text of generated NII letters from their PDFs', () => {
  const random = new Random(5);
  const [client] = someClients(random, 1);

  for (const visual of [false, true]) {
    it(`${visual ? 'Hebrew stored reversed' : 'Hebrew stored in logical order'}: every kind reads back whole`, async () => {
      for (const kind of letterKinds) {
        const letter = generateLetter(random, kind, client!, { visual });
        const read = await pdfText(await renderLetter(renderer, letter));
        expect(read.reversed).toBe(visual);
        expect(read.text).toContain(letter.lines.find((line) => line.startsWith('הנדון'))!);
        const verdict = compare(letter, readLetter(read.text));
        expect({ kind, ...verdict }).toEqual({
          kind,
          kindRight: true,
          clientMatched: true,
          fields: verdict.fields.map((f) => ({ ...f, verdict: 'right' })),
        });
      }
    }, 90_000);
  }

  it('bytes that are not a PDF are refused', async () => {
    await expect(pdfText(new TextEncoder().encode('not a pdf'))).rejects.toThrow();
  });
});
