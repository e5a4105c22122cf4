// Claims and the calendar in real Chromium: claims made through the HTTP API, then the board moves one
// ready → filed (menu) → in committee (drag and drop), the claim page records a rejection, and the
// appeal deadlines appear as tasks with their dates (one moved past Independence Day) on the claim
// page and in the calendar. Screenshots of the board, the list, the claim and the calendar.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { Benefit, ClaimStatus } from '../../shared/domain/enums';
import { validId } from '../support/ids';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { expectCommitteeAndAppealTasks, recordRejection } from './claim-steps';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';
import { signedIn } from '../support/signed-in';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const OWNER = { username: 'avi', password: 'Tvia-Nechona-2026' };

let server: WebServer;
let browser: Browser;
let page: Page;
let token: string;
let claimId: number;

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(server.url, token, name, input);

/** Closes the toasts first, so they do not cover what the screenshot is for. */
async function screenshot(name: string, fullPage = false) {
  for (const close of await page.locator('.mantine-Notification-closeButton').all()) await close.click();
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

/** Walks a new claim along the main path of the workflow to `status`. */
async function claimAt(clientId: number, benefit: Benefit, status: ClaimStatus) {
  const path: ClaimStatus[] = ['ready', 'filed', 'in_committee'];
  const steps = status === 'decided' || status === 'closed' ? path : path.slice(0, path.indexOf(status) + 1);
  let claim = await api('claims.create', { clientId, benefit });
  for (const to of steps) {
    claim = await api('claims.transition', {
      id: claim.id,
      version: claim.version,
      to,
      reason: to === 'filed' ? 'הוגשה במערכת המייצגים' : null,
    });
  }
  if (status === 'decided' || status === 'closed') {
    claim = (await api('claims.decide', { claimId: claim.id, decidedDate: '2026-10-01', outcome: 'approved' })).claim;
  }
  if (status === 'closed') {
    await api('claims.transition', { id: claim.id, version: claim.version, to: 'closed', reason: 'שולם' });
  }
  return claim;
}

async function officeWithClaims() {
  await callApi(server.url, null, 'office.setup', {
    office: { name: 'משרד ברק לזכויות', address: 'רחוב הנביאים 12, חיפה', phone: '04-8621234' },
    owner: { fullName: 'עו״ד אבי ברק', licenseNumber: '65432', ...OWNER },
  });
  token = signedIn(await callApi(server.url, null, 'auth.login', OWNER)).token;
  const people = [
    ['20406080', 'יעל', 'מזרחי', 'female'],
    ['30507090', 'חיים', 'פרץ', 'male'],
    ['40608010', 'סלים', 'עודה', 'male'],
  ] as const;
  const ids: number[] = [];
  for (const [first8, first, last, sex] of people) {
    ids.push(
      (
        await api('clients.create', {
          idNumber: validId(first8),
          firstNameHe: first,
          lastNameHe: last,
          birthDate: '1968-04-02',
          sex,
        })
      ).id,
    );
  }
  claimId = (await claimAt(ids[0]!, 'general_disability', 'ready')).id;
  await claimAt(ids[1]!, 'work_injury', 'draft');
  await claimAt(ids[1]!, 'mobility', 'filed');
  await claimAt(ids[2]!, 'special_services', 'in_committee');
  await claimAt(ids[2]!, 'unemployment', 'decided');
  await claimAt(ids[0]!, 'old_age', 'closed');
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer();
  await officeWithClaims();
  browser = await launchChromium();
  // The claim is filed in November 2026 and the calendar opens on the month of today: the page lives then.
  page = await signedInPage(browser, server.url, OWNER, { now: new Date('2026-11-16T09:00:00+02:00') });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const column = (status: ClaimStatus) => page.getByTestId(`column-${status}`);
const card = () => page.getByTestId(`claim-card-${claimId}`);

describe('claims board, claim page and calendar in Chromium', () => {
  it('shows the board by status and moves a claim from ready to filed with a reason', async () => {
    await page.getByRole('link', { name: 'תביעות', exact: true }).click();
    await page.getByRole('heading', { name: 'תביעות', level: 1 }).waitFor();
    await column('ready').getByText('יעל מזרחי').waitFor();
    await expect.poll(() => column('draft').getByText('חיים פרץ').isVisible()).toBe(true);
    await screenshot('claims-01-board');
    expect(await seriousViolations(page)).toEqual([]);

    await card().getByRole('button', { name: 'העברת התביעה של יעל מזרחי' }).click();
    await page.getByRole('menuitem', { name: 'סימון כהוגשה' }).click();
    const dialog = page.getByRole('dialog', { name: 'סימון כהוגשה' });
    await fieldOf(page, 'תאריך ההגשה').fill('31/11/2026');
    await fieldOf(page, 'סיבה').fill('הוגשה במערכת המייצגים עם כל הנספחים');
    await dialog.getByRole('button', { name: 'העברה' }).click();
    await dialog.getByText('התאריך אינו תאריך תקין').waitFor();
    await fieldOf(page, 'תאריך ההגשה').fill('02/11/2026');
    await dialog.getByRole('button', { name: 'העברה' }).click();
    await column('filed').getByText('יעל מזרחי').waitFor();
    expect(await column('ready').getByText('יעל מזרחי').count()).toBe(0);
  });

  it('drags the card from filed to in committee', async () => {
    await card().dragTo(column('in_committee'));
    const dialog = page.getByRole('dialog', { name: 'העברה לוועדה' });
    await fieldOf(page, 'מועד הוועדה').fill('20/11/2026');
    await fieldOf(page, 'סיבה').fill('זומן לוועדה רפואית');
    await screenshot('claims-01b-to-committee');
    await dialog.getByRole('button', { name: 'העברה' }).click();
    await column('in_committee').getByText('יעל מזרחי').waitFor();
  });

  it('records a rejection on the claim page and shows the three appeal deadlines beside the committee date', async () => {
    await card().getByRole('link', { name: 'יעל מזרחי' }).click();
    await page.getByRole('heading', { name: 'תביעה · נכות כללית' }).waitFor();
    await recordRejection(page, { decided: '10/11/2026', received: '12/11/2026' }, '30');
    const texts = await expectCommitteeAndAppealTasks(page, '20/11/2026');
    expect(texts[2]).toContain('הוזז מ־12/05/2027 (יום העצמאות)');
    expect(texts.every((text) => text.includes('עו״ד אבי ברק'))).toBe(true);
    await expect.poll(() => page.getByTestId('step-filed').innerText()).toContain('02/11/2026');
    await page.getByText('הוגשה במערכת המייצגים עם כל הנספחים').waitFor();
    await page.getByTestId('claim-decisions').getByText('30%').waitFor();
    await screenshot('claims-02-claim-page', true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the deadlines in the calendar, with Independence Day marked and a click back to the claim', async () => {
    await page.getByRole('link', { name: 'יומן מועדים', exact: true }).click();
    await page.getByRole('heading', { name: 'יומן מועדים' }).waitFor();
    // The committee date given on the way to committee is on its day, for the whole office.
    await expect
      .poll(() => page.locator('[data-date="2026-11-20"]').getByTestId('calendar-entry').textContent())
      .toBe('יעל מזרחי · ועדה בתביעה לנכות כללית');
    await screenshot('calendar-01-this-month');
    await page.getByRole('button', { name: 'החודש הבא' }).click();
    await page.getByRole('button', { name: 'החודש הבא' }).click();
    await expect.poll(() => page.getByTestId('calendar-month').textContent()).toBe('ינואר 2027');
    const jan11 = page.locator('[data-date="2027-01-11"]');
    await expect.poll(() => jan11.getByTestId('calendar-entry').innerText()).toContain('יעל מזרחי');
    expect(await page.locator('[data-date="2027-01-09"]').getAttribute('data-rest-day')).toBe('שבת');
    // The week starts on Sunday: the first header cell.
    expect(await page.getByTestId('month-grid').locator('th').first().textContent()).toBe('יום ראשון');
    await screenshot('calendar-02-month');
    expect(await seriousViolations(page)).toEqual([]);

    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'החודש הבא' }).click();
    await expect.poll(() => page.getByTestId('calendar-month').textContent()).toBe('מאי 2027');
    expect(await page.locator('[data-date="2027-05-12"]').getAttribute('data-rest-day')).toBe('יום העצמאות');
    await page.locator('label', { hasText: 'סדר יום' }).click();
    const agenda = page.getByTestId('agenda');
    await agenda.locator('[data-date="2027-05-13"]').getByText('פנייה לוועדת תביעות', { exact: false }).waitFor();
    await screenshot('calendar-03-agenda');
    expect(await seriousViolations(page)).toEqual([]);
    await agenda.getByTestId('calendar-entry').first().click();
    await page.getByRole('heading', { name: 'תביעה · נכות כללית' }).waitFor();
  });

  it('lists the claims, filters by status and sorts', async () => {
    await page.goto(`${server.url}#/claims?view=list`);
    await page.getByRole('table', { name: 'רשימת התביעות' }).waitFor();
    // Six claims, one of them closed: the count is of the active ones.
    await expect
      .poll(() => page.getByTestId('claim-count').textContent())
      .toBe('5 תביעות פעילות · ועוד תביעה סגורה אחת');
    await page.getByRole('combobox', { name: 'סטטוס' }).click();
    await page.getByRole('option', { name: /^התקבלה החלטה/ }).click();
    await expect.poll(() => page.getByTestId('claim-count').textContent()).toBe('שתי תביעות');
    await page.getByRole('button', { name: 'גמלה' }).click();
    const benefits = page.getByRole('table', { name: 'רשימת התביעות' }).locator('tbody tr td:nth-child(3)');
    await expect.poll(() => benefits.allInnerTexts()).toEqual(['אבטלה', 'נכות כללית']); // by Hebrew name, not by code
    await page.getByRole('button', { name: 'גמלה' }).click();
    await expect.poll(() => benefits.allInnerTexts()).toEqual(['נכות כללית', 'אבטלה']);
    await screenshot('claims-03-list');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
