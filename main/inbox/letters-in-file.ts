// The letters one file brings: a PDF or a scan is one letter; an e-mail brings each PDF or image
// attached to it as a letter of its own (a signature's inline logo is not one), or, when nothing is
// attached, its body, the letter itself. Each letter of a mail keeps the mail's sender, subject and date.
import fs from 'node:fs/promises';
import type { MailOrigin } from '../../shared/inbox/mail';
import type { UnreadableReason } from '../../shared/inbox/item';
import { extensionOf, fileText, isLetterFile, type FileText } from './file-text';
import { mailExtensions, parseMail } from './mail';
import { ImageTooLargeError } from './ocr';

export interface FileLetter {
  /** The file's name, or the attachment's. */
  name: string;
  /** An attachment's type and bytes; null: the letter is the file itself (a mail's body included). */
  attached: { mimeType: string; bytes: Uint8Array } | null;
  /** What was read, or why the letter could not be read (an attachment; the file's own errors throw). */
  read: FileText | { error: UnreadableReason; message: string };
  mail: MailOrigin | null;
}

/** Why a file could not be read, for an error the reader threw. */
export function unreadableReason(error: unknown): 'broken' | 'tooLarge' {
  return error instanceof ImageTooLargeError ? 'tooLarge' : 'broken';
}

async function attachmentText(name: string, mimeType: string, bytes: Uint8Array): Promise<FileLetter['read']> {
  try {
    return await fileText(name, bytes, mimeType);
  } catch (error) {
    return { error: unreadableReason(error), message: error instanceof Error ? error.message : String(error) };
  }
}

/** Throws when the file itself cannot be read (see file-text.ts); a broken attachment is a letter saying so. */
export async function lettersIn(name: string, bytes: Uint8Array): Promise<FileLetter[]> {
  const extension = extensionOf(name);
  if (!(mailExtensions as readonly string[]).includes(extension))
    return [{ name, attached: null, read: await fileText(name, bytes), mail: null }];
  const mail = await parseMail(name, extension, bytes);
  const letters: FileLetter[] = [];
  for (const attachment of mail.attachments) {
    const image = !attachment.mimeType.includes('pdf') && extensionOf(attachment.name) !== '.pdf';
    if (!isLetterFile(attachment.name, attachment.mimeType) || (image && attachment.inline)) continue;
    letters.push({
      name:
        attachment.name || `${mail.origin.subject ?? name}${image ? `.${attachment.mimeType.split('/')[1]}` : '.pdf'}`,
      attached: { mimeType: attachment.mimeType, bytes: attachment.bytes },
      read: await attachmentText(attachment.name, attachment.mimeType, attachment.bytes),
      mail: mail.origin,
    });
  }
  if (letters.length > 0) return letters;
  const body = [mail.origin.subject ?? '', mail.body].join('\n').trim();
  return [{ name, attached: null, read: { text: body, reversed: false, ocr: false }, mail: mail.origin }];
}

export async function readLetters(file: string): Promise<FileLetter[]> {
  return lettersIn(file, new Uint8Array(await fs.readFile(file)));
}
