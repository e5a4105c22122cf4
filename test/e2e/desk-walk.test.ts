// One continuous walk through the desk in Chromium, on a fresh data folder with a demo office: a new
// client taken in through the wizard → the rights panel shows general disability for their facts →
// a claim opened, a power of attorney and a medical waiver signed on screen and the upload package
// exported, the claim filed, taken to committee and rejected → the appeal deadlines appear as tasks on
// their dates → a staff user sees no history tab → two sessions edit the client and the second gets
// the stale-version message with what it typed kept.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../shared/paperwork/manifest';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { validId } from '../support/ids';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { expectCommitteeAndAppealTasks, recordRejection } from './claim-steps';
import { choose, fieldOf } from './fields';
import { addMonthsWithoutWages } from './intake-steps';
import { signedInPage } from './sign-in';
import { startWebServer, type WebServer } from './server';
import { signPaper } from './signing';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const CLERK = { username: `${DEMO_LOGIN.username}.clerk1`, password: DEMO_LOGIN.password };
const ID = validId('51525354');
const STALE = 'מישהו אחר שינה את הרשומה בינתיים';

let server: WebServer;
let browser: Browser;
let owner: Page;
let clientUrl: string;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, `walk-${name}.png`), fullPage: true });
}

async function next(step: string) {
  await owner.getByRole('button', { name: 'הבא' }).click();
  await owner.getByRole('heading', { name: step, level: 2, exact: true }).waitFor();
}

/** A step of the claim's workflow from the claim page: its button, the dialog, what it asks. */
async function move(action: string, fill: Record<string, string> = {}) {
  await owner.getByRole('button', { name: action, exact: true }).click();
  const dialog = owner.getByRole('dialog', { name: action });
  for (const [label, value] of Object.entries(fill)) await fieldOf(owner, label).fill(value);
  await dialog.getByRole('button', { name: 'העברה' }).click();
  await dialog.waitFor({ state: 'detached' });
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({}, (dir) => fillWithDemoOffice(dir, 60, 11));
  browser = await launchChromium();
  owner = await signedInPage(browser, server.url, DEMO_LOGIN, { acceptDownloads: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a day at the desk, end to end', () => {
  it('takes in a new client through the wizard and shows general disability among their rights', async () => {
    await owner.getByRole('link', { name: 'מבוטחים', exact: true }).click();
    await owner.getByRole('link', { name: 'הוספת מבוטח' }).click();
    await owner.getByRole('heading', { name: 'קליטת מבוטח חדש' }).waitFor();
    await fieldOf(owner, 'מספר זהות').fill(ID);
    await fieldOf(owner, 'שם פרטי').fill('סלים');
    await fieldOf(owner, 'שם משפחה').fill('עודה');
    await fieldOf(owner, 'תאריך לידה').fill('11/03/1970');
    await fieldOf(owner, 'זכר').check();
    await choose(owner, 'מצב משפחתי', 'רווק/ה');
    await choose(owner, 'תושבות', 'תושב/ת ישראל');
    await fieldOf(owner, 'טלפון נייד').fill('052-3456789');
    await next('משפחה ותלויים');
    await next('עבודה והכנסה');
    // No work income in the last three months.
    await addMonthsWithoutWages(owner, 3);
    await next('מצב רפואי');
    // A first-tier committee: 70% weighted medical disability and a full incapacity, permanent.
    await owner.getByRole('button', { name: 'הוספת קביעה רפואית' }).click();
    await choose(owner, 'סוג הוועדה', 'ועדה רפואית מדרג ראשון');
    await fieldOf(owner, 'תאריך הוועדה').fill('15/09/2026');
    await fieldOf(owner, 'נכות רפואית משוקללת (%)').fill('70');
    await fieldOf(owner, 'דרגת אי-כושר השתכרות (%)').fill('100');
    await fieldOf(owner, 'קביעה צמיתה').check();
    await next('האירוע');
    await owner.getByRole('button', { name: 'שמירת המבוטח וסריקת זכויות' }).click();
    await owner.getByText('סלים עודה נוסף/ה למשרד').waitFor();

    const rights = owner.getByTestId('intake-rights');
    const disability = rights.locator('[data-calculator="general-disability"]');
    await disability.getByText('זכאות צפויה').waitFor();
    expect((await disability.getByTestId('right-amount').innerText()).replace(/[\u200e\u200f]/g, '')).toMatch(/^₪\d{1,2},\d{3}\.\d{2}$/);
    await shot(owner, '01-intake-rights');

    await rights.getByRole('link', { name: 'לפאנל הזכויות המלא בתיק' }).click();
    const card = owner.getByTestId('right-general-disability');
    await expect.poll(() => card.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('eligible');
    expect(await card.innerText()).toContain('נכות רפואית משוקללת של 70%');
    clientUrl = owner.url().replace(/\/rights$/, '');
    await shot(owner, '02-rights-panel');
    expect(await seriousViolations(owner)).toEqual([]);
  });

  it('opens a claim from the file, signs the papers, exports the package, files it, takes it to committee and records a rejection', async () => {
    await owner.goto(`${clientUrl}/claims`);
    await owner.getByRole('button', { name: 'תביעה חדשה' }).click();
    await choose(owner, 'גמלה', 'נכות כללית');
    await fieldOf(owner, 'מספר טופס').fill('בל/7801');
    await owner.getByRole('dialog').getByRole('button', { name: 'פתיחת התביעה' }).click();
    await owner.getByText('התביעה נפתחה').waitFor();
    await owner.getByTestId('table-claims').getByRole('link', { name: 'נכות כללית' }).click();
    await owner.getByRole('heading', { name: 'תביעה · נכות כללית' }).waitFor();

    // The export waits for a power of attorney and a medical waiver: both signed from its blockers.
    await expect.poll(() => owner.getByTestId('export-blockers').innerText()).toContain('חסר ייפוי כוח פעיל לגמלת נכות כללית');
    await signPaper(owner, { button: 'יצירה: ייפוי כוח', title: 'ייפוי כוח לייצוג לפני המוסד לביטוח לאומי', language: 'עברית' });
    await signPaper(owner, { button: 'יצירה: כתב ויתור על סודיות רפואית', title: 'כתב ויתור על סודיות רפואית', language: 'עברית' });
    await owner.getByText('אפשר לייצא: ייפוי הכוח והוויתור על סודיות בתוקף').waitFor();
    const downloading = owner.waitForEvent('download');
    await owner.getByRole('button', { name: 'ייצוא חבילת הגשה' }).click();
    const zip = unzipSync(fs.readFileSync(await (await downloading).path()));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']!)) as Manifest;
    expect(manifest.files.map((f) => f.name).slice(0, 3)).toEqual([`${ID}_BL7801_${today}.pdf`, `${ID}_BL70_${today}.pdf`, `${ID}_WAIVER_${today}.pdf`]);
    await shot(owner, '03-claim-exported');

    await move('סימון כמוכנה להגשה');
    await move('סימון כהוגשה', { 'תאריך ההגשה': '02/10/2026' });
    await move('העברה לוועדה', { 'מועד הוועדה': '05/11/2026' });
    await recordRejection(owner, { decided: '10/11/2026', received: '12/11/2026' });
    expect(await owner.getByTestId('step-filed').innerText()).toContain('02/10/2026');
  });

  it('shows the appeal deadlines the rejection opened, each on its date, beside the committee date', async () => {
    const texts = await expectCommitteeAndAppealTasks(owner, '05/11/2026');
    expect(texts[2]).toContain('פנייה לוועדת תביעות');
    await shot(owner, '04-claim-decided');
    // A rejection can go to the claims committee: its request (בל/910) is prepared and signed here.
    await signPaper(owner, { button: 'הכנת פנייה לוועדת תביעות (בל/910)', title: 'פנייה לוועדת תביעות' });
    expect(await seriousViolations(owner)).toEqual([]);
  });

  it('shows the owner the history tab and a staff user none', async () => {
    await owner.goto(`${clientUrl}/details`);
    await owner.getByTestId('file-header').waitFor();
    expect(await owner.getByRole('tab').allInnerTexts()).toContain('היסטוריה');
    // The committee date has passed and its task is still open: the header says so, in red.
    expect(await owner.getByTestId('deadline-badge').innerText()).toMatch(/^מועד שחלף: \u2066?05\/11\/2026\u2069? · ועדה בתביעה לנכות כללית$/);

    const clerk = await signedInPage(browser, server.url, CLERK);
    await clerk.goto(`${clientUrl}/details`);
    await clerk.getByTestId('file-header').waitFor();
    expect(await clerk.getByRole('tab').allInnerTexts()).not.toContain('היסטוריה');
    await clerk.close();
  });

  it('refuses the second of two sessions editing the client, showing the other change and keeping its input', async () => {
    const clerk = await signedInPage(browser, server.url, CLERK);
    await clerk.goto(`${clientUrl}/details`);
    await fieldOf(clerk, 'יישוב').waitFor();

    await fieldOf(owner, 'יישוב').fill('נצרת');
    await owner.getByRole('button', { name: 'שמירה' }).click();
    await owner.getByText('פרטי המבוטח נשמרו').waitFor();

    await fieldOf(clerk, 'יישוב').fill('עכו');
    await fieldOf(clerk, 'טלפון נייד').fill('054-7654321');
    await clerk.getByRole('button', { name: 'שמירה' }).click();
    const conflict = clerk.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(STALE);
    expect(await conflict.locator('tr[data-field="locality"] td').allInnerTexts()).toEqual(['יישוב', 'עכו', 'נצרת']);
    expect(await fieldOf(clerk, 'יישוב').inputValue()).toBe('עכו');
    expect(await fieldOf(clerk, 'טלפון נייד').inputValue()).toBe('054-7654321');
    await shot(clerk, '05-stale-version');
    await clerk.close();
  });
});
