// Two-step verification in the browser: the owner turns it on in settings (QR code and key, a code to
// confirm, recovery codes shown once), the next sign-in asks for a code, a recovery code gets in, and
// the office-wide requirement is a switch on the admin screen.
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { fieldOf } from './fields';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const OWNER = { username: 'gil', password: 'Shtei-Shlavim-2026' };
let desk: OwnerDesk;
let page: Page;
const shots = SHOTS;

beforeAll(async () => {
  desk = await openOwnerDesk('משרד גיל לזכויות', { fullName: 'עו״ד גיל אורן', ...OWNER });
  ({ page } = desk);
});

afterAll(() => desk?.close());

const screenshot = (name: string) =>
  page.screenshot({ path: path.join(shots, `second-factor-${name}.png`), fullPage: true });

it('turns two-step verification on from settings and signs in with a recovery code', async () => {
  await page.getByRole('link', { name: 'הגדרות' }).click();
  const section = page.getByRole('region', { name: 'אימות דו-שלבי' });
  await section.getByText('האימות הדו-שלבי כבוי').waitFor();
  await section.getByRole('button', { name: 'הפעלת אימות דו-שלבי' }).click();
  await section.getByRole('img', { name: 'קוד QR להגדרת יישומון האימות' }).waitFor();
  await screenshot('01-enrol');
  expect(await seriousViolations(page)).toEqual([]);

  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  await fieldOf(page, 'קוד אימות').fill('123');
  await section.getByRole('button', { name: 'הפעלה' }).click();
  await section.getByText('קוד האימות: יש להקליד 6 ספרות מהיישומון או קוד שחזור').waitFor();
  await fieldOf(page, 'קוד אימות').fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
  await section.getByRole('button', { name: 'הפעלה' }).click();
  const codes = page.getByTestId('recovery-codes');
  await codes.waitFor();
  const recovery = (await codes.innerText()).split(/\s+/).filter(Boolean);
  expect(recovery).toHaveLength(10);
  await screenshot('02-recovery-codes');
  expect(await seriousViolations(page)).toEqual([]);
  await section.getByRole('button', { name: 'שמרתי את הקודים, להמשיך' }).click();
  await section.getByText('האימות הדו-שלבי פעיל. נותרו 10 קודי שחזור.').waitFor();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(recovery[0]);

  await page.getByRole('button', { name: 'יציאה' }).click();
  await fieldOf(page, 'שם משתמש').fill(OWNER.username);
  await fieldOf(page, 'סיסמה').fill(OWNER.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  await page.getByRole('heading', { name: 'אימות דו-שלבי' }).waitFor();
  await screenshot('03-second-step');
  await fieldOf(page, 'קוד אימות').fill('000000');
  await page.getByRole('button', { name: 'אימות וכניסה' }).click();
  await page.getByText('קוד האימות שגוי').waitFor();
  await fieldOf(page, 'קוד אימות').fill(recovery[0]!);
  await page.getByRole('button', { name: 'אימות וכניסה' }).click();
  await page.getByRole('heading', { name: 'הגדרות', level: 2 }).waitFor(); // signed in, where it was
  await page.getByText('נותרו 9 קודי שחזור').waitFor();
});

it('lets the owner require a second factor of everyone from the admin screen', async () => {
  await page.getByRole('link', { name: 'ניהול המשרד' }).click();
  const section = page.getByRole('region', { name: 'כניסה למערכת' });
  await section.getByText('אין כרגע חסימות כניסה').waitFor();
  await section.getByRole('switch', { name: 'לחייב אימות דו-שלבי בכניסה של כל אנשי הצוות' }).click({ force: true });
  await page.getByText('מעכשיו כל כניסה דורשת אימות דו-שלבי').waitFor();
  expect(await section.getByRole('switch').isChecked()).toBe(true);
  await section.screenshot({ path: path.join(shots, 'second-factor-04-admin.png') });
});
