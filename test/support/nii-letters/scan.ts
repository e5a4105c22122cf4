// A generated letter as a scanner gives it: a PNG of the printed page, in grey on slightly dark paper,
// a little askew and soft, with no text layer, so the inbox can only read it by OCR. Drawn by Chromium
// from the same HTML the letter's PDF is printed from (render.ts), at about 190 dpi.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../e2e/browser';
import type { GeneratedLetter } from './letter';
import { letterHtml } from './render';

const SCANNED = `html { filter: grayscale(1) contrast(1.15) blur(0.35px); transform: rotate(0.5deg); }
body { background: #eeebe3; }`;

export interface ScanRenderer {
  scan(letter: GeneratedLetter): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function scanRenderer(): ScanRenderer {
  let browser: Promise<Browser> | null = null;
  return {
    async scan(letter) {
      browser ??= launchChromium();
      const page = await (await browser).newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 2 });
      try {
        await page.setContent(letterHtml(letter).replace('</style>', `${SCANNED}</style>`), { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        return new Uint8Array(await page.screenshot({ type: 'png' }));
      } finally {
        await page.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
