// The dashboard, the whole-office rights scan, office admin and settings in real Chromium, on a
// generated demo office: figures on the dashboard, a scan started, watched, stopped and run to the
// end, a staff member added and deactivated, the UI switched to English and back, a backup made.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { startWebServer, type WebServer } from './server';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
/** Enough clients for the scan to take a few seconds, so it can be watched and stopped. */
const CLIENTS = 4000;
/** As the screen writes it, with a thousands separator. */
const SHOWN_CLIENTS = '4,000';

/** "1,250 מתוך 4,000 מבוטחים נסרקו" → 1250. */
function processedOf(progress: string | null): number {
  return Number(/^([\d,]+) מתוך/.exec(progress ?? '')?.[1]?.replace(/,/g, '') ?? 0);
}

let server: WebServer;
let browser: Browser;
let page: Page;

async function screenshot(name: string) {
  await page.screenshot({ path: path.join(shots, `dashboard-${name}.png`), fullPage: true });
}

async function expectAccessible() {
  expect(await seriousViolations(page)).toEqual([]);
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({}, (dir) => fillWithDemoOffice(dir, CLIENTS, 5));
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
  await server?.stop();
});

describe('dashboard, rights scan, admin and settings', () => {
  it('lands on the dashboard after sign-in with the office figures', async () => {
    await page.goto(server.url);
    await fieldOf(page, 'שם משתמש').fill(DEMO_LOGIN.username);
    await fieldOf(page, 'סיסמה').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'כניסה' }).click();
    await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
    await page.getByRole('heading', { name: 'מועדים' }).waitFor();
    // A demo office as of 01/11/2026 seen later has overdue tasks, shown in red with their count.
    expect(Number(await page.getByTestId('overdue-count').textContent())).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'תביעות לפי סטטוס' }).waitFor();
    const statuses = await page.getByTestId('claims-by-status').locator('tr').allTextContents();
    // The active claims by status; the closed ones are counted apart.
    expect(statuses.length).toBe(6);
    expect(statuses[0]).toMatch(/^טיוטה\d+$/);
    expect(await page.getByTestId('active-claims').textContent()).toMatch(/^סה״כ [\d,]+ תביעות פעילות במשרד · ועוד /);
    expect(await page.getByTestId('staff-load').locator('tbody tr').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('consent-total').textContent())
      .toMatch(/^\d{1,3}(,\d{3})* מבוטחים שחסר להם/);
    await page.getByText('עוד לא הורצה סריקת זכויות לכל המשרד').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await screenshot('01-dashboard');
    await expectAccessible();
  });

  it('runs the office rights scan with progress, stops it, then runs it to the end', async () => {
    await page.getByRole('link', { name: 'סריקת זכויות' }).click();
    await page.getByRole('heading', { name: 'סריקת זכויות משרדית' }).waitFor();
    await page.getByRole('button', { name: 'הרצת סריקה לכל המשרד' }).click();
    await expect.poll(() => page.getByTestId('scan-status').textContent()).toBe('הסריקה מתבצעת');
    const progress = page.getByTestId('scan-progress');
    // Stop it once its workers have written a first chunk: the whole scan takes a few seconds.
    await expect
      .poll(async () => processedOf(await progress.textContent()), { interval: 50, timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'עצירת הסריקה' }).click();
    await expect.poll(() => page.getByTestId('scan-status').textContent()).toBe('הסריקה נעצרה לפני סיומה');
    expect(await progress.textContent()).toContain(`מתוך ${SHOWN_CLIENTS} מבוטחים נסרקו`);
    const stoppedAt = processedOf(await progress.textContent());
    expect(stoppedAt).toBeGreaterThan(0);
    expect(stoppedAt).toBeLessThan(CLIENTS);
    await expect.poll(async () => page.getByTestId('findings').locator('tbody tr').count()).toBeGreaterThan(0);

    // Run again and watch the progress move on to the end.
    await page.getByRole('button', { name: 'סריקה חדשה' }).click();
    const seen = new Set<number>();
    await expect
      .poll(
        async () => {
          seen.add(processedOf(await progress.textContent()));
          return page.getByTestId('scan-status').textContent();
        },
        { timeout: 120_000, interval: 100 },
      )
      .toBe('הסריקה הושלמה');
    expect([...seen].some((processed) => processed > 0 && processed < CLIENTS)).toBe(true);
    expect(await progress.textContent()).toBe(`${SHOWN_CLIENTS} מתוך ${SHOWN_CLIENTS} מבוטחים נסרקו`);

    // The result list, largest estimate first; sorting by client flips the order marker.
    const rows = page.getByTestId('findings').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    expect(await page.getByTestId('findings-count').textContent()).toMatch(/^\d{1,3}(,\d{3})* ממצאים$/);
    const amounts = (await rows.locator('td:nth-child(5)').allTextContents()).map(
      (text) => Number(text.replace(/[^\d.]/g, '')) || 0,
    );
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(await rows.first().textContent()).toContain('לא נתבעה');
    // A "maybe" ranks by what it is worth at best, says so, and names the fact that would settle it.
    const maybe = rows.filter({ has: page.getByTestId('settle') }).first();
    expect(await maybe.locator('td:nth-child(5)').textContent()).toMatch(/^עד /);
    expect(await maybe.getByTestId('settle').textContent()).toMatch(/^מה שיכריע: [^a-z]+/);
    await page.getByRole('button', { name: 'מיון לפי מבוטח' }).click();
    await expect.poll(() => page.locator('th[aria-sort="ascending"]').textContent()).toContain('מבוטח');
    await screenshot('03-scan-results');
    await expectAccessible();

    const first = rows.first().getByRole('link');
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^#\/clients\/\d+\/rights$/);
  });

  it('shows the scan on the dashboard: how many clients may be entitled to what', async () => {
    await page.getByRole('link', { name: 'לוח בקרה' }).click();
    const highlights = page.getByTestId('scan-highlights');
    await highlights.waitFor();
    expect(await highlights.textContent()).toMatch(/\d{1,3}(,\d{3})* מבוטחים (עשויים להיות זכאים|שייתכן שזכאים)/);
    await highlights.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'סריקת זכויות משרדית' }).waitFor();
    expect(page.url()).toMatch(/#\/scan\?calculator=/);
  });

  it('lets the owner add a staff member and deactivate them', async () => {
    await page.getByRole('link', { name: 'ניהול המשרד' }).click();
    await page.getByRole('heading', { name: 'ניהול המשרד' }).waitFor();
    await page.getByRole('button', { name: 'הוספת איש צוות' }).click();
    const dialog = page.getByRole('dialog');
    await fieldOf(page, 'שם מלא').fill('נועה ברק');
    await fieldOf(page, 'שם משתמש').fill('noa');
    await fieldOf(page, 'סיסמה ראשונית').fill('short');
    await dialog.getByRole('button', { name: 'שמירה' }).click();
    await dialog.getByText('סיסמה: יש להקליד לפחות 10 תווים').waitFor();
    await fieldOf(page, 'סיסמה ראשונית').fill('Noa-Barak-2026');
    await dialog.getByRole('button', { name: 'שמירה' }).click();
    await page.getByText('איש הצוות נוסף').waitFor();
    const row = page.getByTestId('staff-table').locator('tr', { hasText: 'נועה ברק' });
    await expect.poll(() => row.textContent()).toContain('פעיל');
    await screenshot('04-admin');
    await expectAccessible();

    await page.getByRole('button', { name: 'איפוס הסיסמה של נועה ברק' }).click();
    await fieldOf(page, 'סיסמה חדשה').fill('Noa-New-Pass-1');
    await page.getByRole('dialog').getByRole('button', { name: 'שמירה' }).click();
    await page.getByText('הסיסמה אופסה').waitFor();

    await fieldOf(page, 'טלפון המשרד').fill('03-6091234');
    await page.getByRole('button', { name: 'שמירת פרטי המשרד' }).click();
    await page.getByText('פרטי המשרד נשמרו').waitFor();
    expect(await fieldOf(page, 'טלפון המשרד').inputValue()).toBe('03-6091234');

    await page.getByRole('button', { name: 'השבתת נועה ברק' }).click();
    await page.getByRole('button', { name: 'כן, להשבית' }).click();
    await expect.poll(() => row.textContent()).toContain('מושבת');
  });

  it('switches the interface to English (left to right) and back, and makes a backup', async () => {
    await page.getByRole('link', { name: 'הגדרות' }).click();
    await page.getByRole('heading', { name: 'הגדרות' }).waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot('05-settings-english');
    // The choice is remembered.
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.getByText('עברית', { exact: true }).click();
    await page.getByRole('heading', { name: 'הגדרות' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    await page.getByText(server.dataDir, { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'גיבוי עכשיו' }).click();
    // Named by when it was taken, in Israel time (the file name keeps UTC).
    await page.getByText(/^הגיבוי נשמר — \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('backups').locator('tbody tr', { hasText: 'ביוזמת המשרד' }).count())
      .toBe(1);
    await screenshot('06-settings');
    await expectAccessible();
  });

  it('shows office staff no action they may not take', async () => {
    await page.getByRole('button', { name: 'יציאה' }).click();
    await fieldOf(page, 'שם משתמש').fill(`${DEMO_LOGIN.username}.clerk1`);
    await fieldOf(page, 'סיסמה').fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: 'כניסה' }).click();
    await page.getByRole('link', { name: 'לוח בקרה' }).waitFor();
    expect(await page.getByRole('link', { name: 'ניהול המשרד' }).count()).toBe(0);
    await page.getByRole('link', { name: 'סריקת זכויות' }).click();
    await page.getByTestId('scan-status').waitFor();
    expect(await page.getByRole('button', { name: /סריקה/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'הגדרות' }).click();
    await page.getByRole('heading', { name: 'שפת הממשק' }).waitFor();
    expect(await page.getByRole('button', { name: 'גיבוי עכשיו' }).count()).toBe(0);
  });
});
