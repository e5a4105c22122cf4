// A Chromium page at 1366×768 in Hebrew and Israel time, signed in through the login screen.
// `now` fixes the page's clock (Date only; timers keep running) for tests whose dates are absolute.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { fieldOf } from './fields';

/** A fresh page at 1366×768 in Hebrew and Israel time. */
export async function hebrewPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
    ...options,
  });
  page.setDefaultTimeout(10_000);
  return page;
}

/**
 * Signs in on the sign-in screen the page shows, and waits for the dashboard — or, for an owner of an
 * office restored here with its recovery key (`renewalOffered`), for the offer of a new one.
 */
export async function signInOn(
  page: Page,
  login: { username: string; password: string },
  { renewalOffered = false } = {},
): Promise<void> {
  await fieldOf(page, 'שם משתמש').fill(login.username);
  await fieldOf(page, 'סיסמה').fill(login.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  await page.getByRole('heading', { name: renewalOffered ? 'מפתח שחזור חדש למשרד' : 'לוח בקרה' }).waitFor();
}

export async function signedInPage(
  browser: Browser,
  url: string,
  login: { username: string; password: string },
  { now, ...options }: BrowserContextOptions & { now?: Date } = {},
): Promise<Page> {
  const page = await hebrewPage(browser, options);
  if (now) await page.clock.setFixedTime(now);
  await page.goto(url);
  await signInOn(page, login);
  return page;
}
