// The inbox on a real store: a generated letter dropped as a PDF is read and matched to the client
// its ID number names; the same file again is the same item; a file without text waits for filing
// by hand; confirming files it as the client's document, once.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Random } from '../../db/demo/random';
import { chromiumPdfRenderer } from '../../main/paperwork/chromium-pdf';
import { documents } from '../../db/schema';
import { expectOk, type TestApp } from '../support/app';
import { officeWithLetterClient } from '../support/inbox/letter-client';
import { generateLetter, someClients } from '../support/nii-letters/generate';
import { renderLetter } from '../support/nii-letters/render';

const renderer = chromiumPdfRenderer();
afterAll(() => renderer.close());

let app: TestApp;
let token: string;
let clientId: number;
const random = new Random(21);
const [client] = someClients(random, 1);

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithLetterClient(client!));
});
afterEach(() => app.dispose());

async function dropped(kind: 'decision' | 'committeeInvitation') {
  const letter = generateLetter(random, kind, client!, { visual: false });
  const pdf = Buffer.from(await renderLetter(renderer, letter));
  return { letter, input: { name: `${kind}.pdf`, mimeType: 'application/pdf', contentBase64: pdf.toString('base64') } };
}

describe('inbox', () => {
  it('reads a dropped letter, finds its client, and keeps the same file once', async () => {
    const { letter, input } = await dropped('decision');
    const item = expectOk(await app.call(token, 'inbox.add', input));
    expect(item).toMatchObject({
      status: 'new',
      kind: 'decision',
      client: { id: clientId, idNumber: client!.idNumber },
      documentId: null,
    });
    expect(item.reading?.fields.outcome?.value).toBe(letter.truth.outcome);
    expect(item.text).toContain(client!.name);
    const again = expectOk(await app.call(token, 'inbox.add', { ...input, name: 'שוב.pdf' }));
    expect(again.id).toBe(item.id);
    expect(expectOk(await app.call(token, 'inbox.list', {})).map((i) => i.id)).toEqual([item.id]);
  }, 60_000);

  it('a file without text is kept for filing by hand', async () => {
    const item = expectOk(
      await app.call(token, 'inbox.add', {
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('%PDF-1.4 broken').toString('base64'),
      }),
    );
    expect(item).toMatchObject({ status: 'unreadable', kind: null, reading: null, client: null });
    expect(item.error).toBeTruthy();
    expect(expectOk(await app.call(token, 'inbox.list', { status: 'new' }))).toEqual([]);
  });

  it("confirming files the letter as the client's document, once", async () => {
    const { input } = await dropped('committeeInvitation');
    const item = expectOk(await app.call(token, 'inbox.add', input));
    const filed = expectOk(await app.call(token, 'inbox.confirm', { id: item.id, version: item.version, clientId }));
    expect(filed).toMatchObject({ status: 'filed', client: { id: clientId }, version: item.version + 1 });
    const docs = expectOk(await app.call(token, 'documents.list', { clientId }));
    expect(docs).toEqual([
      expect.objectContaining({
        id: filed.documentId,
        sha256: item.sha256,
        originalName: 'committeeInvitation.pdf',
        kind: 'other',
      }),
    ]);
    expect(await app.call(token, 'inbox.confirm', { id: item.id, version: filed.version, clientId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(app.store.db.select().from(documents).all()).toHaveLength(1);
  }, 60_000);

  it('confirming keeps the fields the user corrected (certain, marked corrected); a correction of the wrong shape is refused by name', async () => {
    const { letter, input } = await dropped('committeeInvitation');
    const item = expectOk(await app.call(token, 'inbox.add', input));
    expect(item.addedBy).toMatchObject({ id: expect.any(Number) as number });
    const refused = await app.call(token, 'inbox.confirm', {
      id: item.id,
      version: item.version,
      clientId,
      corrections: { committeeDate: '02/01/2025' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(JSON.stringify(refused)).toContain('תאריך הוועדה');
    const filed = expectOk(
      await app.call(token, 'inbox.confirm', {
        id: item.id,
        version: item.version,
        clientId,
        corrections: { committeeDate: '2025-01-02', committeeTime: letter.truth.committeeTime },
      }),
    );
    expect(filed.reading?.fields.committeeDate).toMatchObject({
      value: '2025-01-02',
      confidence: 'certain',
      corrected: true,
      span: item.reading!.fields.committeeDate!.span,
    });
    // A "correction" equal to what was read is no correction.
    expect(filed.reading?.fields.committeeTime).toEqual(item.reading!.fields.committeeTime);
  }, 60_000);
});
