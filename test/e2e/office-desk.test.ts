// One office server and two `--office` desks in Chromium: a desk pairs with the console's code (and
// shows the same fingerprint), signs in and opens a client through the forward; the owner lists the
// desk and opens a pairing window, whose code pairs a second desk, which sees the first one's claim
// move on its board without a reload; a note typed while the server restarts is kept; the server
// going away shows the calm banner, and coming back with another certificate blocks the desk.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN } from '../support/demo';
import { fillWithLeanOffice } from '../support/lean-office';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { SHOTS } from './owner-desk';
import { pairFromConsole } from './server-console';
import { startEntry, startWebServer, type WebServer } from './server';

let server: WebServer;
let desk: WebServer;
let secondDesk: WebServer | undefined;
let browser: Browser;
let page: Page;
/** The code the owner's pairing window showed, for the second desk. */
let secondCode: string;

beforeAll(async () => {
  server = await startEntry('server', [], /https:\/\/127\.0\.0\.1:\d+\//, {}, (dataDir) =>
    fillWithLeanOffice(dataDir, 40, 5),
  );
  desk = await startWebServer({}, undefined, ['--office', server.url]);
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
  });
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await secondDesk?.stop();
  await desk?.stop();
  await server?.stop();
});

describe('a desk on the office server', () => {
  it('pairs, signs in, opens a client; the owner sees it among the paired desks', async () => {
    await page.goto(desk.url);
    await page.getByRole('heading', { name: 'התחברות לשרת המשרד' }).waitFor();
    const { code, fingerprint } = pairFromConsole(server.dataDir);
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
    secondCode = (await page.getByTestId('pairing-code').textContent()) ?? '';
    await page.screenshot({ path: `${SHOTS}office-pairing-window.png` });
    await page.getByRole('dialog').getByRole('button', { name: 'סגירה' }).last().click();
  });

  it("shows one desk's claim move on another desk's board without a reload", async () => {
    secondDesk = await startWebServer({}, undefined, ['--office', server.url]);
    const clerk = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      locale: 'he-IL',
      timezoneId: 'Asia/Jerusalem',
    });
    clerk.setDefaultTimeout(15_000);
    await clerk.goto(secondDesk.url);
    await fieldOf(clerk, 'קוד הצירוף').fill(secondCode);
    await fieldOf(clerk, 'שם המחשב').fill('עמדת מזכירות');
    await clerk.getByRole('button', { name: 'צירוף המחשב' }).click();
    await clerk.getByRole('button', { name: 'הטביעות זהות, להמשיך' }).click();
    await fieldOf(clerk, 'שם משתמש').fill('demo.clerk1');
    await fieldOf(clerk, 'סיסמה').fill(DEMO_LOGIN.password);
    await clerk.getByRole('button', { name: 'כניסה' }).click();
    await clerk.getByRole('heading', { name: 'לוח בקרה' }).waitFor();

    // The owner, at the first desk, opens a claim through that desk's forward.
    const ownerToken = (await page.evaluate(() => sessionStorage.getItem('mitzui.session'))) as string;
    const clientId = (await callApi(desk.url, ownerToken, 'clients.search', {})).rows[0]!.id;
    const claim = await callApi(desk.url, ownerToken, 'claims.create', { clientId, benefit: 'general_disability' });
    await clerk.getByRole('link', { name: 'תביעות', exact: true }).click();
    const card = (status: string) => clerk.getByTestId(`column-${status}`).getByTestId(`claim-card-${claim.id}`);
    await card('draft').waitFor();
    await clerk.evaluate(() => Object.assign(window, { stayedOpen: true }));
    await callApi(desk.url, ownerToken, 'claims.transition', { id: claim.id, version: claim.version, to: 'ready' });
    await card('ready').waitFor();
    expect(await clerk.evaluate(() => (window as { stayedOpen?: boolean }).stayedOpen)).toBe(true);
    await clerk.close();
  });

  it("tells a browser opened on the server's own address to work from a paired desk", async () => {
    const direct = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      locale: 'he-IL',
      ignoreHTTPSErrors: true,
    });
    await direct.goto(server.url);
    await direct.getByRole('heading', { name: 'שרת המשרד' }).waitFor();
    await direct.screenshot({ path: `${SHOTS}office-server-itself.png` });
    expect(await direct.getByText('npm run server -- pair', { exact: false }).count()).toBe(1);
    await direct.close();
  });

  it('keeps a note being typed while the server restarts: sign in again, and it is still there to save', async () => {
    const clientId = (
      await callApi(
        desk.url,
        (await page.evaluate(() => sessionStorage.getItem('mitzui.session'))) as string,
        'clients.search',
        {},
      )
    ).rows[0]!.id;
    await page.goto(`${desk.url}#/clients/${clientId}/notes`);
    const note = 'שוחחתי עם המבוטחת, היא תביא את סיכום האשפוז ביום ראשון';
    await fieldOf(page, 'הערה חדשה').fill(note);
    await server.halt();
    server = await startEntry(
      'server',
      ['--port', new URL(server.url).port],
      /https:\/\/127\.0\.0\.1:\d+\//,
      {},
      undefined,
      server.dataDir,
    );
    // The server's sessions went with it: saving asks to sign in again, and what was typed waits.
    await page.getByRole('button', { name: 'הוספת הערה' }).click();
    await fieldOf(page, 'שם משתמש').fill(DEMO_LOGIN.username);
    await fieldOf(page, 'סיסמה').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'כניסה' }).click();
    await expect.poll(() => fieldOf(page, 'הערה חדשה').inputValue()).toBe(note);
    await page.getByRole('button', { name: 'הוספת הערה' }).click();
    await page.getByText(note).waitFor();
    expect(await fieldOf(page, 'הערה חדשה').inputValue()).toBe('');
  });

  it('shows a calm banner, not an error page, when the server is gone', async () => {
    await server.halt();
    await page.goto(`${desk.url}#/clients`);
    await page.getByTestId('server-unreachable').waitFor();
    await page.screenshot({ path: `${SHOTS}office-server-unreachable.png` });
    expect(await page.getByTestId('server-unreachable').textContent()).toContain('אין כרגע חיבור לשרת המשרד');
  });

  it('blocks the desk with a warning when the server comes back with another certificate', async () => {
    fs.rmSync(path.join(server.dataDir, 'server'), { recursive: true, force: true });
    server = await startEntry(
      'server',
      ['--port', new URL(server.url).port],
      /https:\/\/127\.0\.0\.1:\d+\//,
      {},
      undefined,
      server.dataDir,
    );
    await page.goto(`${desk.url}#/clients`);
    const warning = page.getByTestId('certificate-changed');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('תעודת האבטחה של שרת המשרד השתנתה');
    await page.screenshot({ path: `${SHOTS}office-certificate-changed.png` });
  });
});
