// The rights panel in real Chromium: a client built through the HTTP API whose facts make them
// eligible for general disability; the panel shows the verdict, the amount and the reasons with
// their sources, a missing fact that links to its tab, the deadlines that run, a what-if that
// moves the answer and a reset that restores it, and a calculator drill-down.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { validId } from '../support/ids';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { signedInPage } from './sign-in';
import { startWebServer, type WebServer } from './server';
import { signedIn } from '../support/signed-in';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const OWNER = { username: 'rina', password: 'Zchuyot-2026!' };

let server: WebServer;
let browser: Browser;
let page: Page;
let clientId: number;

const api = <N extends ProcedureName>(token: string | null, name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(server.url, token, name, input);

/**
 * A resident man born 01/05/1975, single: a first-tier committee (10/01/2022) gave 70% weighted medical
 * disability (impairments 40% and 30%) and a full 100% incapacity; no work income March–May 2022;
 * a work injury on 03/12/2021 (its 12-month claim deadline falls on Saturday 03/12/2022).
 */
async function clientThroughApi(): Promise<number> {
  await api(null, 'office.setup', {
    office: { name: 'משרד שפירא לזכויות', address: 'רחוב יפו 97, ירושלים', phone: '02-6251234' },
    owner: { fullName: 'עו״ד רינה שפירא', licenseNumber: '70123', ...OWNER },
  });
  const { token } = signedIn(await api(null, 'auth.login', OWNER));
  const client = await api(token, 'clients.create', {
    idNumber: validId('20304050'),
    firstNameHe: 'משה',
    lastNameHe: 'אזולאי',
    birthDate: '1975-05-01',
    sex: 'male',
    residency: 'resident',
    maritalStatus: 'single',
  });
  await api(token, 'medical.create', {
    clientId: client.id,
    committeeKind: 'first_tier',
    committeeDate: '2022-01-10',
    weightedPercent: 70,
    incapacityPercent: 100,
    isPermanent: true,
    impairments: [
      { section: '33(1)(ב)', percent: 40 },
      { section: '37(7)(ב)', percent: 30 },
    ],
  });
  for (const month of ['2022-03', '2022-04', '2022-05'])
    await api(token, 'incomes.create', { clientId: client.id, month, source: 'employee', income: '0.00' });
  await api(token, 'events.create', { clientId: client.id, kind: 'work_injury', eventDate: '2021-12-03' });
  return client.id;
}

async function screenshot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const card = (calculator: string) => page.getByTestId(`right-${calculator}`);
const disability = () => card('general-disability');
const verdictOf = async (calculator: string) =>
  card(calculator).locator('[data-verdict]').first().getAttribute('data-verdict');
const amountOf = async (calculator: string) =>
  (await card(calculator).getByTestId('amount').first().innerText()).replace(/[\u200e\u200f]/g, '');

async function checkOn(displayDate: string) {
  const date = fieldOf(page, 'תאריך הבדיקה');
  await date.fill(displayDate);
  await date.press('Enter');
  await expect.poll(() => page.getByText(`נכון ל-${displayDate}`).isVisible()).toBe(true);
}

async function openPanel() {
  await page.goto(`${server.url}#/clients/${clientId}/rights`);
  await page.getByTestId('rights-panel').waitFor();
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer();
  clientId = await clientThroughApi();
  browser = await launchChromium();
  page = await signedInPage(browser, server.url, OWNER);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('rights panel in Chromium', () => {
  it('shows general disability eligible with the seed amount, its reasons and their sources', async () => {
    await openPanel();
    await checkOn('01/06/2022');
    await expect.poll(() => verdictOf('general-disability')).toBe('eligible');
    const text = await disability().innerText();
    expect(text).toContain('קצבת נכות כללית');
    expect(text).toContain('זכאות צפויה');
    // The NII's annual report 2022, "גובה הקצבה והתוספות": a full degree (75% or more) pays 3,700 ₪ a month (golden case "2022, full degree").
    expect(await amountOf('general-disability')).toMatch(/^3,700\.00\s*₪\s*לחודש$/);
    expect(text).toContain('נכות רפואית משוקללת של 70%');
    const sources = await disability().getByTestId('source').allInnerTexts();
    // Cited as a lawyer can find it: publisher, title, section — no file names.
    expect(
      sources.some(
        (s) => s.includes('המוסד לביטוח לאומי') && s.includes('הדוח השנתי 2022') && s.includes('גובה הקצבה והתוספות'),
      ),
    ).toBe(true);
    expect(sources.join(' ')).not.toMatch(/seed|\.txt|\.md\b/);
    expect(await page.getByTestId('estimate-note').innerText()).toBe('הערכה בלבד — ההחלטה בידי המוסד לביטוח לאומי');
    // The amount's digits are isolated from the Hebrew around them.
    expect(await disability().getByTestId('amount').locator('bdi').first().getAttribute('dir')).toBe('ltr');
    await screenshot('rights-01-eligible');
    await disability().screenshot({ path: path.join(shots, 'rights-01a-disability-card.png') });
  });

  it('lists the deadline that runs from the work injury, moved past the Saturday it fell on', async () => {
    const deadline = page.getByTestId('deadline').filter({ hasText: 'דמי פגיעה' });
    expect(await deadline.getByTestId('deadline-due').innerText()).toBe('04/12/2022');
    expect(await deadline.getByTestId('deadline-moved').innerText()).toBe(
      'המועד חל ב-03/12/2022 (שבת) ולכן עבר ל-04/12/2022',
    );
    await deadline.screenshot({ path: path.join(shots, 'rights-01b-deadline.png') });
  });

  it('what-if changes the amount and the verdict without saving, and reset restores the file’s answer', async () => {
    await page.getByRole('button', { name: 'מה אם?' }).click();
    const incapacity = fieldOf(page, 'דרגת אי-כושר השתכרות (%)');
    expect(await incapacity.inputValue()).toBe('100');

    await incapacity.fill('65');
    await page.getByTestId('what-if-active').waitFor();
    // 65% of the full 3,700 (the NII rights guide 2014: "בשיעור יחסי לדרגת אי-הכושר").
    await expect.poll(() => amountOf('general-disability')).toMatch(/^2,405\.00\s*₪/);
    expect(await disability().getByTestId('stored-answer').innerText()).toMatch(
      /בתיק עצמו: זכאות צפויה, \u200f?3,700\.00/,
    );

    await fieldOf(page, 'מצב משפחתי').and(page.locator('input')).click();
    await page.getByRole('option', { name: 'נשוי/אה' }).click();
    await fieldOf(page, 'הכנסת בן/בת הזוג לחודש (₪)').fill('0');
    await fieldOf(page, 'מספר ילדים מתחת לגיל 18').fill('3');
    await incapacity.fill('100');
    // Golden case: 3,700 + 1,192 for the spouse + 954 for each of the first two children.
    await expect.poll(() => amountOf('general-disability')).toMatch(/^6,800\.00\s*₪/);
    await screenshot('rights-02-what-if');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'rights-02a-what-if-view.png') });

    await incapacity.fill('40');
    await expect.poll(() => verdictOf('general-disability')).toBe('no');
    expect(await disability().innerText()).toContain('לא זכאי/ת');

    await page.getByTestId('what-if-active').getByRole('button', { name: 'איפוס לנתוני התיק' }).click();
    await expect.poll(() => page.getByTestId('what-if-active').count()).toBe(0);
    expect(await verdictOf('general-disability')).toBe('eligible');
    expect(await amountOf('general-disability')).toMatch(/^3,700\.00\s*₪/);
    expect(await incapacity.inputValue()).toBe('100');

    // Nothing was saved: a fresh panel on the same date gives the file's answer.
    await openPanel();
    await checkOn('01/06/2022');
    await expect.poll(() => amountOf('general-disability')).toMatch(/^3,700\.00\s*₪/);
  });

  it('takes a fact the file does not hold, assumed by the scan, to its what-if field', async () => {
    const assumed = disability().locator('button[data-fact="client.inInstitution"]');
    expect(await assumed.innerText()).toBe('שהייה במוסד (הזנה במצב מה-אם)');
    await assumed.click();
    const field = fieldOf(page, 'שוהה במוסד').and(page.locator('input'));
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'מה אם?' }).click();
  });

  it('runs the calculator on its own with an edited input and shows the full result', async () => {
    await disability().getByRole('button', { name: 'חישוב מפורט: קצבת נכות כללית' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('חישוב מפורט: קצבת נכות כללית').waitFor();
    await fieldOf(page, 'מספר ילדים').fill('1');
    // A spouse is asked through fields, never as JSON: yes/no, then the spouse's income when yes.
    const spouseIncome = dialog.getByRole('textbox', { name: 'הכנסה חודשית של בן/בת הזוג (₪)' });
    const spouse = dialog.getByLabel(/^בן\/בת זוג$/).and(page.locator('input'));
    const answer = async (option: string) => {
      await spouse.click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    const hadSpouse = await spouse.inputValue();
    await answer('כן');
    await spouseIncome.waitFor();
    await dialog.screenshot({ path: path.join(shots, 'rights-03a-calculate-spouse.png') });
    await answer(hadSpouse);
    if (hadSpouse === 'לא') await expect.poll(() => spouseIncome.count()).toBe(0);
    expect(await dialog.innerText()).not.toMatch(/[{}]|monthlyIncome/);
    await dialog.getByRole('button', { name: 'חישוב', exact: true }).click();
    const result = dialog.getByTestId('calc-result');
    await result.waitFor();
    expect(await result.locator('[data-verdict]').getAttribute('data-verdict')).toBe('eligible');
    // 3,700 + 954 for one child (the NII annual report 2022, "גובה הקצבה והתוספות").
    expect((await result.getByTestId('amount').innerText()).replace(/[\u200e\u200f]/g, '')).toMatch(
      /^4,654\.00\s*₪\s*לחודש$/,
    );
    expect(
      await dialog
        .getByLabel(/^מין(\s*\*)?$/)
        .and(page.locator('input'))
        .inputValue(),
    ).toBe('זכר');
    await dialog.screenshot({ path: path.join(shots, 'rights-03-calculate.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('folds a result’s notes under the first one, the sources’ disagreement one click away', async () => {
    await disability().getByRole('button', { name: 'חישוב מפורט: קצבת נכות כללית' }).click();
    const dialog = page.getByRole('dialog');
    await fieldOf(page, 'התאריך שהחישוב עוסק בו').fill('01/06/2026');
    await dialog.getByRole('button', { name: 'חישוב', exact: true }).click();
    const warnings = dialog.getByTestId('calc-result').getByTestId('warnings');
    await warnings.waitFor();
    expect(await warnings.getByRole('listitem').count()).toBe(1);
    const more = warnings.getByRole('button', { name: /^ועוד/ });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    await expect.poll(() => warnings.getByRole('listitem').count()).toBeGreaterThan(1);
    // The 2026 full pension: two figures in the NII's own pages; the one used is named with why.
    expect(await warnings.innerText()).toContain('המקורות חלוקים על "קצבת נכות כללית מלאה ליחיד"');
    expect(await warnings.innerText()).toContain('4,771');
    await dialog.screenshot({ path: path.join(shots, 'rights-03b-notes-unfolded.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('names a missing fact and jumps to the tab where it is entered', async () => {
    // On 01/12/2022 the file has no income for September–November: the work income is missing.
    await checkOn('01/12/2022');
    await expect.poll(() => verdictOf('general-disability')).toBe('maybe');
    const link = disability().locator('a[data-fact="incomes.income"]');
    expect(await link.innerText()).toBe('הכנסה חודשית מעבודה בחודשים שלפני תאריך הבדיקה');
    await screenshot('rights-04-missing');
    expect(await link.getAttribute('href')).toBe(`#/clients/${clientId}/work?focus=incomes.income`);
    await link.click();
    // The file page opens the work tab (and, having focused the field, drops ?focus= from the address).
    await expect.poll(() => new URL(page.url()).hash.split('?')[0]).toBe(`#/clients/${clientId}/work`);
    await screenshot('rights-04b-jumped-to-work');
  });

  it('has no serious or critical accessibility violations, with what-if open and in the drill-down', async () => {
    await openPanel();
    await page.getByRole('button', { name: 'מה אם?' }).click();
    await fieldOf(page, 'דרגת אי-כושר השתכרות (%)').fill('65');
    await page.getByTestId('what-if-active').waitFor();
    expect(await seriousViolations(page, '[data-testid="rights-panel"]')).toEqual([]);
    await disability().getByRole('button', { name: 'חישוב מפורט: קצבת נכות כללית' }).click();
    const dialog = page.getByRole('dialog');
    // Today the file has no recent work income: the drill-down asks for it under its field.
    await dialog.getByRole('button', { name: 'חישוב', exact: true }).click();
    const income = dialog.getByRole('textbox', { name: 'הכנסה חודשית מעבודה (₪)' });
    await expect.poll(() => income.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('שדה חובה').waitFor();
    await income.fill('0');
    await dialog.getByRole('button', { name: 'חישוב', exact: true }).click();
    await page.getByTestId('calc-result').waitFor();
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await page.getByRole('dialog').screenshot({ path: path.join(shots, 'rights-05-calculate-today.png') });
  });
});
