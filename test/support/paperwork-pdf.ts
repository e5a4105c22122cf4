// Reading a paper back as a person would: its text through poppler's pdftotext (in reading order,
// bidi marks removed) and its pages as PNG images through pdftoppm, kept under test-results/paperwork/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const paperworkResults = fileURLToPath(new URL('../../test-results/paperwork/', import.meta.url));

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Saves the PDF and its first `pages` pages as PNG; returns the PDF's path. */
export function keepPdf(name: string, bytes: Uint8Array, pages = 1): string {
  fs.mkdirSync(paperworkResults, { recursive: true });
  const file = path.join(paperworkResults, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    String(pages),
    file,
    path.join(paperworkResults, name),
  ]);
  return file;
}

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(BIDI_MARKS, '');
}

/** Where each needle first appears after the previous one; -1 once one is missing or out of order. */
export function inOrder(text: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    if (from < 0) return -1;
    const at = text.indexOf(needle, from);
    from = at < 0 ? -1 : at + needle.length;
    return at;
  });
}
