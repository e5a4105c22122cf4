// Start-up recovery as an office meets it, in real Chromium against browser mode: the data file is
// damaged, the Hebrew recovery screen shows the error and the latest good backup, and restoring it
// after a confirmation with the owner's username and password (a wrong one is refused in the dialog)
// brings the office back to sign-in with its data.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../main/app';
import { expectOk, OWNER, SETUP_INPUT } from '../support/app';
import { corruptMiddle } from '../support/corrupt';
import { validId } from '../support/ids';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { ownerFindsClientAfterRecovery } from './recovered';
import { startWebServer, type WebServer } from './server';
import { testKeys } from '../support/temp';
import { openKeyed } from '../support/keyed';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
// 10:00 in Israel.
const BACKUP_TAKEN = new Date('2026-03-01T08:00:00Z');

let server: WebServer;
let browser: Browser;
let page: Page;

/** An office with one client and its daily backup, then garbage over the middle of its data file. */
async function damagedOffice(dataDir: string): Promise<void> {
  const app = await openApp({ keys: testKeys, dataDir, now: () => BACKUP_TAKEN });
  expectOk(await app.dispatch(null, 'office.setup', SETUP_INPUT));
  const { token } = expectOk(await app.dispatch(null, 'auth.login', OWNER)) as { token: string };
  const client = {
    idNumber: validId('03456789'),
    firstNameHe: 'רחל',
    lastNameHe: 'לוי',
    birthDate: '1975-04-12',
    sex: 'female',
  };
  expectOk(await app.dispatch(app.sessions.resolve(token), 'clients.create', client));
  expect(await app.keeper.runDailyBackup()).not.toBeNull();
  app.close();
  corruptMiddle(path.join(dataDir, 'mitzui.sqlite'));
}

/** The same office, then its file marked as migrated by a newer version. */
async function newerOffice(dataDir: string): Promise<void> {
  await damagedOffice(dataDir);
  const file = path.join(dataDir, 'mitzui.sqlite');
  fs.rmSync(file);
  const raw = openKeyed(file);
  raw.pragma('user_version = 999');
  raw.close();
}

const VIEW = { viewport: { width: 1366, height: 768 }, locale: 'he-IL', timezoneId: 'Asia/Jerusalem' };

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({}, damagedOffice);
  browser = await launchChromium();
  const context = await browser.newContext(VIEW);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('start-up recovery in Chromium', () => {
  it('shows the recovery screen with the error and the latest good backup', async () => {
    expect(server.output()).toContain('recovery mode');
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'קובץ הנתונים של המשרד אינו תקין' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const error = await page.getByTestId('recovery-error').innerText();
    expect(error).toMatch(/malformed|not a database/);
    await page.getByText('גיבוי יומי אוטומטי').waitFor();
    expect(await page.getByText('01/03/2026 10:00').count()).toBe(1);

    await page.getByRole('button', { name: 'העתקת פרטי התקלה' }).click();
    await page.getByRole('button', { name: 'פרטי התקלה הועתקו' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(error);
    await page.screenshot({ path: path.join(shots, 'recovery.png'), fullPage: true });
  });

  it('restores the backup after a confirmation and lets the owner back in to their data', async () => {
    await page.getByRole('button', { name: 'שחזור הגיבוי האחרון' }).click();
    const dialog = page.getByRole('dialog', { name: 'לשחזר את הגיבוי?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1'); // done fading in
    expect(await dialog.innerText()).toContain('01/03/2026 10:00');
    await fieldOf(page, 'שם המשתמש של בעל המשרד').fill(OWNER.username);
    await fieldOf(page, 'הסיסמה').fill('not-the-password');
    await dialog.getByRole('button', { name: 'כן, לשחזר' }).click();
    await dialog.getByText('שם המשתמש או הסיסמה אינם של בעל משרד כפי שהם רשומים בגיבוי — השחזור לא בוצע').waitFor();
    await page.screenshot({ path: path.join(shots, 'recovery-confirm.png'), fullPage: true });
    await fieldOf(page, 'הסיסמה').fill(OWNER.password);
    await dialog.getByRole('button', { name: 'כן, לשחזר' }).click();

    await page.getByText('הגיבוי שוחזר').waitFor();
    await ownerFindsClientAfterRecovery(page, OWNER, 'לוי רחל');
  });
});

describe('a data file from a newer version in Chromium', () => {
  it('says to install the newer version and offers no restore', async () => {
    const newer = await startWebServer({}, newerOffice);
    try {
      const tab = await (await browser.newContext(VIEW)).newPage();
      await tab.goto(newer.url);
      await tab.getByRole('heading', { name: 'יש להתקין את הגרסה החדשה של מיצוי' }).waitFor();
      await tab.getByText('אין לשחזר במקומו גיבוי ישן', { exact: false }).waitFor();
      expect(await tab.getByRole('button', { name: 'שחזור הגיבוי האחרון' }).count()).toBe(0);
      expect(await tab.getByText('הגיבוי התקין האחרון').count()).toBe(0);
      await tab.screenshot({ path: path.join(shots, 'recovery-newer-version.png'), fullPage: true });
    } finally {
      await newer.stop();
    }
  });
});
