// The walking skeleton as a person uses it, in real Chromium against browser mode:
// setup → login (the recovery key put off) → take in a client with a wrong ID → fix it → find the client by name and by ID.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidId, validId } from '../support/ids';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { startWebServer, type WebServer } from './server';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const ID_FIRST8 = '31415926';

let server: WebServer;
let browser: Browser;
let page: Page;

function field(label: string) {
  return fieldOf(page, label);
}

async function screenshot(name: string) {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer();
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
  });
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('walking skeleton in Chromium', () => {
  it('sets up the office on first run', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: 'ברוכים הבאים למיצוי' }).waitFor();
    // The first-run choice: an office of its own on this computer, or a desk of the office server.
    await page.getByRole('button', { name: 'התחברות לשרת המשרד' }).waitFor();
    await screenshot('00-first-run-choice');
    await page.getByRole('button', { name: 'משרד חדש על המחשב הזה' }).click();
    await field('שם המשרד').fill('משרד לוינסון ושות׳');
    await field('כתובת').fill('שדרות רוטשילד 22, תל אביב');
    await field('טלפון המשרד').fill('03-6091234');
    await field('שם מלא').fill('עו״ד מיכל לוינסון');
    await field('מספר רישיון עורך דין').fill('61234');
    await field('שם משתמש').fill('michal');
    await field('סיסמה').fill('Sod-Gadol-2026');
    await field('אימות סיסמה').fill('Sod-Gadol-2027');
    await page.getByRole('button', { name: 'יצירת המשרד' }).click();
    await expect.poll(() => page.getByText('הסיסמאות אינן זהות').isVisible()).toBe(true);
    await screenshot('01-setup');
    await field('אימות סיסמה').fill('Sod-Gadol-2026');
    await page.getByRole('button', { name: 'יצירת המשרד' }).click();
    await page.getByRole('heading', { name: 'כניסה למיצוי' }).waitFor();
  });

  it('refuses a wrong password, then logs in', async () => {
    await field('שם משתמש').fill('michal');
    await field('סיסמה').fill('wrong-password');
    await page.getByRole('button', { name: 'כניסה' }).click();
    await page.getByText('שם המשתמש או הסיסמה שגויים').waitFor();
    await screenshot('02-login');
    await field('סיסמה').fill('Sod-Gadol-2026');
    await page.getByRole('button', { name: 'כניסה' }).click();
    // A new office's owner is offered the recovery key first; put off, the dashboard reminds them.
    await page.getByRole('heading', { name: 'מפתח השחזור של המשרד' }).waitFor();
    await screenshot('02-recovery-key-offer');
    await page.getByRole('button', { name: 'אחר כך' }).click();
    await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
    await page.getByTestId('recovery-key-reminder').waitFor();
    await expect.poll(() => page.getByTestId('office-name').textContent()).toBe('משרד לוינסון ושות׳');
    await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
    await page.getByRole('heading', { name: 'מבוטחים' }).waitFor();
    await page.getByText('אין עדיין מבוטחים').waitFor();
  });

  it('shows the Hebrew ID error next to the field, then saves once it is fixed', async () => {
    await page.getByRole('link', { name: 'הוספת מבוטח' }).click();
    await page.getByRole('heading', { name: 'קליטת מבוטח חדש' }).waitFor();
    await field('מספר זהות').fill(invalidId(ID_FIRST8));
    await field('שם פרטי').fill('אברהם');
    await field('שם משפחה').fill('בן-דוד');
    await field('שם פרטי באותיות לועזיות').fill('Avraham');
    await field('שם משפחה באותיות לועזיות').fill('Ben-David');
    await field('תאריך לידה').fill('03/11/1961');
    await field('זכר').check();
    await field('טלפון נייד').fill('052-3456789');
    await field('יישוב').fill('באר שבע');
    await field('מצב משפחתי').and(page.locator('input')).click();
    await page.getByRole('option', { name: 'נשוי/אה' }).click();
    await page.getByRole('button', { name: 'הבא' }).click();

    const idField = field('מספר זהות');
    await expect.poll(() => idField.getAttribute('aria-invalid')).toBe('true');
    const errorId = await idField.getAttribute('aria-describedby');
    const describedBy = await page
      .locator(`[id="${errorId?.split(' ').find((id) => id.includes('error'))}"]`)
      .textContent();
    expect(describedBy).toBe('מספר הזהות אינו תקין — ספרת הביקורת אינה מתאימה');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await screenshot('03-client-form-error');

    await idField.fill(validId(ID_FIRST8));
    // Family, work and income, medical: nothing known yet; the client is saved on the event step.
    for (const step of ['משפחה ותלויים', 'עבודה והכנסה', 'מצב רפואי', 'האירוע']) {
      await page.getByRole('button', { name: 'הבא' }).click();
      await page.getByRole('heading', { name: step, level: 2, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'שמירת המבוטח וסריקת זכויות' }).click();
    await page.getByText('אברהם בן-דוד נוסף/ה למשרד').waitFor();
    await page.getByTestId('intake-rights').waitFor();
    await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
    await page.getByRole('heading', { name: 'מבוטחים' }).waitFor();
    await expect.poll(() => page.getByTestId('client-count').textContent()).toBe('מבוטח אחד');
  });

  it('finds the client by part of the name and by ID, with digits kept in order', async () => {
    const search = page.getByRole('textbox', { name: 'חיפוש לפי שם, ת.ז., טלפון או מספר תיק' });
    const rows = page.locator('table tbody tr');

    await search.fill('דוד');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().innerText()).toContain('בן-דוד אברהם');

    await search.fill('אין-כזה');
    await page.getByText('לא נמצאו מבוטחים התואמים את החיפוש').waitFor();

    await search.fill(ID_FIRST8.slice(0, 6));
    await expect.poll(() => rows.count()).toBe(1);
    const idCell = rows.first().locator('td').nth(1);
    expect(await idCell.innerText()).toBe(validId(ID_FIRST8));
    expect(await idCell.locator('bdi').getAttribute('dir')).toBe('ltr');
    expect(await rows.first().locator('td').nth(2).innerText()).toBe('03/11/1961');
    expect(await rows.first().locator('td').nth(4).innerText()).toBe('052-3456789');
    await screenshot('04-client-list');
  });

  it('opens the client from the global search and edits them', async () => {
    const global = page.getByRole('combobox', { name: 'חיפוש מבוטח לפי שם, ת.ז. או טלפון' });
    await page.keyboard.press('Control+K');
    await expect.poll(() => global.evaluate((el) => el === document.activeElement)).toBe(true);
    await global.fill('Ben-David');
    await global.press('Enter');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: 'בן-דוד אברהם' }).click();
    await page.getByRole('heading', { name: 'אברהם בן-דוד' }).waitFor();
    // The file opens on its summary; the details are edited on their own tab.
    await page.getByTestId('client-summary').waitFor();
    await page.getByRole('tab', { name: 'פרטים' }).click();
    expect(await field('תאריך לידה').inputValue()).toBe('03/11/1961');
    expect(await field('יישוב').inputValue()).toBe('באר שבע');
    expect(await field('מצב משפחתי').and(page.locator('input')).inputValue()).toBe('נשוי/אה');
    await field('דואר אלקטרוני').fill('avraham@example.co.il');
    await page.getByRole('button', { name: 'שמירה' }).click();
    await page.getByText('פרטי המבוטח נשמרו').waitFor();
    await screenshot('05-client-edit');
  });

  it('logs out back to the login screen', async () => {
    await page.getByRole('button', { name: 'יציאה' }).click();
    await page.getByRole('heading', { name: 'כניסה למיצוי' }).waitFor();
  });
});
