// Attachments the portal wants as PDF: a scanned image (PNG or JPEG) becomes one A4 page, scaled to fit.
import { PDFDocument } from 'pdf-lib';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 28;

export async function imageToPdf(bytes: Uint8Array, mimeType: 'image/png' | 'image/jpeg'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = mimeType === 'image/png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  const scale = Math.min((A4.width - 2 * MARGIN) / image.width, (A4.height - 2 * MARGIN) / image.height, 1);
  const width = image.width * scale;
  const height = image.height * scale;
  const page = doc.addPage([A4.width, A4.height]);
  page.drawImage(image, { x: (A4.width - width) / 2, y: (A4.height - height) / 2, width, height });
  return doc.save();
}
