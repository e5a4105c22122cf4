// A Chromium page at desk size, Hebrew and Israel time, signed in through the login screen.
import type { Browser, Page } from 'playwright-core';
import { fieldOf } from './fields';

export async function signedInPage(browser: Browser, serverUrl: string, user: { username: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'he-IL', timezoneId: 'Asia/Jerusalem' });
  page.setDefaultTimeout(10_000);
  await page.goto(serverUrl);
  await fieldOf(page, 'שם משתמש').fill(user.username);
  await fieldOf(page, 'סיסמה').fill(user.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
  return page;
}
