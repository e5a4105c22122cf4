// After the recovery screen let the office back in: sign-in, the owner signs in (and, the store opened
// with the recovery key, puts off the new key offered), the client is there.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { signInOn } from './sign-in';

export async function ownerFindsClientAfterRecovery(
  page: Page,
  owner: { username: string; password: string },
  client: string,
  { renewalOffered = false } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'המשך לכניסה' }).click();
  await page.getByRole('heading', { name: 'כניסה למיצוי' }).waitFor();
  await signInOn(page, owner, { renewalOffered });
  // Opened with the recovery key: a new one is offered first, and may be put off.
  if (renewalOffered) await page.getByRole('button', { name: 'אחר כך' }).click();
  await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
  await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
  await page.getByRole('heading', { name: 'מבוטחים' }).waitFor();
  await expect.poll(() => page.locator('table tbody tr').first().innerText()).toContain(client);
}
