// Chromium's PDF viewer names a PDF by its Title and, without one, by its address — for a blob URL a
// random id. A PDF with no title gets the document's name as its title, in a copy made for the viewer
// (downloads keep the stored bytes). pdf-lib loads only when a PDF is opened.
export async function titledPdf(bytes: Uint8Array, title: string): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (doc.getTitle()) return bytes;
    doc.setTitle(title, { showInWindowTitleBar: true });
    return await doc.save();
  } catch {
    return bytes; // a PDF pdf-lib cannot read is still shown, under the viewer's own name
  }
}
