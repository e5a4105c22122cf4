// A session that times out mid-typing: the screen locks, the person signs in again and finds what they typed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validId } from '../support/ids';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { startWebServer, type WebServer } from './server';

const IDLE_SECONDS = 2;

let server: WebServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startWebServer({ MITZUI_IDLE_MINUTES: String(IDLE_SECONDS / 60) });
  const setup = await fetch(`${server.url}api/office.setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      office: { name: 'משרד בדיקה' },
      owner: { fullName: 'יעל כהן', username: 'yael', password: 'Sisma-Aruka-1' },
    }),
  });
  expect(((await setup.json()) as { ok: boolean }).ok).toBe(true);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'he-IL' });
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn() {
  await fieldOf(page, 'שם משתמש').fill('yael');
  await fieldOf(page, 'סיסמה').fill('Sisma-Aruka-1');
  await page.getByRole('button', { name: 'כניסה' }).click();
}

it('keeps a typed client through a session timeout and saves it after signing in again', async () => {
  await page.goto(server.url);
  await logIn();
  await page.getByRole('link', { name: 'הוספת מבוטח' }).click();
  await page.getByRole('heading', { name: 'קליטת מבוטח חדש' }).waitFor();
  const id = validId('27182818');
  await fieldOf(page, 'מספר זהות').fill(id);
  await fieldOf(page, 'שם פרטי').fill('נועה');
  await fieldOf(page, 'שם משפחה').fill('שפירא');
  await fieldOf(page, 'תאריך לידה').fill('14/02/1990');
  await fieldOf(page, 'נקבה').check();
  await walkToTheEventStep();

  // Left alone, the screen locks by itself and the form leaves the screen.
  await page.getByTestId('screen-locked').waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
  expect(await page.getByText('שפירא').count()).toBe(0);

  await logIn();
  await page.getByText('שוחזרה טיוטת קליטה שלא נשמרה').waitFor();
  expect(await fieldOf(page, 'מספר זהות').inputValue()).toBe(id);
  expect(await fieldOf(page, 'שם משפחה').inputValue()).toBe('שפירא');
  expect(await fieldOf(page, 'תאריך לידה').inputValue()).toBe('14/02/1990');
  expect(await fieldOf(page, 'נקבה').isChecked()).toBe(true);

  await walkToTheEventStep();
  await page.getByRole('button', { name: 'שמירת המבוטח וסריקת זכויות' }).click();
  await page.getByText('נועה שפירא נוסף/ה למשרד').waitFor();
  await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
  await expect.poll(() => page.getByTestId('client-count').textContent()).toBe('מבוטח אחד');
});

/** From the identity step through family, work and medical (nothing known yet) to the event step. */
async function walkToTheEventStep() {
  for (const step of ['משפחה ותלויים', 'עבודה והכנסה', 'מצב רפואי', 'האירוע']) {
    await page.getByRole('button', { name: 'הבא' }).click();
    await page.getByRole('heading', { name: step, level: 2, exact: true }).waitFor();
  }
}
