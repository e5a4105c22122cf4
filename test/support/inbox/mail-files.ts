// E-mails as an office saves them from its mailbox, built byte by byte for the tests: an .eml (MIME,
// RFC 2045/2047/5322) and an Outlook .msg, a compound file laid out as [MS-OXMSG] describes
// (https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxmsg/) and written by
// @kenjiuno/msgreader's own compound-file writer, the library the app reads .msg files with.
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';

export interface TestAttachment {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** A Content-ID: shown inside the HTML body (a signature's logo). */
  contentId?: string;
}

export interface TestMail {
  from: { name: string; address: string };
  subject: string;
  /** ISO. */
  date: string;
  text?: string;
  html?: string;
  attachments?: TestAttachment[];
}

const base64Lines = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/.{76}/gu, '$&\r\n');
const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

function bodyPart(type: string, text: string): string {
  return `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(text))}`;
}

function attachmentPart(attachment: TestAttachment): string {
  const name = encodedWord(attachment.name);
  return [
    `Content-Type: ${attachment.mimeType}; name="${name}"`,
    'Content-Transfer-Encoding: base64',
    attachment.contentId
      ? `Content-ID: <${attachment.contentId}>\r\nContent-Disposition: inline; filename="${name}"`
      : `Content-Disposition: attachment; filename="${name}"`,
    '',
    base64Lines(attachment.bytes),
  ].join('\r\n');
}

export function emlFile(mail: TestMail): Uint8Array {
  const boundary = 'mitzui-test-boundary';
  const parts = [
    ...(mail.text !== undefined ? [bodyPart('text/plain', mail.text)] : []),
    ...(mail.html !== undefined ? [bodyPart('text/html', mail.html)] : []),
    ...(mail.attachments ?? []).map(attachmentPart),
  ];
  const head = [
    `From: ${encodedWord(mail.from.name)} <${mail.from.address}>`,
    'To: office@example.co.il',
    `Subject: ${encodedWord(mail.subject)}`,
    `Date: ${new Date(mail.date).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const body = parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('') + `--${boundary}--\r\n`;
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/** A string property's stream: __substg1.0_<tag>001F, UTF-16LE. */
function unicode(tag: string, text: string): [string, Uint8Array] {
  return [`__substg1.0_${tag}001F`, new Uint8Array(Buffer.from(text, 'utf16le'))];
}

/** A property stream: a header of `headerBytes`, then one 16-byte entry per fixed-size property. */
function properties(headerBytes: number, fixed: { tag: number; value: Uint8Array }[]): [string, Uint8Array] {
  const stream = Buffer.alloc(headerBytes + 16 * fixed.length);
  fixed.forEach(({ tag, value }, i) => {
    stream.writeUInt32LE(tag, headerBytes + 16 * i);
    stream.writeUInt32LE(6, headerBytes + 16 * i + 4); // readable, writable
    Buffer.from(value).copy(stream, headerBytes + 16 * i + 8);
  });
  return ['__properties_version1.0', stream];
}

/** PidTagClientSubmitTime (0x0039, PT_SYSTIME): 100 ns ticks since 1601-01-01 UTC. */
function submitTime(iso: string): { tag: number; value: Uint8Array } {
  const ticks = (BigInt(new Date(iso).getTime()) + 11_644_473_600_000n) * 10_000n;
  const value = Buffer.alloc(8);
  value.writeBigUInt64LE(ticks);
  return { tag: 0x00390040, value };
}

export function msgFile(mail: TestMail): Uint8Array {
  const entries: Entry[] = [{ name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [] }];
  const add = (parent: Entry, [name, bytes]: [string, Uint8Array]) => {
    parent.children!.push(entries.length);
    entries.push({ name, type: TypeEnum.DOCUMENT, length: bytes.length, binaryProvider: () => bytes });
  };
  const root = entries[0]!;
  add(root, unicode('001A', 'IPM.Note'));
  add(root, unicode('0037', mail.subject));
  add(root, unicode('0C1A', mail.from.name));
  add(root, unicode('5D01', mail.from.address));
  if (mail.text !== undefined) add(root, unicode('1000', mail.text));
  add(root, properties(32, [submitTime(mail.date)]));
  (mail.attachments ?? []).forEach((attachment, i) => {
    const folder: Entry = {
      name: `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`,
      type: TypeEnum.DIRECTORY,
      length: 0,
      children: [],
    };
    root.children!.push(entries.length);
    entries.push(folder);
    add(folder, unicode('3707', attachment.name));
    add(folder, unicode('370E', attachment.mimeType));
    if (attachment.contentId) add(folder, unicode('3712', attachment.contentId));
    add(folder, ['__substg1.0_37010102', attachment.bytes]);
    add(folder, properties(8, []));
  });
  return burn(entries);
}
