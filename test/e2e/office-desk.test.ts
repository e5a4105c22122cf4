// One office server and one `--office` desk in Chromium: the desk pairs with the owner's code (and
// shows the same fingerprint), signs in and opens a client through the forward; the owner lists the
// desk and opens a new pairing window; the server going away shows the calm banner.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../support/demo';
import { fillWithLeanOffice } from '../support/lean-office';
import { testKeys } from '../support/temp';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { SHOTS } from './owner-desk';
import { startEntry, startWebServer, type WebServer } from './server';

let server: WebServer;
let desk: WebServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startEntry('server', [], /https:\/\/127\.0\.0\.1:\d+\//, {}, (dataDir) => fillWithLeanOffice(dataDir, 40, 5));
  desk = await startWebServer({}, undefined, ['--office', server.url]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'he-IL', timezoneId: 'Asia/Jerusalem' });
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await desk?.stop();
  await server?.stop();
});

function pairFromConsole(): { code: string; fingerprint: string } {
  const printed = execFileSync(process.execPath, [path.join(process.env.MITZUI_DIST ?? 'dist', 'main', 'server.mjs'), 'pair', '--data-dir', server.dataDir], {
    env: { ...process.env, MITZUI_KEY_DIR: testKeys.dir },
    encoding: 'utf8',
  });
  return { code: /Pairing code: (\w+)/.exec(printed)![1]!, fingerprint: /Server fingerprint: ([\w-]+)/.exec(printed)![1]! };
}

describe('a desk on the office server', () => {
  it('pairs, signs in, opens a client; the owner sees it among the paired desks', async () => {
    await page.goto(desk.url);
    await page.getByRole('heading', { name: 'התחברות לשרת המשרד' }).waitFor();
    const { code, fingerprint } = pairFromConsole();
    await fieldOf(page, 'קוד הצירוף').fill(code.toLowerCase());
    await fieldOf(page, 'שם המחשב').fill('עמדת קבלה');
    await page.screenshot({ path: `${SHOTS}office-desk-pairing.png` });
    await page.getByRole('button', { name: 'צירוף המחשב' }).click();
    await expect.poll(() => page.getByTestId('desk-fingerprint').textContent()).toBe(fingerprint);
    await page.screenshot({ path: `${SHOTS}office-desk-paired.png` });
    await page.getByRole('button', { name: 'הטביעות זהות, להמשיך' }).click();

    await fieldOf(page, 'שם משתמש').fill(DEMO_LOGIN.username);
    await fieldOf(page, 'סיסמה').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'כניסה' }).click();
    await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
    await page.goto(`${desk.url}#/clients`);
    const firstRow = page.locator('tbody tr').first();
    await firstRow.waitFor();
    await firstRow.click();
    await page.waitForURL(/#\/clients\/\d+/);

    await page.goto(`${desk.url}#/admin`);
    const devices = page.getByRole('region', { name: 'מחשבים מצורפים' });
    await expect.poll(() => devices.getByTestId('device-table').textContent()).toContain('עמדת קבלה');
    await devices.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}office-devices.png` });
    await devices.getByRole('button', { name: 'צירוף מחשב חדש' }).click();
    await expect.poll(() => page.getByTestId('pairing-fingerprint').textContent()).toBe(fingerprint);
    await page.screenshot({ path: `${SHOTS}office-pairing-window.png` });
    await page.getByRole('dialog').getByRole('button', { name: 'סגירה' }).last().click();
  });

  it('shows a calm banner, not an error page, when the server is gone', async () => {
    await server.stop();
    await page.goto(`${desk.url}#/clients`);
    await page.getByTestId('server-unreachable').waitFor();
    await page.screenshot({ path: `${SHOTS}office-server-unreachable.png` });
    expect(await page.getByTestId('server-unreachable').textContent()).toContain('אין כרגע חיבור לשרת המשרד');
  });
});
