// Desk modes in Chromium, against one office server: a fresh desk's first-run screen joins the server
// (pair with the console's code, sign in) and starts as the office desk again after a restart without
// --office; a desk with an office of its own is moved onto the server by its owner from settings and
// then works on the server's data; the two desks, both open on the same client, meet the live notice
// and then the stale-version conflict. Screenshots go to test-results/.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../support/demo';
import { fillWithLeanOffice } from '../support/lean-office';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { SHOTS } from './owner-desk';
import { pairFromConsole } from './server-console';
import { startEntry, startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';

let server: WebServer;
/** The fresh desk, joined on its first run. */
let fresh: WebServer;
/** The desk that had an office of its own. */
let local: WebServer | undefined;
let browser: Browser;
let freshPage: Page;
let localPage: Page;

beforeAll(async () => {
  server = await startEntry('server', [], /https:\/\/127\.0\.0\.1:\d+\//, {}, (dataDir) =>
    fillWithLeanOffice(dataDir, 30, 5),
  );
  fresh = await startWebServer();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await local?.stop();
  await fresh?.stop();
  await server?.stop();
});

/** Fills the pairing form (first run or settings) and confirms the fingerprint; the page starts again. */
async function pair(page: Page, deviceName: string): Promise<void> {
  const { code, fingerprint } = pairFromConsole(server.dataDir);
  await fieldOf(page, 'כתובת שרת המשרד').fill(server.url);
  await fieldOf(page, 'קוד הצירוף').fill(code);
  await fieldOf(page, 'שם המחשב').fill(deviceName);
  await page.getByRole('button', { name: 'צירוף המחשב' }).click();
  await expect.poll(() => page.getByTestId('desk-fingerprint').textContent()).toBe(fingerprint);
  await page.getByRole('button', { name: 'הטביעות זהות, להמשיך' }).click();
}

async function signIn(page: Page): Promise<void> {
  await fieldOf(page, 'שם משתמש').fill(DEMO_LOGIN.username);
  await fieldOf(page, 'סיסמה').fill(DEMO_LOGIN.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  // The page comes back where it was (the settings after a switch): the desk's menu says signed in.
  await page.getByRole('link', { name: 'לוח בקרה' }).waitFor();
}

const tokenOf = async (page: Page) => (await page.evaluate(() => sessionStorage.getItem('mitzui.session'))) as string;
const clientNames = async (desk: WebServer, page: Page) =>
  (await callApi(desk.url, await tokenOf(page), 'clients.search', {})).rows.map((row) => row.id);

describe('desk modes', () => {
  it("joins the office server from a fresh desk's first-run screen, and starts on it again without --office", async () => {
    freshPage = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      locale: 'he-IL',
      timezoneId: 'Asia/Jerusalem',
    });
    freshPage.setDefaultTimeout(15_000);
    await freshPage.goto(fresh.url);
    await freshPage.getByRole('heading', { name: 'ברוכים הבאים למיצוי' }).waitFor();
    await freshPage.getByRole('button', { name: 'משרד חדש על המחשב הזה' }).waitFor();
    await freshPage.screenshot({ path: path.join(SHOTS, 'desk-mode-01-first-run.png') });
    expect(await seriousViolations(freshPage)).toEqual([]);
    await freshPage.getByRole('button', { name: 'התחברות לשרת המשרד' }).click();
    await freshPage.getByRole('heading', { name: 'התחברות לשרת המשרד' }).waitFor();
    await pair(freshPage, 'עמדת קבלה');
    await signIn(freshPage);

    await fresh.halt();
    fresh = await startEntry(
      'web',
      ['--port', new URL(fresh.url).port],
      /http:\/\/127\.0\.0\.1:\d+\//,
      {},
      undefined,
      fresh.dataDir,
    );
    expect(fresh.output()).toContain('working on the office server');
    // The session lives on the server, which went on running: the desk is signed in still.
    await freshPage.reload();
    await freshPage.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
  });

  it("moves a desk with its own office onto the server from settings; it then works on the server's data", async () => {
    local = await startWebServer({}, (dataDir) => fillWithLeanOffice(dataDir, 6, 2));
    localPage = await signedInPage(browser, local.url, DEMO_LOGIN);
    localPage.setDefaultTimeout(15_000);
    const before = await clientNames(local, localPage);
    await localPage.getByRole('link', { name: 'הגדרות' }).click();
    const mode = localPage.getByRole('region', { name: 'אופן העבודה של מחשב זה' });
    await mode.scrollIntoViewIfNeeded();
    await localPage.screenshot({ path: path.join(SHOTS, 'desk-mode-02-settings-local.png') });
    expect(await seriousViolations(localPage)).toEqual([]);
    await mode.getByRole('button', { name: 'העברת מחשב זה לשרת המשרד' }).click();
    await localPage.getByRole('heading', { name: 'התחברות לשרת המשרד' }).waitFor();
    await localPage.screenshot({ path: path.join(SHOTS, 'desk-mode-03-settings-pairing.png') });
    await pair(localPage, 'עמדת בעל המשרד');
    await signIn(localPage);

    const onServer = await clientNames(fresh, freshPage);
    expect(await clientNames(local, localPage)).toEqual(onServer);
    expect(onServer).not.toEqual(before);

    await localPage.getByRole('link', { name: 'הגדרות' }).click();
    const office = localPage.getByRole('region', { name: 'אופן העבודה של מחשב זה' });
    await office.getByRole('button', { name: 'חזרה לעבודה מקומית' }).click();
    await office.getByRole('alert').waitFor();
    expect(await office.getByRole('alert').innerText()).toContain('רק אם שרת המשרד הושבת לצמיתות');
    await office.scrollIntoViewIfNeeded();
    await localPage.screenshot({ path: path.join(SHOTS, 'desk-mode-04-settings-office.png') });
    expect(await seriousViolations(localPage)).toEqual([]);
    await office.getByRole('button', { name: 'ביטול' }).click();
  });

  it('tells one office desk at once that the other saved the same client, and the save then meets the conflict', async () => {
    const clientId = (await clientNames(fresh, freshPage))[0]!;
    for (const [desk, page] of [
      [fresh, freshPage],
      [local!, localPage],
    ] as const) {
      await page.goto(`${desk.url}#/clients/${clientId}/details`);
      await page.getByTestId('file-header').waitFor();
    }
    await fieldOf(localPage, 'יישוב').fill('קריית גת');
    await fieldOf(freshPage, 'יישוב').fill('אשקלון');
    await freshPage.getByRole('button', { name: 'שמירה' }).click();
    await freshPage.getByText('פרטי המבוטח נשמרו').waitFor();

    const notice = localPage.getByTestId('live-change');
    await notice.waitFor();
    expect(await fieldOf(localPage, 'יישוב').inputValue()).toBe('קריית גת');
    await notice.getByRole('button', { name: 'להמשיך עם שלי' }).click();
    await localPage.getByRole('button', { name: 'שמירה' }).click();
    const conflict = localPage.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.locator('tr[data-field="locality"] td').allInnerTexts()).toEqual([
      'יישוב',
      'קריית גת',
      'אשקלון',
    ]);
    await conflict.scrollIntoViewIfNeeded();
    await localPage.screenshot({ path: path.join(SHOTS, 'desk-mode-05-conflict.png') });
  });
});
