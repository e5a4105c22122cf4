// Moving to the office server on the settings screen, two browser-mode instances on two data folders:
// the desk (a demo office with documents) makes the move package; the new, empty server's owner
// uploads it — first with a wrong passphrase, refused with the reason, then right — and reads the
// verification report. Screenshots go to test-results/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { callApi } from './http-api';
import { SHOTS } from './owner-desk';
import { startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';

const OWNER = { fullName: 'יעל כהן', username: 'yael', password: 'Sisma-Aruka-1' };
const PASSPHRASE = 'משפט-העברה-ארוך-1';

let desk: WebServer;
let server: WebServer;
let browser: Browser;
beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  [desk, server] = await Promise.all([startWebServer({}, (dir) => fillWithDemoOffice(dir, 8, 4)), startWebServer()]);
  await callApi(server.url, null, 'office.setup', { office: { name: 'שרת המשרד' }, owner: OWNER });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all([desk?.stop(), server?.stop()]);
});

it('makes the package on the desk and adopts it, verified, on the empty server', async () => {
  const deskPage = await signedInPage(browser, desk.url, DEMO_LOGIN);
  await deskPage.getByRole('link', { name: 'הגדרות' }).click();
  const deskSection = deskPage.getByTestId('move-desk');
  await deskSection.getByLabel('משפט סיסמה להעברה', { exact: true }).fill(PASSPHRASE);
  await deskSection.getByRole('button', { name: 'יצירת חבילת העברה' }).click();
  await expect.poll(() => deskSection.innerText(), { timeout: 60_000 }).toContain('חבילת ההעברה נוצרה');
  expect(await deskSection.innerText()).toContain('העברת מחשב זה לשרת המשרד');
  await deskSection.scrollIntoViewIfNeeded();
  await deskPage
    .getByRole('region', { name: 'העברה לשרת המשרד' })
    .screenshot({ path: path.join(SHOTS, 'move-01-desk-package.png') });
  const exports = path.join(desk.dataDir, 'exports');
  const made = fs.readdirSync(exports).find((name) => name.endsWith('.zip'))!;

  const page = await signedInPage(browser, server.url, OWNER);
  await page.getByRole('link', { name: 'הגדרות' }).click();
  const section = page.getByTestId('move-server');
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'בחירת חבילת העברה' }).click();
  await (await chooser).setFiles(path.join(exports, made));
  await section.getByLabel('משפט סיסמה להעברה', { exact: true }).fill('משפט-אחר-לגמרי-9');
  await section.getByRole('checkbox').check();
  await section.getByRole('button', { name: 'העלאה ואימות' }).click();
  await expect.poll(() => section.getByRole('alert').innerText(), { timeout: 60_000 }).toContain('משפט הסיסמה שגוי');
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SHOTS, 'move-02-server-refused.png') });

  await section.getByLabel('משפט סיסמה להעברה', { exact: true }).fill(PASSPHRASE);
  await section.getByRole('button', { name: 'העלאה ואימות' }).click();
  const report = section.getByTestId('move-report');
  await report.waitFor({ timeout: 60_000 });
  const text = await report.innerText();
  expect(text).toContain('insured_person');
  expect(text).not.toContain('לא תואם');
  expect(await section.innerText()).toContain('המשרד הועבר לשרת ואומת');
  expect(await seriousViolations(page)).toEqual([]);
  await section.screenshot({ path: path.join(SHOTS, 'move-03-server-report.png') });
}, 180_000);
