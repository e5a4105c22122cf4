// An e-mail the office saved from its mailbox: .eml (RFC 5322, read by postal-mime) or Outlook's .msg
// (a compound file, read by @kenjiuno/msgreader). What the inbox needs of it: who sent it, its subject
// and date, its body as text, and the files attached to it.
import { createRequire } from 'node:module';
import PostalMime from 'postal-mime';
import type { MailOrigin } from '../../shared/inbox/mail';

export interface Attached {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** Shown inside the mail's HTML body (a logo in the signature), not a file sent with it. */
  inline: boolean;
}

export interface Mail {
  origin: MailOrigin;
  /** The plain text body, or the HTML body's text when the mail has no plain one. */
  body: string;
  attachments: Attached[];
}

// The package is CommonJS with its class on `exports.default`, which Node's ESM import does not unwrap.
const { default: MsgReader } = createRequire(import.meta.url)('@kenjiuno/msgreader') as {
  default: typeof import('@kenjiuno/msgreader').default;
};

export const mailExtensions = ['.eml', '.msg'] as const;

function sender(name: string | undefined, address: string | undefined): string | null {
  const shown = name?.trim();
  if (shown && address) return `${shown} <${address}>`;
  return shown || address || null;
}

function isoDate(raw: string | undefined): string | null {
  if (!raw) return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The text an HTML body shows: tags dropped, blocks on lines of their own, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(style|script|head)[\s\S]*?<\/\1>/giu, '')
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d)\b[^>]*>/giu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/gu, '&')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

export async function parseEml(file: string, bytes: Uint8Array): Promise<Mail> {
  const email = await PostalMime.parse(bytes);
  return {
    origin: {
      file,
      from: sender(email.from?.name, email.from?.address),
      subject: email.subject?.trim() || null,
      date: isoDate(email.date),
    },
    body: (email.text ?? '').trim() || htmlText(email.html ?? ''),
    attachments: email.attachments.map((attachment) => ({
      name: attachment.filename ?? '',
      mimeType: attachment.mimeType,
      bytes:
        typeof attachment.content === 'string'
          ? new TextEncoder().encode(attachment.content)
          : new Uint8Array(attachment.content),
      inline: attachment.disposition !== 'attachment' && (attachment.related === true || !!attachment.contentId),
    })),
  };
}

export function parseMsg(file: string, bytes: Uint8Array): Mail {
  const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const data = reader.getFileData();
  if (data.error) throw new Error(data.error);
  return {
    origin: {
      file,
      from: sender(data.senderName, data.senderSmtpAddress ?? data.senderEmail),
      subject: data.subject?.trim() || null,
      date: isoDate(data.clientSubmitTime ?? data.messageDeliveryTime),
    },
    body: (data.body ?? '').trim() || htmlText(data.bodyHtml ?? ''),
    attachments: (data.attachments ?? [])
      .filter((attachment) => !attachment.innerMsgContent)
      .map((attachment) => {
        const content = reader.getAttachment(attachment);
        return {
          name: content.fileName,
          mimeType: attachment.attachMimeTag ?? '',
          bytes: new Uint8Array(content.content),
          inline: attachment.attachmentHidden === true || !!attachment.pidContentId,
        };
      }),
  };
}

/** Throws when the bytes are not a mail of the kind the extension says. */
export function parseMail(file: string, extension: string, bytes: Uint8Array): Promise<Mail> {
  return extension === '.msg' ? Promise.resolve().then(() => parseMsg(file, bytes)) : parseEml(file, bytes);
}
