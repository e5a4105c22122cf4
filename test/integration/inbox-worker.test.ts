// Files from outside are read on a worker thread with a time limit and a heap cap: a PDF built to swell
// in the reader ends as an unreadable item (with the reason) while the app goes on answering, and a
// read past its time is stopped.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hebrewModel } from '../../main/inbox/ocr';
import { readFileInWorker } from '../../main/inbox/read-in-worker';
import { eachTestInNewOffice, expectOk, type TestApp } from '../support/app';
import { swellingPdf } from '../support/inbox/swelling-pdf';

let app: TestApp;
let token: string;

eachTestInNewOffice((opened, ownerToken) => {
  app = opened;
  token = ownerToken;
});

describe('reading off the app thread', () => {
  it('a PDF that swells past the heap cap is unreadable, and the app answers meanwhile', async () => {
    const pdf = swellingPdf();
    let settled = false;
    const adding = app
      .call(token, 'inbox.add', {
        name: 'swelling.pdf',
        mimeType: 'application/pdf',
        contentBase64: pdf.toString('base64'),
      })
      .finally(() => (settled = true));
    const list = expectOk(await app.call(token, 'inbox.list', {}));
    // The list answered while the worker was still reading.
    expect(settled).toBe(false);
    expect(list).toEqual([]);
    const item = expectOk(await adding);
    expect(item).toMatchObject({ status: 'unreadable', error: 'tooLarge', reading: null, text: null, client: null });
    expect(expectOk(await app.call(token, 'inbox.list', { status: 'unreadable' })).map((i) => i.id)).toEqual([item.id]);
  }, 90_000);

  it('a read past its time limit is stopped', async () => {
    const read = await readFileInWorker('slow.pdf', new Uint8Array(swellingPdf()), { timeoutMs: 200, heapMb: 256 });
    expect(read).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('a scan too large to read within its memory is refused before OCR starts', async () => {
    // A PNG signature and an IHDR chunk saying 10,000 × 10,000 pixels (RFC 2083 §4.1.1).
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(10_000, 16);
    header.writeUInt32BE(10_000, 20);
    expect(await readFileInWorker('huge.png', new Uint8Array(header))).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('the Hebrew OCR model is read from node_modules, not fetched', () => {
    const model = hebrewModel();
    expect(model.langPath).toContain(path.join('node_modules', '@tesseract.js-data', 'heb'));
    expect(fs.existsSync(path.join(model.langPath, `${model.code}.traineddata${model.gzip ? '.gz' : ''}`))).toBe(true);
  });

  it('a kind of file the inbox does not read, and a damaged one, say so', async () => {
    expect(await readFileInWorker('photo.bmp', new Uint8Array([1, 2, 3]))).toMatchObject({
      ok: false,
      reason: 'unsupportedType',
    });
    expect(await readFileInWorker('broken.pdf', new TextEncoder().encode('%PDF-1.4 broken'))).toMatchObject({
      ok: false,
      reason: 'broken',
    });
  });
});
