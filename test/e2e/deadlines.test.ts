// A rejection's deadlines on the desk, in real Chromium against the real server: recorded through the
// API, they lead the dashboard (binding, within the reminder) while an old follow-up is folded away,
// the overdue counts of the dashboard and the calendar agree, the calendar marks them as binding and
// warns of a date moved onto a Saturday, the file header names the next one with the days left, and
// the claim page closes one as not needed — refused without a reason, then kept with it.
import path from 'node:path';
import { addDays, format, nextSaturday, parseISO } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { isoToDisplay, todayInIsrael } from '../../shared/dates';
import type { Task } from '../../shared/schemas/work';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { seriousViolations } from './axe';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const OWNER = { fullName: 'עו״ד מירב שלום', username: 'merav', password: 'docket-desk-42' };
const today = todayInIsrael();
const day = (days: number) => format(addDays(parseISO(today), days), 'yyyy-MM-dd');
/** Received 50 days ago: the 60-day ערר is due in about 10 days, within the 14-day reminder. */
const RECEIVED = day(-50);

let desk: OwnerDesk;
let page: Page;
let token: string;
let clientId: number;
let claimId: number;
let deadlines: Task[];

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(desk.server.url, token, name, input);
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `deadlines-${name}.png`), fullPage: true });
const byRoute = (route: string) => deadlines.find((t) => t.sourceKey!.endsWith(route))!;

beforeAll(async () => {
  desk = await openOwnerDesk('משרד שלום ושות׳', OWNER);
  page = desk.page;
  token = signedIn(
    await callApi(desk.server.url, null, 'auth.login', { username: OWNER.username, password: OWNER.password }),
  ).token;
  clientId = (
    await api('clients.create', {
      idNumber: validId('52719384'),
      firstNameHe: 'ראיסה',
      lastNameHe: 'אבו-חמד',
      birthDate: '1969-07-07',
      sex: 'female',
    })
  ).id;
  let claim = await api('claims.create', { clientId, benefit: 'general_disability' });
  for (const to of ['ready', 'filed'] as const)
    claim = await api('claims.transition', { id: claim.id, version: claim.version, to });
  claimId = (
    await api('claims.decide', {
      claimId: claim.id,
      decidedDate: day(-53),
      receivedDate: RECEIVED,
      outcome: 'rejected',
    })
  ).claim.id;
  await api('tasks.create', { kind: 'follow_up', title: 'לברר מול הסניף על תיק ישן', dueDate: '2023-05-01', clientId });
  deadlines = (await api('tasks.list', { claimId })).filter((t) => t.sourceKey !== null);
  // The claims committee's date moved by hand onto a Saturday: the desk warns of it.
  const committee = byRoute('claims_committee');
  const saturday = format(nextSaturday(parseISO(committee.dueDate)), 'yyyy-MM-dd');
  await api('tasks.update', { ...committee, dueDate: saturday });
  deadlines = (await api('tasks.list', { claimId })).filter((t) => t.sourceKey !== null);
}, 120_000);

afterAll(() => desk?.close());

describe('a rejection’s deadlines on the desk', () => {
  it('are docketed as three binding routes for general disability', () => {
    expect(deadlines.map((t) => t.sourceKey!.split(':')[2]).sort()).toEqual([
      'claims_committee',
      'labour_court',
      'medical_appeal',
    ]);
    expect(byRoute('claims_committee').restDay).toBe('שבת');
  });

  it('lead the dashboard, with the old follow-up folded, and the overdue count the calendar’s', async () => {
    await page.goto(`${desk.server.url}#/`);
    await page.reload();
    const binding = page.getByTestId('binding');
    await expect.poll(() => binding.getByRole('row').count()).toBe(1);
    expect(await binding.innerText()).toContain('ערר על החלטת הוועדה הרפואית');
    expect(await binding.innerText()).toContain('אבו-חמד ראיסה');
    expect(await page.getByTestId('overdue-follow-ups').getByRole('row').count()).toBe(0);
    expect(await page.getByTestId('overdue-follow-ups-count').innerText()).toBe('1');
    const overdue = await page.getByTestId('overdue-count').innerText();
    expect(overdue).toBe('1');
    await shot('01-dashboard');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'ליומן המועדים' }).click();
    await page.getByRole('heading', { name: 'יומן מועדים' }).waitFor();
    await expect.poll(() => page.getByTestId('overdue').innerText()).toContain('מועד אחד חלף ולא בוצע');
  });

  it('show in the calendar as binding, with a warning on the Saturday', async () => {
    const appeal = byRoute('medical_appeal');
    await page.goto(`${desk.server.url}#/calendar?month=${appeal.dueDate.slice(0, 7)}`);
    const entry = page.locator(`[data-date="${appeal.dueDate}"]`).getByTestId('calendar-entry');
    await expect.poll(() => entry.getAttribute('data-binding')).toBe('true');
    await shot('02-calendar');
    // The office's reminder 3 days ahead is on its day (the default reminders: 14 and 3 days).
    const reminderDay = format(addDays(parseISO(appeal.dueDate), -3), 'yyyy-MM-dd');
    await page.goto(`${desk.server.url}#/calendar?month=${reminderDay.slice(0, 7)}`);
    const reminder = page.locator(`[data-date="${reminderDay}"]`).getByTestId('calendar-reminder');
    await expect.poll(() => reminder.innerText()).toContain('תזכורת · נותרו 3 ימים: ראיסה אבו-חמד');
    const committee = byRoute('claims_committee');
    await page.goto(
      `${desk.server.url}#/calendar?month=${committee.dueDate.slice(0, 7)}&view=agenda&day=${committee.dueDate}`,
    );
    await expect.poll(() => page.getByTestId('calendar-entry').innerText()).toContain('המועד חל בשבת — יום מנוחה');
    expect(await page.getByTestId('rest-day-warning').count()).toBe(1);
    await shot('03-calendar-rest-day');
  });

  it('name the next one in the file header, with the days left', async () => {
    await page.goto(`${desk.server.url}#/clients/${clientId}`);
    const badge = page.getByTestId('running-deadline');
    const appeal = byRoute('medical_appeal');
    await expect.poll(() => badge.innerText()).toContain('מועד מחייב:');
    const text = await badge.innerText();
    expect(text).toContain(isoToDisplay(appeal.dueDate));
    expect(text).toContain('ערר על החלטת הוועדה הרפואית');
    expect(text).toMatch(/נותרו \d+ ימים|נותרו יומיים|נותר יום אחד/);
    expect(await page.getByText('אין מועדים פתוחים').count()).toBe(0);
    await shot('04-file-header');
  });

  it('are closed on the claim page as not needed only with a reason, which stays shown', async () => {
    await page.goto(`${desk.server.url}#/claims/${claimId}`);
    const rows = page.getByTestId('claim-task');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().innerText()).toContain('מועד מחייב');
    expect(await rows.first().innerText()).toContain('לפי:');
    await shot('05-claim-page');

    const court = rows.filter({ hasText: 'בית הדין האזורי לעבודה' });
    await court.getByRole('checkbox').click();
    const dialog = page.getByRole('dialog', { name: 'סגירת מועד' });
    await dialog.getByText('לא נדרש').click();
    await dialog.getByRole('button', { name: 'סגירת המועד' }).click();
    await expect.poll(() => dialog.innerText()).toContain('יש לכתוב בשדה סיבה מדוע המועד אינו נדרש');
    await shot('06-close-needs-reason');
    await dialog.getByLabel('סיבה').fill('הלקוחה בחרה בוועדת תביעות בלבד');
    await dialog.getByRole('button', { name: 'סגירת המועד' }).click();
    await expect.poll(() => court.getByTestId('close-reason').innerText()).toBe('הלקוחה בחרה בוועדת תביעות בלבד');
    expect(await court.innerText()).toContain('לא נדרש');
    await shot('07-closed-not-needed');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('are reminded of as the owner sets in settings, a bad value refused by name', async () => {
    await page.goto(`${desk.server.url}#/settings`);
    const days = fieldOf(page, 'ימים לפני המועד');
    await expect.poll(() => days.inputValue()).toBe('14, 3');
    await days.fill('0');
    await page.getByRole('region', { name: 'תזכורות למועדים' }).getByRole('button', { name: 'שמירה' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'תזכורות למועדים' }).innerText())
      .toContain('ימי תזכורת לפני מועד: בין יום אחד לשלושה');
    await days.fill('30, 7');
    await page.getByRole('region', { name: 'תזכורות למועדים' }).getByRole('button', { name: 'שמירה' }).click();
    await page.getByText('ימי התזכורת נשמרו').waitFor();
    await shot('08-settings-reminders');
    await page.goto(`${desk.server.url}#/`);
    await expect.poll(() => page.getByTestId('binding').innerText()).toContain('30, 7 ימים לפני המועד');
  });
});
