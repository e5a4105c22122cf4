// Letters that come in e-mails and as scans, on a real store: each PDF or image a mail carries is an
// item of its own with the mail's sender, subject and date (a signature's logo is not one); the same
// letter again, in the same mail or alone, is the item it was; a mail with nothing attached is the
// letter in its body; a scan is read by OCR (offline, the Hebrew model from node_modules), its client
// found, and none of its fields certain. The dashboard counts the letters waiting.
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Random } from '../../db/demo/random';
import { chromiumPdfRenderer } from '../../main/paperwork/chromium-pdf';
import type { InboxItem } from '../../shared/inbox/item';
import { expectOk, type TestApp } from '../support/app';
import { officeWithLetterClient } from '../support/inbox/letter-client';
import { emlFile, msgFile, type TestAttachment, type TestMail } from '../support/inbox/mail-files';
import { compare } from '../support/nii-letters/compare';
import { generateLetter, someClients } from '../support/nii-letters/generate';
import { renderLetter } from '../support/nii-letters/render';
import { scanRenderer } from '../support/nii-letters/scan';

const renderer = chromiumPdfRenderer();
const scanner = scanRenderer();
afterAll(async () => {
  await renderer.close();
  await scanner.close();
});

let app: TestApp;
let token: string;
let clientId: number;
const random = new Random(33);
const [client] = someClients(random, 1);

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithLetterClient(client!));
});
afterEach(() => app.dispose());

const mail = (attachments: TestAttachment[], text = 'מצורפים מכתבים מהמוסד.'): TestMail => ({
  from: { name: 'המוסד לביטוח לאומי', address: 'noreply@btl.gov.il' },
  subject: 'מכתבים בתיק',
  date: '2026-02-10T07:30:00.000Z',
  text,
  attachments,
});
const origin = (file: string) => ({
  file,
  from: 'המוסד לביטוח לאומי <noreply@btl.gov.il>',
  subject: 'מכתבים בתיק',
  date: '2026-02-10T07:30:00.000Z',
});

async function letterPdf(kind: 'decision' | 'committeeInvitation', name: string): Promise<TestAttachment> {
  const letter = generateLetter(random, kind, client!, { visual: false });
  return { name, mimeType: 'application/pdf', bytes: await renderLetter(renderer, letter) };
}

const add = async (name: string, mimeType: string, bytes: Uint8Array) =>
  expectOk(
    await app.call(token, 'inbox.add', { name, mimeType, contentBase64: Buffer.from(bytes).toString('base64') }),
  );
const list = async () => expectOk(await app.call(token, 'inbox.list', {}));
const byName = (items: InboxItem[]) => [...items].sort((a, b) => a.originalName.localeCompare(b.originalName));

describe('letters in e-mails', () => {
  it('.eml: each PDF attached is its own item with the mail kept; the logo and a Word file are not letters', async () => {
    const decision = await letterPdf('decision', 'החלטה.pdf');
    const invitation = await letterPdf('committeeInvitation', 'זימון.pdf');
    const logo = {
      name: 'logo.png',
      mimeType: 'image/png',
      bytes: new Uint8Array([0x89, 0x50]),
      contentId: 'logo@btl',
    };
    const word = { name: 'טופס.docx', mimeType: 'application/msword', bytes: new Uint8Array([1, 2, 3]) };
    const eml = emlFile(mail([decision, invitation, logo, word]));

    const first = await add('מכתבים.eml', 'message/rfc822', eml);
    const items = byName(await list());
    expect(items.map((i) => [i.originalName, i.mimeType, i.kind, i.status, i.client?.id])).toEqual([
      ['החלטה.pdf', 'application/pdf', 'decision', 'new', clientId],
      ['זימון.pdf', 'application/pdf', 'committeeInvitation', 'new', clientId],
    ]);
    expect(items.map((i) => i.mail)).toEqual([origin('מכתבים.eml'), origin('מכתבים.eml')]);
    expect(items.map((i) => i.sizeBytes)).toEqual([decision.bytes.length, invitation.bytes.length]);
    expect(first.originalName).toBe('החלטה.pdf');

    // The same mail again, and one of its letters alone: nothing new.
    await add('מכתבים-שוב.eml', 'message/rfc822', eml);
    expect((await add('החלטה-שוב.pdf', 'application/pdf', decision.bytes)).id).toBe(items[0]!.id);
    expect((await list()).map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
  }, 90_000);

  it('.msg: an Outlook mail gives its PDF with the mail kept', async () => {
    const decision = await letterPdf('decision', 'decision.pdf');
    const item = await add('החלטה.msg', 'application/vnd.ms-outlook', msgFile(mail([decision])));
    expect(item).toMatchObject({
      originalName: 'decision.pdf',
      mimeType: 'application/pdf',
      kind: 'decision',
      client: { id: clientId },
      mail: origin('החלטה.msg'),
    });
    expect(await list()).toHaveLength(1);
  }, 90_000);

  it('a mail with nothing attached is the letter in its body; a PDF attachment that is broken is unreadable', async () => {
    const body = generateLetter(random, 'documentRequest', client!, { visual: false }).lines.join('\n');
    const letter = await add('בקשה.eml', 'message/rfc822', emlFile(mail([], body)));
    expect(letter).toMatchObject({
      originalName: 'בקשה.eml',
      mimeType: 'message/rfc822',
      status: 'new',
      kind: 'documentRequest',
      client: { id: clientId },
      mail: origin('בקשה.eml'),
    });
    expect(letter.text).toContain(client!.idNumber);

    const broken = { name: 'שבור.pdf', mimeType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 x') };
    expect(await add('שבור.eml', 'message/rfc822', emlFile(mail([broken])))).toMatchObject({
      originalName: 'שבור.pdf',
      status: 'unreadable',
      error: 'broken',
      reading: null,
      mail: origin('שבור.eml'),
    });
    // The dashboard's letters waiting: the body's letter to confirm, the broken one to file by hand.
    expect(expectOk(await app.call(token, 'dashboard.summary', {})).inbox).toEqual({ toFile: 1, toConfirm: 1 });
  }, 90_000);
});

describe('scanned letters', () => {
  it('a generated letter scanned to an image is read by OCR: client found, fields right, none certain', async () => {
    const letter = generateLetter(random, 'decision', client!, { visual: false });
    const png = await scanner.scan(letter);
    const item = await add('סריקה.png', 'image/png', png);
    expect(item).toMatchObject({ status: 'new', kind: 'decision', client: { id: clientId }, matchedBy: 'idNumber' });
    expect(item.reading!.ocr).toBe(true);
    const verdict = compare(letter, item.reading!);
    expect(verdict.fields.filter((f) => f.verdict === 'right').length).toBeGreaterThanOrEqual(
      Math.ceil(verdict.fields.length * 0.75),
    );
    expect(Object.values(item.reading!.fields).map((f) => f.confidence)).not.toContain('certain');

    // The scan attached to a mail is the same item.
    const again = await add(
      'סריקה.eml',
      'message/rfc822',
      emlFile(mail([{ name: 'scan.png', mimeType: 'image/png', bytes: png }])),
    );
    expect(again.id).toBe(item.id);
  }, 180_000);

  it('a scanned PDF (its page an image, no text layer) is read by OCR as the image is', async () => {
    const letter = generateLetter(random, 'decision', client!, { visual: false });
    const png = await scanner.scan(letter);
    const pdf = await PDFDocument.create();
    const scan = await pdf.embedPng(png);
    pdf.addPage([595, 842]).drawImage(scan, { x: 0, y: 0, width: 595, height: 842 });
    const fromPdf = await add('סריקה.pdf', 'application/pdf', await pdf.save());
    const fromImage = await add('סריקה.png', 'image/png', png);
    expect(fromPdf).toMatchObject({ status: 'new', kind: 'decision', client: { id: clientId } });
    expect(fromPdf.reading!.ocr).toBe(true);
    // The same pixels, whether the scanner wrote a PDF or an image: the same text and the same reading.
    expect(fromPdf.text).toBe(fromImage.text);
    expect(fromPdf.reading!.fields).toEqual(fromImage.reading!.fields);
  }, 180_000);
});
