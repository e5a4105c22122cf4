// Browser mode on a key folder locked by a passphrase that was not given at start, in real Chromium:
// the page shows the Hebrew unlock screen instead of anything else; a wrong passphrase is said in
// Hebrew and the field is emptied; the right one opens the office and the sign-in screen follows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { changeKeyWrapping } from '../../db/key-wrap';
import { openApp } from '../../main/app';
import { expectOk, OWNER, SETUP_INPUT } from '../support/app';
import { tempDir } from '../support/temp';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { startWebServer, type WebServer } from './server';
import { hebrewPage, signInOn } from './sign-in';

const PASSPHRASE = 'סיסמת-פתיחה-ארוכה-2026';
const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const keys = tempDir('mitzui-e2e-locked-keys-');

let server: WebServer;
let browser: Browser;
let page: Page;

/** An office set up with plain key files, which are then locked by PASSPHRASE. */
async function lockedOffice(dataDir: string): Promise<void> {
  const app = await openApp({ dataDir, keys: { dir: keys.dir } });
  expectOk(await app.dispatch(null, 'office.setup', SETUP_INPUT));
  app.close();
  await changeKeyWrapping({ dir: keys.dir }, { mode: 'passphrase', passphrase: PASSPHRASE });
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({ MITZUI_KEY_DIR: keys.dir }, lockedOffice);
  browser = await launchChromium();
  page = await hebrewPage(browser);
  // scrypt at each try, and the store opening, take a while on a busy machine.
  page.setDefaultTimeout(20_000);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  keys.cleanup();
});

it(
  'asks for the passphrase, says a wrong one is wrong, and opens the office with the right one',
  { timeout: 90_000 },
  async () => {
    expect(server.output()).toContain('locked by a passphrase');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'מפתחות המשרד נעולים' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByRole('heading', { name: 'כניסה למיצוי' }).count()).toBe(0);
    const field = fieldOf(page, 'סיסמת הפתיחה');
    expect(await field.getAttribute('type')).toBe('password');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, 'unlock-screen.png') });

    await field.fill('לא-זאת-הסיסמה-2026');
    await page.getByRole('button', { name: 'פתיחה' }).click();
    await expect
      .poll(() => page.getByTestId('unlock-failure').textContent())
      .toBe('סיסמת הפתיחה שגויה — היא אינה פותחת את מפתחות המשרד. יש לבדוק אותה ולנסות שוב');
    expect(await field.inputValue()).toBe('');
    await page.screenshot({ path: path.join(shots, 'unlock-wrong.png') });

    await field.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'פתיחה' }).click();
    await page.getByRole('heading', { name: 'כניסה למיצוי' }).waitFor();
    await signInOn(page, OWNER);
  },
);
