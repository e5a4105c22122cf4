// A paper's PDF names the app, not the browser that drew it: Chromium writes its User-Agent into the
// PDF's Creator field (and Electron's names the shell and its version), which a clerk or the NII
// would see in the document's properties. The title Chromium takes from the page stays.
import { PDFDocument } from 'pdf-lib';

const APP = 'מיצוי';

export async function withOwnMetadata(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setCreator(APP);
  doc.setProducer(APP);
  return doc.save({ useObjectStreams: false });
}
