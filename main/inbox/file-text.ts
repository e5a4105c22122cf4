// The text of one file the inbox reads as a letter: a PDF's text layer, a scanned image by OCR, or
// plain text. Anything else, or a file that cannot be read, is an error for the caller to report (a
// PDF without a text layer comes back as empty text). E-mails are opened first (letters-in-file.ts).
import path from 'node:path';
import { imageType } from './image-size';
import { mailExtensions } from './mail';
import { ocrText } from './ocr';
import { pdfText } from './pdf-text';

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

/** The text of `bytes` read as a file named `name`; throws for a kind it does not read or a broken file. */
export async function fileText(name: string, bytes: Uint8Array, mimeType = ''): Promise<FileText> {
  const extension = extensionOf(name);
  if (extension === '.pdf' || mimeType === 'application/pdf') return { ...(await pdfText(bytes)), ocr: false };
  if ((imageExtensions as readonly string[]).includes(extension) || imageType(bytes) !== null)
    return { text: await ocrText(bytes), reversed: false, ocr: true };
  if (extension === '.txt')
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), reversed: false, ocr: false };
  throw new UnsupportedFileError(extension);
}
