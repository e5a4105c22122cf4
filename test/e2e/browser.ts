// Real Chromium through playwright-core: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
// Playwright's own download if one exists; otherwise a message that says what to install.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (found) return found;
  try {
    const bundled = chromium.executablePath();
    if (fs.existsSync(bundled)) return bundled;
  } catch {
    // playwright-core has no browser of its own here
  }
  return undefined;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'No Chromium found for end-to-end tests: set CHROMIUM_PATH, or install it (apt-get install -y chromium).',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--lang=he-IL',
    ],
  });
}
