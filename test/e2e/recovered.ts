// After the recovery screen let the office back in: sign-in, the owner signs in, the client is there.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fieldOf } from './fields';

export async function ownerFindsClientAfterRecovery(
  page: Page,
  owner: { username: string; password: string },
  client: string,
): Promise<void> {
  await page.getByRole('button', { name: 'המשך לכניסה' }).click();
  await page.getByRole('heading', { name: 'כניסה למיצוי' }).waitFor();
  await fieldOf(page, 'שם משתמש').fill(owner.username);
  await fieldOf(page, 'סיסמה').fill(owner.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
  await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
  await page.getByRole('heading', { name: 'מבוטחים' }).waitFor();
  await expect.poll(() => page.locator('table tbody tr').first().innerText()).toContain(client);
}
