// The recovery key's printable sheet: the office's name, the 14 groups in large type, a QR code of
// the same text (the qrcode package's module matrix drawn as SVG squares, so nothing is fetched), and
// what the key is for — printed to PDF by the paperwork's Chromium with its embedded Hebrew fonts.
import QRCode from 'qrcode';
import { recoverySheetText } from '../../shared/locales/messages';
import { paperFontCss } from '../paperwork/fonts';
import { pdfRenderer } from '../paperwork/pdf-renderer';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The QR code of `text` as an SVG of dark squares, with its quiet zone. */
export function qrSvg(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const side = modules.size + quiet * 2;
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) squares.push(`<rect x="${col + quiet}" y="${row + quiet}" width="1" height="1"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="45mm" height="45mm" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><g fill="#000">${squares.join('')}</g></svg>`;
}

export function recoverySheetHtml(office: string, groups: string[], date: string): string {
  const key = groups.join('-');
  const cells = groups.map((group, i) => `<span class="group"><small>${i + 1}</small>${escape(group)}</span>`).join('');
  return `<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8"><style>${paperFontCss()}
@page { size: A4; margin: 18mm; }
body { font-family: 'Noto Sans Hebrew', sans-serif; font-size: 11pt; line-height: 1.5; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
.key { direction: ltr; display: grid; grid-template-columns: repeat(4, auto); gap: 3mm 6mm; justify-content: start; margin: 8mm 0; font-family: 'Noto Sans Hebrew', monospace; font-size: 20pt; letter-spacing: 1.5pt; }
.group small { font-size: 8pt; color: #555; margin-right: 1.5mm; vertical-align: super; }
.qr { direction: ltr; }
</style></head><body>
<h1>${escape(recoverySheetText('title', { office }))}</h1>
<p>${escape(recoverySheetText('intro'))}</p>
<div class="key">${cells}</div>
<div class="qr">${qrSvg(key)}</div>
<p>${escape(recoverySheetText('checksum'))}</p>
<p>${escape(recoverySheetText('use'))}</p>
<p><strong>${escape(recoverySheetText('keep'))}</strong></p>
<p>${escape(recoverySheetText('created', { date }))}</p>
</body></html>`;
}

/** The sheet as a PDF. */
export async function recoverySheetPdf(office: string, groups: string[], date: string): Promise<Uint8Array> {
  return pdfRenderer().render(recoverySheetHtml(office, groups, date));
}
