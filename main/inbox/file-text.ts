// The text of one file the inbox reads as a letter: a PDF's text layer, a scanned image by OCR, or
// plain text. Anything else, or a file that cannot be read, is an error for the caller to report (a
// PDF without a text layer comes back as empty text). E-mails are opened first (letters-in-file.ts).
import path from 'node:path';
import { imageType } from './image-size';
import { mailExtensions } from './mail';
import { ocrPixels, ocrText } from './ocr';
import { pdfScans, pdfText } from './pdf-text';

export interface FileText {
  text: string;
  /** The PDF stored Hebrew reversed and it was turned round. */
  reversed: boolean;
  /** The text is OCR's reading of a scan. */
  ocr: boolean;
}

export const imageExtensions = ['.png', '.jpg', '.jpeg'] as const;
export const readableExtensions = ['.pdf', ...imageExtensions, ...mailExtensions, '.txt'] as const;

/** A kind of file the inbox does not read (as against a file of a kind it reads that is broken). */
export class UnsupportedFileError extends Error {
  constructor(extension: string) {
    super(`סוג קובץ שאינו נקרא (${extension || 'ללא סיומת'}); נקראים: ${readableExtensions.join(', ')}`);
  }
}

export const extensionOf = (name: string) => path.extname(name).toLowerCase();

/** A letter the inbox reads: a PDF or an image, by its name or, for a mail's attachment, its type. */
export function isLetterFile(name: string, mimeType: string): boolean {
  const extension = extensionOf(name);
  return (
    extension === '.pdf' ||
    (imageExtensions as readonly string[]).includes(extension) ||
    ['application/pdf', 'image/png', 'image/jpeg'].includes(mimeType.toLowerCase())
  );
}

/** A PDF's text layer; a scanned PDF (no text, a page image) read by OCR, page after page. */
async function pdfOrScanText(bytes: Uint8Array): Promise<FileText> {
  const layer = await pdfText(bytes);
  if (layer.text.trim() !== '') return { ...layer, ocr: false };
  const pages: string[] = [];
  for (const scan of await pdfScans(bytes)) pages.push(await ocrPixels(scan));
  return pages.length === 0 ? { ...layer, ocr: false } : { text: pages.join('\n\n'), reversed: false, ocr: true };
}

/** The text of `bytes` read as a file named `name`; throws for a kind it does not read or a broken file. */
export async function fileText(name: string, bytes: Uint8Array, mimeType = ''): Promise<FileText> {
  const extension = extensionOf(name);
  if (extension === '.pdf' || mimeType === 'application/pdf') return pdfOrScanText(bytes);
  if ((imageExtensions as readonly string[]).includes(extension) || imageType(bytes) !== null)
    return { text: await ocrText(bytes), reversed: false, ocr: true };
  if (extension === '.txt')
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), reversed: false, ocr: false };
  throw new UnsupportedFileError(extension);
}
