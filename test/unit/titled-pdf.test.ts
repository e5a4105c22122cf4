// The PDF viewer's name for a document: a PDF without a title gets the document's name as its title
// (so Chromium's viewer does not show the blob's random id); one with a title keeps it.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { titledPdf } from '../../shared/paperwork/pdf-title';

async function pdf(title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  if (title) doc.setTitle(title);
  return doc.save();
}

async function titleOf(bytes: Uint8Array): Promise<string | undefined> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getTitle();
}

describe('a PDF in the viewer', () => {
  it('is named by the document when it has no title of its own', async () => {
    expect(await titleOf(await pdf())).toBeUndefined();
    expect(await titleOf(await titledPdf(await pdf(), 'סיכום אשפוז רמב"ם.pdf'))).toBe('סיכום אשפוז רמב"ם.pdf');
  });

  it('keeps the title a paper was printed with, and shows what pdf-lib cannot read as it is', async () => {
    const titled = await pdf('ייפוי כוח לייצוג לפני המוסד לביטוח לאומי');
    expect(await titledPdf(titled, 'x.pdf')).toBe(titled);
    const broken = new TextEncoder().encode('not a pdf');
    expect(await titledPdf(broken, 'x.pdf')).toBe(broken);
  });
});
