// The text of a file the office drops in the inbox: a PDF's text layer, an e-mail's body with the
// text of the PDFs attached to it, or plain text. Anything else, or a file that cannot be read, is an
// error for the caller to report (a scan without text comes back as empty text).
import fs from 'node:fs/promises';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { pdfText } from './pdf-text';

export interface FileText {
  text: string;
  /** The PDF stored Hebrew reversed and it was turned round. */
  reversed: boolean;
}

export const readableExtensions = ['.pdf', '.eml', '.txt'] as const;

/** A kind of file the inbox does not read (as against a file of a kind it reads that is broken). */
export class UnsupportedFileError extends Error {
  constructor(extension: string) {
    super(`סוג קובץ שאינו נקרא (${extension || 'ללא סיומת'}); נקראים: ${readableExtensions.join(', ')}`);
  }
}

async function emailText(bytes: Uint8Array): Promise<FileText> {
  const email = await PostalMime.parse(bytes);
  const parts: FileText[] = [{ text: [email.subject ?? '', email.text ?? ''].join('\n'), reversed: false }];
  for (const attachment of email.attachments) {
    if (attachment.mimeType === 'application/pdf' || attachment.filename?.toLowerCase().endsWith('.pdf')) {
      const content =
        typeof attachment.content === 'string'
          ? new TextEncoder().encode(attachment.content)
          : new Uint8Array(attachment.content);
      parts.push(await pdfText(content));
    }
  }
  return { text: parts.map((p) => p.text).join('\n\n'), reversed: parts.some((p) => p.reversed) };
}

/** The text of `bytes` read as a file named `name`; throws for a kind it does not read or a broken file. */
export async function fileText(name: string, bytes: Uint8Array): Promise<FileText> {
  const extension = path.extname(name).toLowerCase();
  if (extension === '.pdf') return pdfText(bytes);
  if (extension === '.eml') return emailText(bytes);
  if (extension === '.txt') return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), reversed: false };
  throw new UnsupportedFileError(extension);
}

export async function readFileText(file: string): Promise<FileText> {
  return fileText(file, new Uint8Array(await fs.readFile(file)));
}
