// One continuous walk through the desk in Chromium, on a fresh data folder with a demo office: a new
// client taken in through the wizard with the illness that started it → the rights panel shows general
// disability → the illness's claim period is docketed: file header, dashboard, calendar → a claim
// opened, a power of attorney and a medical waiver signed on screen and the upload package exported,
// the claim filed, its medical committee booked with time and branch, then rejected → the appeal
// deadlines replace the claim period on the claim page, the file header, the dashboard and the
// calendar → a fee agreement over the cap is refused before any signature → a file with a bad row is
// imported through the wizard → a staff user sees no history tab → two sessions edit the client and
// the second gets the stale-version message with what it typed kept. Dates run from today, so the
// deadlines fall where a desk would meet them: the claim period and the ערר within the reminder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoToDisplay, todayInIsrael } from '../../shared/dates';
import type { Manifest } from '../../shared/paperwork/manifest';
import { dueDate } from '../../shared/rules/calculators/deadline';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { invalidId, validId } from '../support/ids';
import { tempDir } from '../support/temp';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { recordRejection } from './claim-steps';
import { choose, fieldOf } from './fields';
import { addMonthsWithoutWages } from './intake-steps';
import { signedInPage } from './sign-in';
import { startWebServer, type WebServer } from './server';
import { signPaper } from './signing';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const CLERK = { username: `${DEMO_LOGIN.username}.clerk1`, password: DEMO_LOGIN.password };
const ID = validId('51525354');
const STALE = 'מישהו אחר שינה את הרשומה בינתיים';

const TODAY = todayInIsrael();
const day = (days: number) => format(addDays(parseISO(TODAY), days), 'yyyy-MM-dd');
const shown = isoToDisplay;
/** The illness began a year ago less ten days: its 12-month claim period ends within the reminder. */
const ILLNESS = format(addMonths(parseISO(day(10)), -12), 'yyyy-MM-dd');
const CLAIM_PERIOD_DUE = dueDate('general-disability-claim', ILLNESS).date;
/** Filed, heard, decided and received in the weeks before today: the 60-day ערר is due in ten days or so. */
const FILED = day(-80);
const COMMITTEE = day(-60);
const DECIDED = day(-55);
const RECEIVED = day(-50);
const APPEAL_DUE = dueDate('medical-committee-appeal', RECEIVED).date;
const files = tempDir('mitzui-walk-');

let server: WebServer;
let browser: Browser;
let owner: Page;
let clientUrl: string;
let claimUrl: string;

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

/** Books the claim's medical committee on the claim page: its day, a quarter past ten, in Nazareth. */
async function bookCommittee() {
  const panel = owner.getByTestId('committees');
  await panel.getByRole('button', { name: 'קביעת ועדה' }).click();
  const form = owner.getByTestId('committee-form');
  await fieldOf(owner, 'תאריך הוועדה').fill(shown(COMMITTEE));
  await fieldOf(owner, 'שעה').fill('10:15');
  await fieldOf(owner, 'סניף או מרכז שירות').and(owner.locator('input')).fill('נצר');
  await owner.getByRole('option', { name: 'נצרת', exact: true }).click();
  await form.getByRole('button', { name: 'שמירה' }).click();
  await form.waitFor({ state: 'detached' });
  await expect.poll(() => panel.getByTestId('committee-row').innerText()).toContain(`${shown(COMMITTEE)} 10:15`);
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
  files.cleanup();
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
    // The illness that brought him: multiple sclerosis diagnosed a year ago.
    await owner.getByRole('button', { name: 'הוספת אירוע' }).click();
    await choose(owner, 'סוג האירוע', 'מחלה, החמרה או אבחנה');
    await fieldOf(owner, 'תאריך האירוע').fill(shown(ILLNESS));
    await fieldOf(owner, 'תיאור').fill('אבחנה של טרשת נפוצה, הפסיק לעבוד');
    await owner.getByRole('button', { name: 'שמירת המבוטח וסריקת זכויות' }).click();
    await owner.getByText('סלים עודה נוסף/ה למשרד').waitFor();

    const rights = owner.getByTestId('intake-rights');
    const disability = rights.locator('[data-calculator="general-disability"]');
    await disability.getByText('זכאות צפויה').waitFor();
    expect((await disability.getByTestId('right-amount').innerText()).replace(/[\u200e\u200f]/g, '')).toMatch(
      /^₪\d{1,2},\d{3}\.\d{2}$/,
    );
    await shot(owner, '01-intake-rights');

    await rights.getByRole('link', { name: 'לפאנל הזכויות המלא בתיק' }).click();
    const card = owner.getByTestId('right-general-disability');
    await expect.poll(() => card.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('eligible');
    expect(await card.innerText()).toContain('נכות רפואית משוקללת של 70%');
    clientUrl = owner.url().replace(/\/rights$/, '');
    await shot(owner, '02-rights-panel');
    expect(await seriousViolations(owner)).toEqual([]);
  });

  it('dockets the claim period the illness opened: on the file header, the dashboard and the calendar', async () => {
    await owner.goto(clientUrl);
    const running = owner.getByTestId('running-deadline');
    await expect.poll(() => running.innerText()).toContain('מועד מחייב:');
    expect(await running.innerText()).toContain(shown(CLAIM_PERIOD_DUE));
    expect(await running.innerText()).toContain('תביעה לקצבת נכות כללית');

    await owner.getByRole('link', { name: 'לוח בקרה' }).click();
    const binding = owner.getByTestId('binding');
    await expect.poll(() => binding.innerText()).toContain('עודה סלים');
    expect(await binding.getByRole('row').filter({ hasText: 'עודה סלים' }).innerText()).toContain(
      'תביעה לקצבת נכות כללית',
    );
    await shot(owner, '03-dashboard-claim-period');

    await owner.goto(`${server.url}#/calendar?month=${CLAIM_PERIOD_DUE.slice(0, 7)}`);
    const entry = owner
      .locator(`[data-date="${CLAIM_PERIOD_DUE}"]`)
      .getByTestId('calendar-entry')
      .filter({ hasText: 'סלים עודה' });
    await expect.poll(() => entry.getAttribute('data-binding')).toBe('true');
    await shot(owner, '04-calendar-claim-period');
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
    claimUrl = owner.url();

    // The export waits for a power of attorney and a medical waiver: both signed from its blockers.
    await expect
      .poll(() => owner.getByTestId('export-blockers').innerText())
      .toContain('חסר ייפוי כוח פעיל לגמלת נכות כללית');
    await signPaper(owner, {
      button: 'יצירה: ייפוי כוח',
      title: 'ייפוי כוח לייצוג לפני המוסד לביטוח לאומי',
      language: 'עברית',
    });
    await signPaper(owner, {
      button: 'יצירה: כתב ויתור על סודיות רפואית',
      title: 'כתב ויתור על סודיות רפואית',
      language: 'עברית',
    });
    await owner.getByText('אפשר לייצא: ייפוי הכוח והוויתור על סודיות בתוקף').waitFor();
    const downloading = owner.waitForEvent('download');
    await owner.getByRole('button', { name: 'ייצוא חבילת הגשה' }).click();
    const zip = unzipSync(fs.readFileSync(await (await downloading).path()));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']!)) as Manifest;
    expect(manifest.files.map((f) => f.name).slice(0, 3)).toEqual([
      `${ID}_BL7801_${today}.pdf`,
      `${ID}_BL70_${today}.pdf`,
      `${ID}_WAIVER_${today}.pdf`,
    ]);
    await shot(owner, '05-claim-exported');

    await move('סימון כמוכנה להגשה');
    await move('סימון כהוגשה', { 'תאריך ההגשה': shown(FILED) });
    await move('העברה לוועדה', { 'מועד הוועדה': shown(COMMITTEE) });
    await bookCommittee();
    await recordRejection(owner, { decided: shown(DECIDED), received: shown(RECEIVED) });
    expect(await owner.getByTestId('step-filed').innerText()).toContain(shown(FILED));
  });

  it('shows the committee on the calendar with its time and branch', async () => {
    await owner.goto(`${server.url}#/calendar?month=${COMMITTEE.slice(0, 7)}`);
    const entry = owner
      .getByTestId('month-grid')
      .locator(`[data-date="${COMMITTEE}"]`)
      .getByTestId('calendar-committee');
    await expect.poll(() => entry.innerText()).toMatch(/10:15.*סלים עודה.*נצרת/s);
    // The sitting the claim's move to committee noted is the booked one: shown once.
    expect(
      await owner
        .locator(`[data-date="${COMMITTEE}"]`)
        .getByTestId('calendar-entry')
        .filter({ hasText: 'סלים עודה' })
        .count(),
    ).toBe(0);
    await shot(owner, '06-calendar-committee');
  });

  it('shows the deadlines the rejection opened on the claim page, the file header, the dashboard and the calendar', async () => {
    await owner.goto(claimUrl);
    const rows = owner.getByTestId('claim-task');
    // The committee's sitting, then the ערר, the claims committee and the labour court.
    await expect.poll(() => rows.count()).toBe(4);
    const texts = await rows.allInnerTexts();
    expect(texts[0]).toContain(shown(COMMITTEE));
    expect(texts[1]).toContain(shown(APPEAL_DUE));
    expect(texts[1]).toContain('ערר על החלטת הוועדה הרפואית');
    expect(texts[2]).toContain('פנייה לוועדת תביעות');
    expect(texts[3]).toContain('בית הדין האזורי לעבודה');
    await shot(owner, '07-claim-decided');
    // A rejection can go to the claims committee: its request (בל/910) is prepared and signed here.
    await signPaper(owner, { button: 'הכנת פנייה לוועדת תביעות (בל/910)', title: 'פנייה לוועדת תביעות' });
    expect(await seriousViolations(owner)).toEqual([]);

    // The claim is filed: its claim period is no longer running; the ערר is next.
    await owner.goto(clientUrl);
    const running = owner.getByTestId('running-deadline');
    await expect.poll(() => running.innerText()).toContain('ערר על החלטת הוועדה הרפואית');
    expect(await running.innerText()).toContain(shown(APPEAL_DUE));

    await owner.getByRole('link', { name: 'לוח בקרה' }).click();
    const mine = owner.getByTestId('binding').getByRole('row').filter({ hasText: 'עודה סלים' });
    await expect.poll(() => mine.innerText()).toContain('ערר על החלטת הוועדה הרפואית');
    expect(await mine.count()).toBe(1);

    await owner.goto(`${server.url}#/calendar?month=${APPEAL_DUE.slice(0, 7)}`);
    const entry = owner
      .locator(`[data-date="${APPEAL_DUE}"]`)
      .getByTestId('calendar-entry')
      .filter({ hasText: 'סלים עודה' });
    await expect.poll(() => entry.getAttribute('data-binding')).toBe('true');
    await shot(owner, '08-calendar-appeal');
  });

  it('refuses a fee agreement over the cap before the client is asked to sign', async () => {
    await owner.goto(`${clientUrl}/paperwork`);
    await owner.getByRole('button', { name: 'הסכם שכר טרחה' }).click();
    const dialog = owner.getByRole('dialog', { name: 'הסכם שכר טרחה' });
    await fieldOf(owner, 'דמי פתיחת תיק (₪)').fill('1200');
    await fieldOf(owner, 'שכר טרחה בהצלחה (%)').fill('15');
    const problems = dialog.getByTestId('fee-terms-problems');
    await expect.poll(() => problems.innerText()).toContain('דמי פתיחת תיק גבוה מהתקרה המותרת');
    expect(await problems.innerText()).toContain('שכר טרחה באחוזים גבוה מהתקרה המותרת');
    expect(await dialog.getByTestId('signature-pad').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'חתימה ושמירה' }).count()).toBe(0);
    await shot(owner, '09-fee-over-cap');
    await owner.keyboard.press('Escape');
  });

  it('imports a file with a bad row through the wizard: the row is named, skipped, the rest imported', async () => {
    const file = path.join(files.dir, 'clients.csv');
    const header = 'מספר זהות,שם פרטי,שם משפחה,תאריך לידה,מין';
    fs.writeFileSync(
      file,
      `\uFEFF${[header, `${validId('61626364')},ורד,שושני,04/05/1961,נקבה`, `${invalidId('71727374')},אמיר,נסאר,05/06/1972,זכר`].join('\r\n')}\r\n`,
    );
    await owner.getByRole('navigation').getByRole('link', { name: 'ייבוא מקובץ' }).click();
    await owner.getByTestId('import-dropzone').locator('input[type=file]').setInputFiles(file);
    const counts = owner.getByTestId('import-counts');
    await expect.poll(() => counts.innerText()).toContain('שורה אחת לתיקון');
    expect(await owner.getByTestId('problem-clients-3').innerText()).toContain('מספר הזהות אינו תקין');
    await shot(owner, '10-import-problem');
    await owner.getByTestId('problem-clients-3').getByRole('button', { name: 'דילוג על השורה' }).click();
    await owner.getByRole('button', { name: 'ייבוא מבוטח אחד' }).click();
    await expect.poll(() => owner.getByTestId('import-result').innerText()).toContain('יובא מבוטח אחד');
    await owner.getByRole('link', { name: 'הצגת המבוטחים שיובאו' }).click();
    await expect.poll(() => owner.getByRole('main').innerText()).toContain('שושני');
  });

  it('shows the owner the history tab and a staff user none', async () => {
    await owner.goto(`${clientUrl}/details`);
    await owner.getByTestId('file-header').waitFor();
    expect(await owner.getByRole('tab').allInnerTexts()).toContain('היסטוריה');
    // The committee date has passed and its task is still open: the header says so, in red.
    expect((await owner.getByTestId('deadline-badge').innerText()).replace(/[\u2066-\u2069]/g, '')).toBe(
      `מועד שחלף: ${shown(COMMITTEE)} · ועדה בתביעה לנכות כללית`,
    );

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
    await shot(clerk, '11-stale-version');
    await clerk.close();
  });
});
