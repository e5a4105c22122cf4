// The client list and the intake wizard in real Chromium, on a generated demo office: intake of a new
// client through every step (duplicate warning, going back without losing input) → first rights scan
// → documents to sign → the client is in the list; filters, sort, keyboard navigation, scrolling deep
// into the virtualized list, export of the current view, and an axe check of both screens.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { validId } from '../support/ids';
import { tempDir } from '../support/temp';
import { launchChromium } from './browser';
import { seriousViolations } from './axe';
import { choose as chooseOption, fieldOf } from './fields';
import { addMonthsWithoutWages, focusedLabel } from './intake-steps';
import { startWebServer, type WebServer } from './server';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const CLIENTS = 400;
const NEW_ID = validId('30405060');
const exportDir = tempDir('mitzui-e2e-export-');

let server: WebServer;
let browser: Browser;
let page: Page;

const field = (label: string) => fieldOf(page, label);
const screenshot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
const grid = () => page.getByRole('grid', { name: 'רשימת המבוטחים' });
const bodyRows = () => grid().locator('tbody tr[id^="client-row-"]');
const count = async () => Number((await page.getByTestId('client-count').innerText()).replace(/\D/g, '') || '1');

const choose = (label: string, option: string) => chooseOption(page, label, option);

async function openList() {
  await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
  await page.getByRole('heading', { name: 'מבוטחים', level: 1 }).waitFor();
  await bodyRows().first().waitFor();
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({}, (dir) => fillWithDemoOffice(dir, CLIENTS));
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
  });
  page.setDefaultTimeout(15_000);
  await page.goto(server.url);
  await field('שם משתמש').fill(DEMO_LOGIN.username);
  await field('סיסמה').fill(DEMO_LOGIN.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  exportDir.cleanup();
});

describe('intake wizard', () => {
  it('warns of an ID number the office already has, with a link to that file', async () => {
    await openList();
    const existingId = await bodyRows().first().locator('td').nth(1).innerText();
    const existingName = await bodyRows().first().locator('td').first().innerText();
    await page.getByRole('link', { name: 'הוספת מבוטח' }).click();
    await page.getByRole('heading', { name: 'קליטת מבוטח חדש' }).waitFor();
    await field('מספר זהות').fill(existingId);
    const warning = page.getByTestId('duplicate-warning');
    await warning.waitFor();
    const link = warning.getByRole('link');
    expect((await link.innerText()).split(' ').sort()).toEqual(existingName.split(' ').sort());
    expect(await link.getAttribute('href')).toMatch(/^#\/clients\/\d+$/);
    // "Next" does not move on: the ID field is refused and has the keyboard, the link stays.
    await page.getByRole('button', { name: 'הבא' }).click();
    await expect.poll(() => field('מספר זהות').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('מבוטח עם מספר הזהות הזה כבר רשום במשרד — אפשר לפתוח את התיק שלו מהקישור למעלה').waitFor();
    expect(await focusedLabel(page)).toBe('מספר זהות');
    expect(await page.getByRole('heading', { name: 'משפחה ותלויים', level: 2, exact: true }).count()).toBe(0);
    expect(await warning.getByRole('link').count()).toBe(1);
    await screenshot('clients-intake-01-duplicate');
    await field('מספר זהות').fill(NEW_ID);
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('checks each step with the contract and keeps what was typed going back and forth', async () => {
    // Nothing but the ID: the first refused field (in screen order) gets the keyboard, in view.
    await page.getByRole('button', { name: 'הבא' }).click();
    await expect.poll(() => focusedLabel(page)).toBe('שם פרטי');
    expect(
      await field('שם פרטי').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    ).toBe(true);
    await field('שם פרטי').fill('רונית');
    await field('שם פרטי בערבית').fill('رونيت');
    await field('שם משפחה בערבית').fill('ألموغ');
    await field('שם משפחה').fill('אלמוג');
    await field('תאריך לידה').fill('20/05/1968');
    await field('נקבה').check();
    await choose('מצב משפחתי', 'נשוי/אה');
    await choose('תושבות', 'תושב/ת ישראל');
    await field('טלפון נייד').fill('054-7654321');
    await page.getByRole('button', { name: 'הבא' }).click();

    // Family: a spouse, first without a name, which the family schema refuses under the field.
    await page.getByRole('heading', { name: 'משפחה ותלויים', level: 2, exact: true }).waitFor();
    // A step with no rows yet puts the keyboard on its heading.
    await expect.poll(() => focusedLabel(page)).toBe('משפחה ותלויים');
    await page.getByRole('button', { name: 'הוספת בן/בת משפחה' }).click();
    await choose('קרבה', 'בן/בת זוג');
    await page.getByRole('button', { name: 'הבא' }).click();
    await expect.poll(() => field('שם פרטי').getAttribute('aria-invalid')).toBe('true');
    await screenshot('clients-intake-02-family-error');
    await field('שם פרטי').fill('אבי');
    await field('תאריך לידה').fill('03/03/1965');
    await field('הכנסה חודשית (₪)').fill('0');
    await page.getByRole('button', { name: 'הבא' }).click();

    // Back to identity and forward again: nothing lost.
    await page.getByRole('heading', { name: 'עבודה והכנסה', level: 2, exact: true }).waitFor();
    await page.getByRole('button', { name: 'הקודם' }).click();
    await page.getByRole('button', { name: 'הקודם' }).click();
    await page.getByRole('heading', { name: 'זיהוי', level: 2, exact: true }).first().waitFor();
    expect(await field('שם משפחה').inputValue()).toBe('אלמוג');
    expect(await field('מספר זהות').inputValue()).toBe(NEW_ID);
    await page.getByRole('button', { name: 'הבא' }).click();
    await page.getByRole('heading', { name: 'משפחה ותלויים', level: 2, exact: true }).waitFor();
    expect(await field('שם פרטי').inputValue()).toBe('אבי');
    await page.getByRole('button', { name: 'הבא' }).click();

    // Work and income: a job that ended, and no income in the last three months.
    await page.getByRole('button', { name: 'הוספת תקופת עבודה' }).click();
    await choose('סוג התעסוקה', 'שכיר/ה');
    await field('שם המעסיק').fill('מפעלי ים המלח');
    await field('מתאריך').fill('01/01/2012');
    await field('עד תאריך').fill('31/12/2025');
    await addMonthsWithoutWages(page, 3);
    await screenshot('clients-intake-03-work');
    await page.getByRole('button', { name: 'הבא' }).click();

    // Medical history: the step's first field (the health fund) has the keyboard, and typing picks from it.
    await page.getByRole('heading', { name: 'מצב רפואי', level: 2, exact: true }).waitFor();
    await expect.poll(() => focusedLabel(page)).toBe('קופת חולים');
    await page.keyboard.type('מכב');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await field('קופת חולים').and(page.locator('input')).inputValue()).toBe('מכבי');
    await page.getByRole('button', { name: 'הוספת אבחנה' }).click();
    await field('אבחנה').fill('פריצת דיסק מותנית');
    await field('קוד ICD-10 (אם ידוע)').fill('M51.2');
    // The impairment item it likely falls under, by type-ahead; the diagnosis typed stays as it is.
    const section = field('סעיף ליקוי').and(page.locator('input'));
    await section.fill('עצמות');
    await page.getByRole('option', { name: '35 · מחלות העצמות והפרקים', exact: true }).waitFor();
    await screenshot('clients-intake-034-impairment-section');
    await page.getByRole('option', { name: '35 · מחלות העצמות והפרקים', exact: true }).click();
    expect(await section.inputValue()).toBe('35');
    expect(await field('אבחנה').inputValue()).toBe('פריצת דיסק מותנית');
    await field('מאז (תאריך האבחנה)').fill('01/02/2024');
    await page.getByRole('button', { name: 'הוספת רופא מטפל' }).click();
    await field('שם הרופא/ה').fill('ד"ר יעל ברק');
    await field('התמחות').fill('אורתופדיה');
    await page.getByRole('button', { name: 'הוספת תרופה' }).click();
    await field('שם התרופה').fill('אופטלגין');
    await field('מינון').fill('500 מ"ג לפי הצורך');
    // Medical: a first-tier committee, 65% weighted and full incapacity, permanent.
    await page.getByRole('button', { name: 'הוספת קביעה רפואית' }).click();
    await choose('סוג הוועדה', 'ועדה רפואית מדרג ראשון');
    await field('תאריך הוועדה').fill('15/09/2026');
    await field('נכות רפואית משוקללת (%)').fill('65');
    await field('דרגת אי-כושר השתכרות (%)').fill('100');
    await field('קביעה צמיתה').check();
    await screenshot('clients-intake-035-medical');
    await page.getByRole('button', { name: 'הבא' }).click();

    // The event: the back pain got worse — the commonest start of a disability claim.
    await page.getByRole('heading', { name: 'האירוע', level: 2, exact: true }).waitFor();
    await page.getByRole('button', { name: 'הוספת אירוע' }).click();
    await choose('סוג האירוע', 'מחלה, החמרה או אבחנה');
    await field('תאריך האירוע').fill('20/11/2025');
    await field('תיאור').fill('החמרה בכאבי הגב, הפסיקה לעבוד');
    await screenshot('clients-intake-04-event');
  });

  it('saves the client once and shows a first rights scan, labelled as an estimate', async () => {
    await page.getByRole('button', { name: 'שמירת המבוטח וסריקת זכויות' }).click();
    await page.getByText('רונית אלמוג נוסף/ה למשרד').waitFor();
    const rights = page.getByTestId('intake-rights');
    await rights.waitFor();
    await rights.getByText('הערכה בלבד — ההחלטה בידי המוסד לביטוח לאומי').waitFor();
    const disability = rights.locator('[data-calculator="general-disability"]');
    expect(await disability.getByText('זכאות צפויה').count()).toBe(1);
    expect((await disability.getByTestId('right-amount').innerText()).replace(/[\u200e\u200f]/g, '')).toMatch(
      /^₪\d{1,2},\d{3}\.\d{2}$/,
    );
    expect(await disability.getByText('לחודש').count()).toBe(1);
    expect(await rights.locator('[data-calculator="income-support"]').count()).toBe(1);
    // Identity and records are saved: the earlier steps are closed for editing here.
    expect(await page.getByRole('button', { name: 'הבא' }).count()).toBe(0);
    await screenshot('clients-intake-05-rights');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'למסמכים לחתימה' }).click();
    const sign = page.getByRole('link', { name: 'הכנה וחתימה: ייפוי כוח לייצוג מול המוסד לביטוח לאומי' });
    expect(await sign.getAttribute('href')).toMatch(/^#\/clients\/\d+\/paperwork$/);
    await screenshot('clients-intake-06-documents');
  });

  it('finds the new client in the list, with the records the intake wrote', async () => {
    await openList();
    await expect.poll(count).toBe(CLIENTS + 1);
    await page.getByRole('textbox', { name: 'חיפוש לפי שם, ת.ז., טלפון או מספר תיק' }).fill('אלמוג רונית');
    await expect.poll(() => bodyRows().count()).toBe(1);
    const row = bodyRows().first();
    expect(await row.locator('td').nth(1).innerText()).toBe(NEW_ID);
    expect(await row.locator('td').nth(4).innerText()).toBe('054-7654321');
    // No power of attorney or waiver signed yet.
    expect(await row.getByText('ייפוי כוח חסר').count()).toBe(1);
    expect(await row.getByText('ויתור סודיות חסר').count()).toBe(1);

    // The name in Arabic finds her too, and sits beside the Hebrew one in the file's header.
    await page.getByRole('textbox', { name: 'חיפוש לפי שם, ת.ז., טלפון או מספר תיק' }).fill('ألموغ');
    await expect.poll(() => bodyRows().count()).toBe(1);
    await bodyRows().first().locator('td').first().click();
    await page.getByTestId('arabic-name').waitFor();
    expect(await page.getByTestId('arabic-name').innerText()).toBe('رونيت ألموغ');
    await page.getByRole('tab', { name: 'רפואי', exact: true }).click();
    await page.getByRole('table').filter({ hasText: 'פריצת דיסק מותנית' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'פריצת דיסק מותנית' }).innerText()).toMatch(
      /פריצת דיסק מותנית\s+35\s+M51\.2/,
    );
    expect(await page.getByText('אופטלגין').count()).toBe(1);
    await screenshot('clients-intake-07-file-medical');
  });
});

describe('client list', () => {
  it('filters by consent state, benefit and claim status, and clears the filters', async () => {
    await openList();
    const search = page.getByRole('textbox', { name: 'חיפוש לפי שם, ת.ז., טלפון או מספר תיק' });
    await search.fill('');
    await expect.poll(count).toBe(CLIENTS + 1);

    await choose('ייפוי כוח וויתור סודיות', 'ייפוי כוח שבוטל');
    await expect.poll(count).toBeLessThan(CLIENTS);
    const revoked = await count();
    expect(revoked).toBeGreaterThan(0);
    const shown = await bodyRows().count();
    for (let n = 0; n < shown; n++) expect(await bodyRows().nth(n).getByText('ייפוי כוח שבוטל').count()).toBe(1);
    await expect.poll(() => page.url()).toContain('consent=poa_revoked');
    await screenshot('clients-list-02-filter-consent');

    await page.getByRole('button', { name: 'ניקוי הסינון' }).click();
    await expect.poll(count).toBe(CLIENTS + 1);
    await choose('גמלה', 'נכות כללית');
    await expect.poll(count).toBeLessThan(CLIENTS + 1);
    const disability = await count();
    await choose('סטטוס תביעה', 'בערעור');
    await expect.poll(count).toBeLessThan(disability);
    await page.getByRole('button', { name: 'ניקוי הסינון' }).click();
    await expect.poll(count).toBe(CLIENTS + 1);
  });

  it('sorts by a column and moves through the rows with the keyboard', async () => {
    await page.getByRole('button', { name: 'מיון לפי תאריך לידה' }).click();
    const header = page.getByRole('columnheader', { name: 'מיון לפי תאריך לידה' });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const birth = async (n: number) =>
      (await bodyRows().nth(n).locator('td').nth(2).innerText()).split('/').reverse().join('');
    await expect.poll(async () => (await birth(0)) <= (await birth(1))).toBe(true);
    await page.getByRole('button', { name: 'מיון לפי תאריך לידה' }).click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await birth(0)) >= (await birth(1))).toBe(true);

    await page.getByRole('textbox', { name: 'חיפוש לפי שם, ת.ז., טלפון או מספר תיק' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const selected = grid().locator('tr[aria-selected="true"]');
    await expect.poll(() => selected.getAttribute('aria-rowindex')).toBe('4');
    await screenshot('clients-list-03-keyboard');

    // End jumps to the last client: the virtualized list fetches that window as it scrolls there.
    await page.keyboard.press('End');
    await expect.poll(() => selected.getAttribute('aria-rowindex')).toBe(String(CLIENTS + 2));
    await expect.poll(() => grid().getByText('טוען…').count()).toBe(0);
    expect(await grid().locator('tbody tr').count()).toBeLessThan(80);
    await expect.poll(() => page.url()).toContain('sort=birthDate&dir=desc');
    await page.keyboard.press('Home');
    await expect.poll(() => selected.getAttribute('aria-rowindex')).toBe('2');
    const firstId = (await selected.getAttribute('id'))!.replace('client-row-', '');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toMatch(new RegExp(`^#/clients/${firstId}(/|$)`));
  });

  it('keeps the view when coming back from a file, and exports it', async () => {
    await page.goBack();
    await bodyRows().first().waitFor();
    await expect
      .poll(() => page.getByRole('columnheader', { name: 'מיון לפי תאריך לידה' }).getAttribute('aria-sort'))
      .toBe('descending');
    await choose('ייפוי כוח וויתור סודיות', 'ויתור סודיות חסר');
    await expect.poll(count).toBeLessThan(CLIENTS);
    const missing = await count();
    await page.getByRole('button', { name: 'ייצוא התצוגה' }).click();
    const dialog = page.getByRole('dialog', { name: 'ייצוא רשימת המבוטחים' });
    await dialog.getByLabel(/^תיקיית היעד/).fill('relative/folder');
    await dialog.getByText('CSV (מופרד בפסיקים)').click();
    await dialog.getByRole('button', { name: 'ייצוא', exact: true }).click();
    await dialog.getByText('יש לציין נתיב מלא לתיקיית היעד').waitFor();
    await screenshot('clients-list-04-export');
    await dialog.getByLabel(/^תיקיית היעד/).fill(exportDir.dir);
    await dialog.getByRole('button', { name: 'ייצוא', exact: true }).click();
    await page.getByText(`הייצוא נשמר (${missing} מבוטחים) בקובץ`).waitFor();
    const [file] = fs.readdirSync(exportDir.dir).filter((name) => name.endsWith('.csv'));
    const lines = fs.readFileSync(path.join(exportDir.dir, file!), 'utf8').trim().split(/\r?\n/);
    expect(lines.length).toBe(missing + 1);
  });

  it('has no serious or critical accessibility violations', async () => {
    await page.getByRole('button', { name: 'ניקוי הסינון' }).click();
    await expect.poll(count).toBe(CLIENTS + 1);
    await screenshot('clients-list-01');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'הוספת מבוטח' }).click();
    await page.getByRole('heading', { name: 'קליטת מבוטח חדש' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
