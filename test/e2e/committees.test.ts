// Medical committees in real Chromium: a committee booked on a claim from the keyboard (a wrong time
// refused under its field, the branch by type-ahead, a specialty from the list and one typed), its
// checklist ticked in place, then found on the calendar — month and agenda — with its time and branch,
// and on the claims list by its date; its outcome recorded (one section typed, one picked from the list
// of impairment items) becomes a medical determination of the file and opens its ערר on the claim's
// docket; another committee booked at a service centre from the grouped list shows it with its kind.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { SHOTS } from './owner-desk';
import { startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';

const OWNER = { username: 'rina', password: 'Vaada-Refuit-2026' };

let server: WebServer;
let browser: Browser;
let page: Page;
let token: string;
let clientId: number;
let claimId: number;

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(server.url, token, name, input);
const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

beforeAll(async () => {
  server = await startWebServer();
  await callApi(server.url, null, 'office.setup', {
    office: { name: 'משרד לוי לזכויות' },
    owner: { fullName: 'עו״ד רינה לוי', licenseNumber: '54321', ...OWNER },
  });
  token = signedIn(await callApi(server.url, null, 'auth.login', OWNER)).token;
  clientId = (
    await api('clients.create', {
      idNumber: validId('50607080'),
      firstNameHe: 'סמיר',
      lastNameHe: 'חורי',
      birthDate: '1966-02-02',
      sex: 'male',
    })
  ).id;
  claimId = (await api('claims.create', { clientId, benefit: 'general_disability', formNumber: 'בל/7801' })).id;
  browser = await launchChromium();
  page = await signedInPage(browser, server.url, OWNER, { now: new Date('2026-11-16T09:00:00+02:00') });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('medical committees in Chromium', () => {
  it('books a committee with its time and branch on the claim page, the checklist ticked in place', async () => {
    await page.goto(`${server.url}#/claims/${claimId}`);
    const panel = page.getByTestId('committees');
    await panel.getByText('אין ועדות רפואיות').waitFor();
    await panel.getByRole('button', { name: 'קביעת ועדה' }).click();
    const form = page.getByTestId('committee-form');
    await form.waitFor();
    await fieldOf(page, 'תאריך הוועדה').fill('24/11/2026');
    await fieldOf(page, 'שעה').fill('9:3');
    // The branch by type-ahead: a few letters, then the option.
    await fieldOf(page, 'סניף או מרכז שירות').and(page.locator('input')).fill('חיפ');
    await page.getByRole('option', { name: 'חיפה', exact: true }).click();
    await form.getByRole('button', { name: 'שמירה' }).click();
    await form.getByText('שעת הוועדה צריכה להיות בתבנית HH:MM, למשל 09:30').waitFor();

    await fieldOf(page, 'שעה').fill('09:30');
    const specialties = fieldOf(page, 'התמחויות הרופאים').and(page.locator('input:not([type="hidden"])'));
    await specialties.fill('אורתו');
    await page.getByRole('option', { name: 'אורתופדיה', exact: true }).click();
    await specialties.fill('רפואה פיזיקלית');
    await specialties.press('Enter');
    await shot('committees-01-form');
    // The form itself, its list closed (axe reads an open list's scroll area as a region of its own).
    await form.getByRole('heading', { name: 'מועד ומקום' }).click();
    expect(JSON.stringify(await seriousViolations(page))).toBe('[]');
    await form.getByRole('button', { name: 'שמירה' }).click();
    await form.waitFor({ state: 'detached' });

    const row = panel.getByTestId('committee-row');
    await expect.poll(() => row.innerText()).toContain('24/11/2026 09:30');
    const text = await row.innerText();
    expect(text).toContain('חיפה');
    expect(text).toContain('ועדה רפואית מדרג ראשון');
    expect(text).toContain('אורתופדיה, רפואה פיזיקלית');
    expect(text).toContain('0/5 מוכנים');
    // Two items ticked one after the other: each saved on the version the one before made.
    await row.getByRole('checkbox', { name: 'תעודת זהות' }).check();
    await row.getByRole('checkbox', { name: 'סיכומי אשפוז' }).check();
    await expect.poll(() => row.innerText()).toContain('2/5 מוכנים');
    await expect
      .poll(async () =>
        (await api('committees.list', { claimId }))[0]!.checklist.filter((item) => item.done).map((item) => item.label),
      )
      .toEqual(['תעודת זהות', 'סיכומי אשפוז']);
    expect(await panel.getByRole('alert').count()).toBe(0);
    await shot('committees-02-claim-page', true);
    expect(JSON.stringify(await seriousViolations(page))).toBe('[]');
  });

  it('shows the committee on the calendar with its time and branch, by month and in the agenda', async () => {
    await page.getByRole('link', { name: 'יומן מועדים' }).click();
    const day = page.getByTestId('month-grid').locator('[data-date="2026-11-24"]');
    const entry = day.getByTestId('calendar-committee');
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/09:30.*סמיר חורי.*חיפה/);
    await shot('committees-03-calendar-month');

    await page.getByText('סדר יום', { exact: true }).click();
    const agenda = page.getByTestId('agenda').locator('[data-date="2026-11-24"]').getByTestId('calendar-committee');
    await agenda.waitFor();
    const text = await agenda.innerText();
    expect(text).toContain('09:30');
    expect(text).toContain('ועדה רפואית מדרג ראשון');
    expect(text).toContain('חיפה');
    await shot('committees-04-calendar-agenda');
    expect(JSON.stringify(await seriousViolations(page))).toBe('[]');

    await agenda.click();
    await page.getByRole('heading', { name: 'תביעה · נכות כללית' }).waitFor();
  });

  it('dates the claim on the claims list', async () => {
    await page.goto(`${server.url}#/claims?view=list`);
    const row = page.getByRole('row').filter({ hasText: 'סמיר חורי' });
    await expect.poll(() => row.innerText()).toContain('24/11/2026');
    await shot('committees-05-claims-list');
  });

  it('records the outcome, kept as the file’s medical determination', async () => {
    await page.goto(`${server.url}#/clients/${clientId}/committees`);
    await page.getByTestId('committee-row').getByRole('button', { name: 'עריכת ועדה' }).click();
    const form = page.getByTestId('committee-form');
    await form.getByRole('button', { name: 'הוספת ליקוי' }).click();
    // A sub-item the list does not hold is kept as typed.
    await fieldOf(page, 'סעיף ליקוי 1').and(page.locator('input')).fill('37(7)(ב)');
    await fieldOf(page, 'תיאור 1').fill('הגבלה בתנועות עמוד השדרה');
    await fieldOf(page, 'אחוזים 1').fill('20');
    // A second impairment by type-ahead over the list: a few letters of the heading, then the item.
    await form.getByRole('button', { name: 'הוספת ליקוי' }).click();
    const section = fieldOf(page, 'סעיף ליקוי 2').and(page.locator('input'));
    await section.fill('צלק');
    await page.getByRole('option', { name: '75 · צלקות', exact: true }).waitFor();
    await shot('committees-06a-impairment-section');
    await page.getByRole('option', { name: '75 · צלקות', exact: true }).click();
    expect(await section.inputValue()).toBe('75');
    expect(await fieldOf(page, 'תיאור 2').inputValue()).toBe('צלקות');
    await fieldOf(page, 'אחוזים 2').fill('10');
    await fieldOf(page, 'נכות רפואית משוקללת').fill('20');
    await fieldOf(page, 'תאריך קבלת הפרוטוקול').fill('20/11/2026');
    await form.getByRole('button', { name: 'שמירה' }).click();
    await form.getByText('תאריך קבלת הפרוטוקול מוקדם מתאריך הוועדה').waitFor();
    await fieldOf(page, 'תאריך קבלת הפרוטוקול').fill('30/11/2026');
    await form.getByRole('button', { name: 'שמירה' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('נשמר כקביעה רפואית בתיק').waitFor();
    await shot('committees-06-client-file', true);

    // The ערר it opens is on the claim's docket: 60 days from the protocol's receipt.
    await page.goto(`${server.url}#/claims/${claimId}`);
    const appeal = page.getByText(/^ערר על החלטת הוועדה הרפואית מדרג ראשון — 60 ימים מיום קבלת הפרוטוקול 30\/11\/2026/);
    await appeal.first().waitFor();
    expect(
      (await api('tasks.list', { claimId, open: true, limit: 50 })).map((task) => [
        task.kind,
        task.binding,
        task.dueDate,
      ]),
    ).toContainEqual(['appeal', true, '2027-01-29']);
    await shot('committees-07-claim-deadline', true);

    const [determination] = await api('medical.list', { clientId });
    expect(determination).toMatchObject({
      committeeKind: 'first_tier',
      committeeDate: '2026-11-24',
      weightedPercent: 20,
      impairments: [
        { section: '37(7)(ב)', percent: 20 },
        { section: '75', description: 'צלקות', percent: 10 },
      ],
    });
  });

  it('books a committee at a service centre from the grouped list, shown with its kind on the claim, the calendar and the summary', async () => {
    await page.goto(`${server.url}#/claims/${claimId}`);
    const panel = page.getByTestId('committees');
    await panel.getByRole('button', { name: 'קביעת ועדה' }).click();
    const form = page.getByTestId('committee-form');
    await form.waitFor();
    await fieldOf(page, 'תאריך הוועדה').fill('20/11/2026');
    await fieldOf(page, 'שעה').fill('10:00');
    const place = fieldOf(page, 'סניף או מרכז שירות').and(page.locator('input'));
    await place.click();
    // Both groups, branches first.
    await page
      .getByRole('option', { name: 'מרכזי שירות' })
      .or(page.getByText('מרכזי שירות', { exact: true }))
      .first()
      .waitFor();
    await shot('committees-08-place-groups');
    await place.fill('ירכ');
    await page.getByRole('option', { name: 'ירכא', exact: true }).click();
    await form.getByRole('button', { name: 'שמירה' }).click();
    await form.waitFor({ state: 'detached' });

    const row = panel.getByTestId('committee-row').filter({ hasText: '20/11/2026' });
    await expect.poll(() => row.innerText()).toContain('מרכז שירות ירכא');
    const booked = (await api('committees.list', { claimId })).find((c) => c.committeeDate === '2026-11-20');
    expect(booked).toMatchObject({ branch: null, serviceCentre: 'yirka', committeeTime: '10:00' });
    await shot('committees-09-service-centre-claim', true);

    await page.getByRole('link', { name: 'יומן מועדים' }).click();
    const entry = page.getByTestId('month-grid').locator('[data-date="2026-11-20"]').getByTestId('calendar-committee');
    await entry.waitFor();
    expect(await entry.innerText()).toMatch(/10:00.*סמיר חורי.*מרכז שירות ירכא/);
    expect(await entry.getAttribute('title')).toContain('מרכז שירות ירכא');

    // The summary's next committee is counted from the server's today: one far ahead, at a service centre.
    await api('committees.create', {
      clientId,
      committeeType: 'appeals',
      committeeDate: '2099-01-20',
      committeeTime: '10:15',
      branch: null,
      serviceCentre: 'yirka',
    });
    await page.goto(`${server.url}#/clients/${clientId}/summary`);
    const summary = page.getByTestId('summary-committee');
    await expect.poll(() => summary.innerText()).toContain('20/01/2099 10:15 · ועדה רפואית לעררים · מרכז שירות ירכא');
  });
});
