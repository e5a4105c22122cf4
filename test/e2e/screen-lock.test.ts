// A desk left alone: after the idle minutes the screen locks by itself — no click — and a client's
// medical tab is no longer on it; signing out clears what was typed in forms, so the next person at
// that tab does not see it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { startWebServer, type WebServer } from './server';

const IDLE_SECONDS = 3;
const OWNER = { username: 'yael', password: 'Sisma-Aruka-1' };
const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));

let server: WebServer;
let browser: Browser;
let page: Page;
let clientId: number;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({ MITZUI_IDLE_MINUTES: String(IDLE_SECONDS / 60) });
  await callApi(server.url, null, 'office.setup', {
    office: { name: 'משרד בדיקה' },
    owner: { fullName: 'יעל כהן', ...OWNER },
  });
  const { token } = signedIn(await callApi(server.url, null, 'auth.login', OWNER));
  const client = await callApi(server.url, token, 'clients.create', {
    idNumber: validId('31415926'),
    firstNameHe: 'אורית',
    lastNameHe: 'זיידמן',
    birthDate: '1975-05-05',
    sex: 'female',
  });
  clientId = client.id;
  await callApi(server.url, token, 'medical.create', {
    clientId,
    committeeKind: 'first_tier',
    committeeDate: '2025-11-03',
    weightedPercent: 47,
    incapacityPercent: null,
    mobilityLimitationPercent: null,
  });
  browser = await launchChromium();
});

async function freshTab(): Promise<Page> {
  const tab = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
  });
  tab.setDefaultTimeout(10_000);
  return tab;
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn() {
  await fieldOf(page, 'שם משתמש').fill(OWNER.username);
  await fieldOf(page, 'סיסמה').fill(OWNER.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
}

it('locks the screen on idle with no click, hiding the client’s medical tab until signing in again', async () => {
  page = await freshTab();
  await page.goto(`${server.url}#/clients/${clientId}/medical`);
  await logIn();
  await page.getByRole('heading', { name: 'אורית זיידמן' }).waitFor();
  await page.getByText('47%').first().waitFor();

  // Nobody touches the page: no click, no key, no API call from the test.
  await page.getByTestId('screen-locked').waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
  expect(await page.getByText('זיידמן').count()).toBe(0);
  expect(await page.getByText('47%').count()).toBe(0);
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('אורית');
  expect(await fieldOf(page, 'שם משתמש').inputValue()).toBe('yael');
  await page.screenshot({ path: path.join(shots, 'screen-lock-01-locked.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await fieldOf(page, 'סיסמה').fill(OWNER.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  await page.getByRole('heading', { name: 'אורית זיידמן' }).waitFor(); // back where it was
});

it('clears form drafts at sign-out, so the next sign-in at this tab does not see them', async () => {
  page = await freshTab();
  await page.goto(`${server.url}#/clients/new`);
  await logIn();
  await page.getByRole('heading', { name: 'קליטת מבוטח חדש' }).waitFor();
  await fieldOf(page, 'מספר זהות').fill(validId('27182818'));
  await fieldOf(page, 'שם משפחה').fill('טיוטה-סודית');
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('mitzui.draft.')).length),
    )
    .toBeGreaterThan(0);

  await page.getByRole('button', { name: 'יציאה' }).click();
  await fieldOf(page, 'שם משתמש').waitFor();
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('mitzui.draft.'))),
  ).toEqual([]);

  await logIn(); // the same address: the intake form again, empty
  await page.getByRole('heading', { name: 'קליטת מבוטח חדש' }).waitFor();
  expect(await page.getByText('שוחזרה טיוטת קליטה שלא נשמרה').count()).toBe(0);
  expect(await fieldOf(page, 'שם משפחה').inputValue()).toBe('');
});
