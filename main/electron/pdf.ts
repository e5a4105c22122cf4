// Papers printed by Electron's own Chromium (webContents.printToPDF) in a hidden, sandboxed window
// with JavaScript off; the HTML goes through a temp file, as a data: URL would be too long for fonts.
import { BrowserWindow } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PdfRenderer } from '../paperwork/pdf-renderer';

export const electronPdfRenderer: PdfRenderer = {
  async render(html) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitzui-paper-'));
    const file = path.join(dir, 'paper.html');
    fs.writeFileSync(file, html);
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await window.loadFile(file);
      return new Uint8Array(
        await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
        }),
      );
    } finally {
      window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  close: async () => undefined,
};
