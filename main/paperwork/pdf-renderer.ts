// HTML → PDF through Chromium. Desktop sets its printToPDF renderer at start-up;
// browser mode, the CLI and tests use the system Chromium through playwright-core. Same engine,
// same output.
import { chromiumPdfRenderer } from './chromium-pdf';
import { withOwnMetadata } from './pdf-metadata';

export interface PdfRenderer {
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

let current: PdfRenderer | null = null;

/** The Electron shell installs its own renderer before the first paper is made. */
export function setPdfRenderer(renderer: PdfRenderer): void {
  current = renderer;
}

/** The renderer in use; whichever it is, the PDF it returns carries the app's name, not the browser's. */
export function pdfRenderer(): PdfRenderer {
  current ??= chromiumPdfRenderer();
  const renderer = current;
  return { render: async (html) => withOwnMetadata(await renderer.render(html)), close: () => renderer.close() };
}

/** Closes the browser behind the renderer, if one was started. */
export async function closePdfRenderer(): Promise<void> {
  const renderer = current;
  current = null;
  await renderer?.close();
}
