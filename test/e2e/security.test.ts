// Data security as an office's owner meets it, in real Chromium against browser mode: the dashboard
// reminds the owner of the recovery key until it is made and confirmed by two of its groups (a wrong
// group named by its field); its sheet downloads as a PDF; the encryption key is changed after a
// confirmation; a lawyer is shown none of it. A copy of the office on a machine without its key opens
// with the recovery key typed in (a mistyped one refused by its checksum); an office made before
// encryption is encrypted from its banner.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataKey } from '../../db/audit-key';
import { isPlainFile } from '../../db/sqlite';
import { openApp } from '../../main/app';
import { expectOk, OWNER, SETUP_INPUT } from '../support/app';
import { validId } from '../support/ids';
import { openKeyed } from '../support/keyed';
import { signedIn } from '../support/signed-in';
import { tempDir, testKeys } from '../support/temp';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { ownerFindsClientAfterRecovery } from './recovered';
import { callApi } from './http-api';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';
import { startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';

const OWNER_PERSON = { fullName: 'עו״ד תמר אלון', username: 'tamar', password: 'Tamar-Alon-Office-2026' };
const LAWYER = { username: 'yoav', password: 'Yoav-Lawyer-Office-2026' };
const DATE_TIME = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;
const CLIENT = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי',
  birthDate: '1975-04-12',
  sex: 'female' as const,
};

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

describe('the recovery key and a new encryption key, by the owner', () => {
  let desk: OwnerDesk;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    desk = await openOwnerDesk('משרד אלון', OWNER_PERSON);
    page = desk.page;
    token = signedIn(
      await callApi(desk.server.url, null, 'auth.login', {
        username: OWNER_PERSON.username,
        password: OWNER_PERSON.password,
      }),
    ).token;
  });
  afterAll(() => desk?.close());

  it('reminds the owner on the dashboard, makes the key, downloads its sheet and confirms it by two groups', async () => {
    await page.getByTestId('recovery-key-reminder').waitFor();
    await page.getByRole('link', { name: 'למפתח השחזור' }).click();
    await page.getByRole('heading', { name: 'אבטחת הנתונים' }).waitFor();
    expect(await page.getByTestId('recovery-key-state').innerText()).toBe('עדיין לא הופק מפתח שחזור למשרד');
    await page.getByRole('button', { name: 'הפקת מפתח שחזור' }).click();

    const shown = page.getByTestId('recovery-key-groups');
    await shown.waitFor();
    // The state from before the key was made no longer says there is none.
    expect(await page.getByTestId('recovery-key-state').count()).toBe(0);
    expect(await shown.getAttribute('dir')).toBe('ltr');
    const groups = await page.getByTestId('recovery-key-group').allInnerTexts();
    expect(groups).toHaveLength(14);
    expect(groups.every((g) => /^[0-9A-Z]{4}$/.test(g))).toBe(true);
    // Group 1 stands left of group 2, as on the sheet, whatever the page's direction.
    const [first, second] = await Promise.all(
      [0, 1].map((i) => page.getByTestId('recovery-key-group').nth(i).boundingBox()),
    );
    expect(first!.x).toBeLessThan(second!.x);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'הורדת הדף להדפסה (PDF)' }).click();
    const sheet = await downloading;
    expect(
      fs
        .readFileSync((await sheet.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const asked = (await page.getByText('כדי לוודא שהמפתח נרשם נכון').innerText()).match(/\d+/g)!.map(Number);
    expect(asked).toHaveLength(2);
    const [i, j] = asked as [number, number];
    await fieldOf(page, `קבוצה ${i}`).fill(groups[i - 1]!.toLowerCase());
    await fieldOf(page, `קבוצה ${j}`).fill(groups[j - 1] === 'ZZZZ' ? 'YYYY' : 'ZZZZ');
    await page.getByRole('button', { name: 'אישור', exact: true }).click();
    await page.getByText(`הקבוצה שהוקלדה בשדה "קבוצה ${j}" אינה תואמת את מפתח השחזור — יש לבדוק את הדף`).waitFor();
    await shot(page, 'security-recovery-key-new');
    expect((await callApi(desk.server.url, token, 'recoveryKey.state', {})).confirmedAt).toBeNull();

    await fieldOf(page, `קבוצה ${j}`).fill(groups[j - 1]!);
    await page.getByRole('button', { name: 'אישור', exact: true }).click();
    const state = page.getByTestId('recovery-key-state');
    await expect.poll(() => state.innerText()).toContain('ואושר ב-');
    expect(await state.innerText()).toMatch(DATE_TIME);
    expect(await page.getByTestId('recovery-key-groups').count()).toBe(0);
    expect((await callApi(desk.server.url, token, 'recoveryKey.state', {})).confirmedAt).not.toBeNull();
    await shot(page, 'security-recovery-key-confirmed');

    await page.getByRole('link', { name: 'לוח בקרה' }).click();
    await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
    await expect.poll(() => page.getByTestId('recovery-key-reminder').count()).toBe(0);
  });

  it('changes the encryption key after a confirmation', async () => {
    const before = loadDataKey(testKeys, desk.server.dataDir)!;
    await page.getByRole('link', { name: 'אבטחת הנתונים' }).click();
    await page.getByRole('button', { name: 'החלפת מפתח ההצפנה' }).click();
    const dialog = page.getByRole('dialog', { name: 'להחליף את מפתח ההצפנה?' });
    await dialog.getByRole('button', { name: 'כן, להחליף' }).click();
    const result = page.getByTestId('rotate-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.innerText()).toMatch(new RegExp(`^מפתח ההצפנה הוחלף ב-${DATE_TIME.source}$`));
    await shot(page, 'security-rotated');
    const after = loadDataKey(testKeys, desk.server.dataDir)!;
    expect(after.equals(before)).toBe(false);
    // The office goes on working under the new key.
    expect((await callApi(desk.server.url, token, 'recoveryKey.state', {})).confirmedAt).not.toBeNull();
  });

  it('shows a lawyer neither the screen nor the reminder', async () => {
    await callApi(desk.server.url, token, 'staff.create', {
      fullName: 'עו״ד יואב שחר',
      licenseNumber: '77123',
      role: 'lawyer',
      ...LAWYER,
    });
    const lawyer = await signedInPage(desk.browser, desk.server.url, LAWYER);
    await lawyer.getByRole('link', { name: 'לוח בקרה' }).waitFor();
    expect(await lawyer.getByRole('link', { name: 'אבטחת הנתונים' }).count()).toBe(0);
    expect(await lawyer.getByRole('link', { name: 'ניהול המשרד' }).count()).toBe(0);
    await lawyer.goto(`${desk.server.url}#/security`);
    await lawyer.getByText('מסך זה פתוח לבעלי המשרד בלבד').waitFor();
    expect(await lawyer.getByRole('button', { name: 'הפקת מפתח שחזור חדש' }).count()).toBe(0);
    expect(await lawyer.getByTestId('recovery-key-reminder').count()).toBe(0);
  });
});

describe('a copy of the office on a machine without its key, in Chromium', () => {
  let server: WebServer;
  let browser: Browser;
  let groups: string[] = [];
  const emptyKeys = tempDir('mitzui-e2e-new-machine-keys-');

  /** An office with a client and a confirmed recovery key, made with the usual test keys. */
  async function officeWithRecoveryKey(dataDir: string): Promise<void> {
    const app = await openApp({ keys: testKeys, dataDir });
    expectOk(await app.dispatch(null, 'office.setup', SETUP_INPUT));
    const session = app.sessions.resolve(
      (expectOk(await app.dispatch(null, 'auth.login', OWNER)) as { token: string }).token,
    );
    expectOk(await app.dispatch(session, 'clients.create', CLIENT));
    const made = expectOk(await app.dispatch(session, 'recoveryKey.create', {})) as {
      groups: string[];
      check: [number, number];
    };
    groups = made.groups;
    expectOk(
      await app.dispatch(session, 'recoveryKey.confirm', { groups: [groups[made.check[0]]!, groups[made.check[1]]!] }),
    );
    app.close();
  }

  beforeAll(async () => {
    server = await startWebServer({ MITZUI_KEY_DIR: emptyKeys.dir }, officeWithRecoveryKey);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    emptyKeys.cleanup();
  });

  it('explains what is missing, refuses a mistyped key by its checksum, and opens with the right one', async () => {
    const page = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      locale: 'he-IL',
      timezoneId: 'Asia/Jerusalem',
    });
    page.setDefaultTimeout(10_000);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'נתוני המשרד מוצפנים ומפתח ההצפנה חסר' }).waitFor();
    await page.getByText('ומפתח ההצפנה שלו אינו נמצא במחשב הזה', { exact: false }).first().waitFor();

    // Two characters of one group swapped: the checksum catches it.
    const third = groups[2]!;
    const swapped =
      third[1] === third[2]
        ? `${third.slice(0, 3)}${third[3] === 'A' ? 'B' : 'A'}`
        : `${third[0]}${third[2]}${third[1]}${third[3]}`;
    const mistyped = [...groups.slice(0, 2), swapped, ...groups.slice(3)].join(' ');
    const field = fieldOf(page, 'מפתח השחזור');
    await field.fill(mistyped);
    expect(await field.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await page.getByRole('button', { name: 'פתיחת הנתונים במפתח השחזור' }).click();
    await page.getByText('מפתח השחזור שהוקלד אינו תקין', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'security-recovery-mistyped.png'), fullPage: true });
    expect(loadDataKey({ dir: emptyKeys.dir }, server.dataDir)).toBeNull();

    // Lower case, dashes and spaces as a person types it off the sheet.
    await field.fill(`${groups.slice(0, 7).join('-')}  ${groups.slice(7).join(' ')}`.toLowerCase());
    await page.getByRole('button', { name: 'פתיחת הנתונים במפתח השחזור' }).click();
    await page.getByText('הנתונים נפתחו. מפתח ההצפנה נשמר שוב במחשב הזה.').waitFor();
    expect(loadDataKey({ dir: emptyKeys.dir }, server.dataDir)!.equals(loadDataKey(testKeys, server.dataDir)!)).toBe(
      true,
    );
    await ownerFindsClientAfterRecovery(page, OWNER, 'לוי רחל', { renewalOffered: true });
  });
});

describe('an office made before encryption, in Chromium', () => {
  let server: WebServer;
  let browser: Browser;

  /** An office with a client, its store then decrypted as a build before encryption left it. */
  async function plainOffice(dataDir: string): Promise<void> {
    const app = await openApp({ keys: testKeys, dataDir });
    expectOk(await app.dispatch(null, 'office.setup', SETUP_INPUT));
    const session = app.sessions.resolve(
      (expectOk(await app.dispatch(null, 'auth.login', OWNER)) as { token: string }).token,
    );
    expectOk(await app.dispatch(session, 'clients.create', CLIENT));
    app.close();
    const db = openKeyed(path.join(dataDir, 'mitzui.sqlite'));
    db.pragma('journal_mode = DELETE');
    db.pragma("rekey = ''");
    db.close();
  }

  beforeAll(async () => {
    server = await startWebServer({}, plainOffice);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows a banner, and encrypts the store after a confirmation, saying what it checked', async () => {
    const file = path.join(server.dataDir, 'mitzui.sqlite');
    expect(isPlainFile(file)).toBe(true);
    const page = await signedInPage(browser, server.url, OWNER);
    await page.getByTestId('encrypt-reminder').waitFor();
    await shot(page, 'security-encrypt-banner');
    await page.getByRole('link', { name: 'להצפנת המאגר' }).click();
    // No new key for a store not encrypted yet.
    await page.getByRole('button', { name: 'הצפנת המאגר' }).waitFor();
    expect(await page.getByRole('button', { name: 'החלפת מפתח ההצפנה' }).count()).toBe(0);
    await page.getByRole('button', { name: 'הצפנת המאגר' }).click();
    await page.getByRole('dialog', { name: 'להצפין את המאגר?' }).getByRole('button', { name: 'כן, להצפין' }).click();
    const result = page.getByTestId('encrypt-result');
    await result.waitFor({ timeout: 60_000 });
    const text = await result.innerText();
    expect(text).toContain('המאגר הוצפן');
    expect(Number(/שורות שנבדקו בעותק המוצפן: (\d+)/.exec(text)![1])).toBeGreaterThan(0);
    expect(text).toContain('יומן הפעולות נבדק בעותק המוצפן ונמצא שלם');
    await shot(page, 'security-encrypted');
    expect(isPlainFile(file)).toBe(false);
    await page.getByRole('button', { name: 'החלפת מפתח ההצפנה' }).waitFor();
    await page.getByRole('link', { name: 'לוח בקרה' }).click();
    await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
    await expect.poll(() => page.getByTestId('encrypt-reminder').count()).toBe(0);
  });
});
