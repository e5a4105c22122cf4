// The board, the counts and the fee agreement in real Chromium against browser mode: claims made
// through the HTTP API; the board leads each column with the claim that has waited longest, shows a
// long name whole and no days for a closed claim; the counts are of active claims; the dashboard's
// chart counts in whole numbers; a fee agreement over the caps names every field over its cap and
// offers no signature until the terms are within them; backups are named by their Israel time; and
// no screen-reader label or tooltip on the screens visited is in English.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { Benefit, ClaimStatus } from '../../shared/domain/enums';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';
import { drawSignature } from './signing';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const OWNER = { username: 'rina', password: 'Lo-Yoter-Mehatikra-2026' };
const LONG_NAME = 'עבד אל-רחמן מוחמד אבו-גוש אל-חטיב';

let server: WebServer;
let browser: Browser;
let page: Page;
let token: string;
const claims: Partial<Record<'waitedLongest' | 'waitedLess' | 'closed', number>> = {};
let clientId: number;

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(server.url, token, name, input);

async function screenshot(name: string) {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

async function claimTo(client: number, benefit: Benefit, path: ClaimStatus[]) {
  let claim = await api('claims.create', { clientId: client, benefit });
  for (const to of path)
    claim = await api('claims.transition', {
      id: claim.id,
      version: claim.version,
      to,
      reason: to === 'closed' ? 'המבוטח ויתר' : null,
    });
  return claim;
}

const benefitsField = () => fieldOf(page, 'גמלאות').and(page.locator('input:not([type="hidden"])'));

/** Aria-labels and titles on the page with a word in Latin letters (a label left in English). */
async function englishLabels(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [title]')]
      .flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title')])
      .filter((text): text is string => !!text && /[A-Za-z]{3,}/.test(text.replace(/SHA-256|PDF/g, ''))),
  );
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer();
  await callApi(server.url, null, 'office.setup', {
    office: { name: 'משרד לוי לזכויות', address: 'רחוב יפו 97, ירושלים', phone: '02-6251234' },
    owner: { fullName: 'עו״ד רינה לוי', licenseNumber: '55123', ...OWNER },
  });
  token = signedIn(await callApi(server.url, null, 'auth.login', OWNER)).token;
  const person = async (first8: string, first: string, last: string) =>
    (
      await api('clients.create', {
        idNumber: validId(first8),
        firstNameHe: first,
        lastNameHe: last,
        birthDate: '1970-05-05',
        sex: 'male',
      })
    ).id;
  clientId = await person('21436587', 'יעל', 'מזרחי');
  const longNamed = await person('32547698', 'עבד אל-רחמן מוחמד', 'אבו-גוש אל-חטיב');
  // Both made first, then moved to 'ready' in this order: the first moved has waited longest there.
  const first = await api('claims.create', { clientId, benefit: 'general_disability' });
  const second = await api('claims.create', { clientId: longNamed, benefit: 'mobility' });
  claims.waitedLongest = (await api('claims.transition', { id: first.id, version: first.version, to: 'ready' })).id;
  claims.waitedLess = (await api('claims.transition', { id: second.id, version: second.version, to: 'ready' })).id;
  claims.closed = (await claimTo(longNamed, 'special_services', ['closed'])).id;
  await claimTo(clientId, 'work_injury', []);
  browser = await launchChromium();
  page = await signedInPage(browser, server.url, OWNER);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the board, the counts and the fee agreement in Chromium', () => {
  it('asks for the password with a Hebrew label on its show/hide button', async () => {
    const login = await browser.newPage({ locale: 'he-IL' });
    await login.goto(server.url);
    await fieldOf(login, 'סיסמה').waitFor();
    const labels = await login.evaluate(() =>
      [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')),
    );
    expect(labels).toContain('הצגת הסיסמה או הסתרתה');
    expect(labels.filter((label) => /[A-Za-z]{3,}/.test(label ?? ''))).toEqual([]);
    await login.close();
  });

  it('leads each column with the longest-waiting claim, shows names whole and no days for a closed claim', async () => {
    await page.getByRole('link', { name: 'תביעות', exact: true }).click();
    const ready = page.getByTestId('column-ready');
    await ready.getByText(LONG_NAME).waitFor();
    const cards = await ready
      .locator('[data-testid^="claim-card-"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
    expect(cards).toEqual([`claim-card-${claims.waitedLongest}`, `claim-card-${claims.waitedLess}`]);

    // The name and the column totals are whole: nothing cut off or ellipsised.
    const clipped = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((els) =>
          els
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
            .map((el) => el.textContent),
        );
    expect(await clipped(`[data-testid="claim-card-${claims.waitedLess}"] a`)).toEqual([]);
    expect(await clipped('[data-testid^="column-"] .mantine-Badge-label')).toEqual([]);

    const closed = page.getByTestId(`claim-card-${claims.closed}`);
    await closed.waitFor();
    expect(await closed.innerText()).not.toMatch(/בסטטוס|היום/);
    expect(await ready.innerText()).toMatch(/עברה לסטטוס היום/);
    // Four claims, one closed: the page counts three active ones.
    await expect
      .poll(() => page.getByTestId('claim-count').textContent())
      .toBe('3 תביעות פעילות · ועוד תביעה סגורה אחת');
    await screenshot('board-01-longest-waiting');
    expect(await englishLabels()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows no days in status for the closed claim in the list either', async () => {
    await page.goto(`${server.url}#/claims?view=list`);
    const table = page.getByRole('table', { name: 'רשימת התביעות' });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    const header = await table.locator('thead th').allInnerTexts();
    const days = header.findIndex((text) => text.includes('ימים בסטטוס'));
    expect(days).toBeGreaterThan(-1);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll(
        (trs, i) => trs.map((tr) => [tr.textContent ?? '', tr.children[i]?.textContent ?? ''] as const),
        days,
      );
    expect(rows.filter(([text]) => text.includes('סגורה')).map(([, cell]) => cell)).toEqual(['']);
    expect(rows.filter(([text]) => !text.includes('סגורה')).map(([, cell]) => cell)).toEqual(['0', '0', '0']);
  });

  it('counts the active claims on the dashboard and draws the chart in whole numbers', async () => {
    await page.getByRole('link', { name: 'לוח בקרה' }).click();
    await page.getByRole('heading', { name: 'תביעות לפי סטטוס' }).waitFor();
    await expect
      .poll(() => page.getByTestId('active-claims').textContent())
      .toBe('סה״כ 3 תביעות פעילות במשרד · ועוד תביעה סגורה אחת');
    const rows = await page.getByTestId('claims-by-status').locator('tr').allTextContents();
    expect(rows).toEqual(['טיוטה1', 'מוכנה להגשה2', 'הוגשה0', 'בוועדה0', 'התקבלה החלטה0', 'בערעור0']);
    const ticks = page.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await ticks.first().waitFor();
    const values = await ticks.allTextContents();
    expect(values.length).toBeGreaterThan(1);
    expect(values.filter((value) => !/^\d+$/.test(value))).toEqual([]);
    await screenshot('board-02-dashboard');
  });

  it('refuses a fee agreement over the caps before the signature, naming every field over its cap', async () => {
    await page.goto(`${server.url}#/clients/${clientId}/paperwork`);
    await page.getByRole('button', { name: 'הסכם שכר טרחה' }).click();
    const dialog = page.getByRole('dialog', { name: 'הסכם שכר טרחה' });
    await dialog.waitFor();
    // The caps in force today, for a lawyer who also represents at the committees.
    await dialog.getByText('עד 907.00 ₪ — התקרה לפי תיקון 161').waitFor();
    await dialog.getByText(/^עד 12\.75% — התקרה לעורך דין/).waitFor();

    await fieldOf(page, 'דמי פתיחת תיק (₪)').fill('1500');
    await fieldOf(page, 'שכר טרחה בהצלחה (%)').fill('20');
    const problems = dialog.getByTestId('fee-terms-problems');
    await expect
      .poll(() => problems.locator('li').allInnerTexts())
      .toEqual([
        'יש לבחור לפחות גמלה אחת',
        'דמי פתיחת תיק גבוה מהתקרה המותרת לפי תיקון 161 (907.00 ₪)',
        'שכר טרחה באחוזים גבוה מהתקרה המותרת לפי תיקון 161 (12.75%)',
      ]);
    // Each field over its cap says so under itself, as it is typed.
    expect(await fieldOf(page, 'דמי פתיחת תיק (₪)').getAttribute('aria-invalid')).toBe('true');
    expect(await fieldOf(page, 'שכר טרחה בהצלחה (%)').getAttribute('aria-invalid')).toBe('true');
    // The signature step is not there to reach, and the preview is not shown either.
    expect(await dialog.getByRole('button', { name: 'חתימה ושמירה' }).count()).toBe(0);
    expect(await dialog.getByTestId('signature-pad').count()).toBe(0);
    await dialog.getByRole('button', { name: 'תצוגה מקדימה' }).click();
    await expect.poll(() => benefitsField().getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByTestId('paper-preview').count()).toBe(0);
    await screenshot('fees-01-over-the-caps');
    expect(await englishLabels()).toEqual([]);

    // Without the information sheet the percent cap is 85% of it.
    await dialog.getByRole('checkbox', { name: 'דף המידע על הגבלת שכר הטרחה נמסר למבוטח' }).uncheck();
    await dialog.getByText(/^עד 10\.83% — 85% מהתקרה/).waitFor();
    await fieldOf(page, 'דמי פתיחת תיק (₪)').fill('907');
    await fieldOf(page, 'שכר טרחה בהצלחה (%)').fill('10.84');
    await expect
      .poll(() => problems.locator('li').allInnerTexts())
      .toEqual([
        'יש לבחור לפחות גמלה אחת',
        'שכר טרחה באחוזים גבוה מהתקרה המותרת לפי תיקון 161 כשדף המידע לא נמסר למבוטח (10.83%)',
      ]);
    await fieldOf(page, 'שכר טרחה בהצלחה (%)').fill('10.83');
    await benefitsField().click();
    await page.getByRole('option', { name: 'נכות כללית' }).click();
    await page.keyboard.press('Escape');
    await problems.waitFor({ state: 'detached' });

    // Within the caps: previewed, signed and recorded as the agreement's terms.
    await dialog.getByRole('button', { name: 'תצוגה מקדימה' }).click();
    await dialog.getByTestId('paper-preview').waitFor();
    await drawSignature(page);
    await screenshot('fees-02-within-the-caps');
    await dialog.getByRole('button', { name: 'חתימה ושמירה' }).click();
    await page.getByText('המסמך נחתם ונשמר').first().waitFor();
    expect(await api('fees.list', { clientId })).toMatchObject([
      { openingFee: '907.00', successFeePercent: '10.83', informationSheetGiven: false },
    ]);
  });

  it('names backups by the Israel time they were taken, not by their UTC file name', async () => {
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('button', { name: 'גיבוי עכשיו' }).click();
    await page.getByText(/^הגיבוי נשמר — /).waitFor({ timeout: 60_000 });
    const backup = (await api('backup.list', {})).backups.find((b) => b.kind === 'manual');
    const shown = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Jerusalem',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .format(new Date(backup!.createdAt))
      .replace(',', '');
    await page.getByText(`הגיבוי נשמר — ${shown}`).waitFor();
    const row = page.getByTestId('backups').locator('tbody tr', { hasText: 'ביוזמת המשרד' });
    expect(await row.innerText()).toContain(shown);
    expect(await row.innerText()).not.toContain('.sqlite');
    expect(await row.getByRole('button').getAttribute('aria-label')).toBe(`שחזור הגיבוי מ־${shown}`);
    await row.scrollIntoViewIfNeeded();
    await screenshot('backups-01-israel-time');
    expect(await englishLabels()).toEqual([]);
  });
});
