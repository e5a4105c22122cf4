// playwright-core driving the system Chromium (CHROMIUM_PATH, else /usr/bin/chromium, else
// Playwright's own): one browser, started on the first paper and reused, one page per paper.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PdfRenderer } from './pdf-renderer';

async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  let executablePath = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!executablePath) {
    try {
      executablePath = chromium.executablePath();
    } catch {
      executablePath = undefined;
    }
  }
  if (!executablePath || !fs.existsSync(executablePath)) {
    throw new Error(
      'No Chromium to print papers with: set CHROMIUM_PATH, or install it (apt-get install -y chromium).',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

export function chromiumPdfRenderer(): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  return {
    async render(html) {
      browser ??= launch().catch((error: unknown) => {
        browser = null; // the next paper tries again
        throw error;
      });
      const context = await (await browser).newContext({ offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      const open = browser;
      browser = null;
      if (open) await (await open).close();
    },
  };
}
