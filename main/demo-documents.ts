// The files behind the demo office's documents: one sample PDF per kind of paper, rendered by the
// papers' own Chromium renderer with the bundled fonts and stored content-addressed in the data
// folder, so that opening, previewing, packaging or backing up a demo document works as it would
// with a real scan. The page says plainly that it is a sample.
import { PDFDocument } from 'pdf-lib';
import { documentKinds } from '../shared/domain/enums';
import { escapeHtml } from '../shared/paperwork/html';
import { DEMO_DOCUMENT_TITLES, type DemoDocumentFiles } from '../db/demo/documents';
import { paperFontCss } from './paperwork/fonts';
import { pdfRenderer } from './paperwork/pdf-renderer';
import { storeDocumentFile } from './storage/document-files';

const SAMPLE_NOTE = 'מסמך לדוגמה במשרד ההדגמה של מיצוי. כל הפרטים בדויים; אין בו מידע על אדם אמיתי.';

function samplePage(title: string): string {
  return `<!doctype html><html dir="rtl" lang="he"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">
<title>${escapeHtml(title)}</title><style>${paperFontCss()}
body { font-family: 'Noto Sans Hebrew', 'Noto Sans Arabic', 'Noto Sans', sans-serif; margin: 2.5cm 2cm; }
h1 { font-size: 22pt; margin-bottom: 0.5cm; } .note { margin-top: 1cm; padding: 0.4cm; border: 1px dashed #888; }
</style></head><body><h1>${escapeHtml(title)}</h1>
<p class="note">${escapeHtml(SAMPLE_NOTE)}</p></body></html>`;
}

/** Chromium stamps each PDF with the time it was made: fixed here, one seed gives one store, byte for byte. */
async function withFixedDates(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const epoch = new Date(0);
  doc.setCreationDate(epoch);
  doc.setModificationDate(epoch);
  return doc.save({ updateFieldAppearances: false });
}

/** The samples are the same for every demo office: rendered once per process (tests fill many). */
const rendered = new Map<string, Uint8Array>();

/** Renders (once) and stores the sample of every kind; returns what the document rows point at. */
export async function storeDemoDocumentFiles(documentsRoot: string, dataKey: Buffer): Promise<DemoDocumentFiles> {
  const files = {} as DemoDocumentFiles;
  for (const kind of documentKinds) {
    if (!rendered.has(kind))
      rendered.set(kind, await withFixedDates(await pdfRenderer().render(samplePage(DEMO_DOCUMENT_TITLES[kind]))));
    const bytes = rendered.get(kind)!;
    files[kind] = {
      sha256: storeDocumentFile(documentsRoot, bytes, dataKey),
      sizeBytes: bytes.length,
      mimeType: 'application/pdf',
    };
  }
  return files;
}
