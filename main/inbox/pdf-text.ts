// A PDF's text layer, page by page, in logical order (see shared/inbox/reading-order). pdf.js (through
// unpdf) gives each piece of text with its place on the page; a PDF without text gives "" and is left
// to OCR or to filing by hand.
import { extractImages, getDocumentProxy } from 'unpdf';
import { pageText, type Piece } from '../../shared/inbox/reading-order';
import type { Pixels } from './ocr';

export interface PdfText {
  text: string;
  pages: number;
  /** The text layer stored Hebrew reversed and was turned round. */
  reversed: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}

/** The pages of a scanned PDF OCR reads at most: a letter is a page or two, a longer file is filed by hand. */
export const MAX_SCANNED_PAGES = 6;

/**
 * A PDF without text, as a scanner makes it: the largest image of each page (the page itself), for OCR.
 * Empty when its pages hold no image.
 */
export async function pdfScans(bytes: Uint8Array): Promise<Pixels[]> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const scans: Pixels[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_SCANNED_PAGES); n++) {
      const images = await extractImages(doc, n);
      const page = images.sort((a, b) => b.width * b.height - a.width * a.height)[0];
      if (page) scans.push(page);
    }
    return scans;
  } finally {
    await doc.destroy();
  }
}

/** Throws when the bytes are not a PDF pdf.js can open. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes the buffer over; a copy keeps the caller's bytes usable.
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const pages: string[] = [];
    let reversed = false;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
      const pieces: Piece[] = items.map((i) => ({
        text: i.str,
        x: i.transform[4]!,
        y: i.transform[5]!,
        width: i.width,
        dir: i.dir as Piece['dir'],
      }));
      const read = pageText(pieces, median(items.filter((i) => i.height > 0).map((i) => i.height)));
      reversed ||= read.reversed;
      pages.push(read.text);
    }
    return { text: pages.join('\n\n'), pages: doc.numPages, reversed };
  } finally {
    await doc.destroy();
  }
}
