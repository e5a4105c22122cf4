// A generated letter as a PDF with a text layer, printed by the app's own Chromium renderer with the
// fonts the app embeds. A visual letter has each line laid out left to right in stored order, so the
// text layer gives its Hebrew words' letters reversed, as some producers' PDFs do.
import { paperFontCss } from '../../../main/paperwork/fonts';
import type { PdfRenderer } from '../../../main/paperwork/pdf-renderer';
import { escapeHtml } from '../../../shared/paperwork/html';
import type { GeneratedLetter } from './letter';

const STYLE: Record<GeneratedLetter['layout'], string> = {
  plain: 'body { font-size: 12pt; line-height: 1.6; margin: 2cm; }',
  table: 'body { font-size: 11pt; margin: 1.5cm; } td { padding: 2pt 8pt; } td:first-child { font-weight: 700; }',
  boxed:
    'body { font-size: 10pt; margin: 1.8cm; } .head { border: 1pt solid #333; padding: 6pt; margin-bottom: 12pt; }',
};

/** "label: value" lines of a table layout become two cells. */
const LABELLED = /^([^:\d]{2,20}):\s+(.+)$/u;

function bodyHtml(letter: GeneratedLetter): string {
  const line = (text: string) => `<div${letter.visual ? ' class="visual"' : ''}>${escapeHtml(text)}</div>`;
  if (letter.layout === 'table') {
    return letter.lines
      .map((text) => {
        const cells = LABELLED.exec(text);
        return cells
          ? `<table><tr><td>${escapeHtml(cells[1]!)}:</td><td>${escapeHtml(cells[2]!)}</td></tr></table>`
          : line(text);
      })
      .join('\n');
  }
  if (letter.layout === 'boxed')
    return `<div class="head">${letter.lines.slice(0, 3).map(line).join('')}</div>${letter.lines.slice(3).map(line).join('\n')}`;
  return letter.lines.map(line).join('\n');
}

export function letterHtml(letter: GeneratedLetter): string {
  return `<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8"><style>${paperFontCss()}
body { font-family: 'Noto Sans Hebrew', sans-serif; } @page { size: A4; margin: 0; }
.visual { unicode-bidi: bidi-override; direction: ltr; text-align: right; }
${STYLE[letter.layout]}</style></head><body>${bodyHtml(letter)}</body></html>`;
}

export function renderLetter(renderer: PdfRenderer, letter: GeneratedLetter): Promise<Uint8Array> {
  return renderer.render(letterHtml(letter));
}
