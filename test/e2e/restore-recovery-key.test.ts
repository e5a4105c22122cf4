// A fresh install restores another office's backup file with that office's recovery key, in real
// Chromium against browser mode: office A (a client, a recovery key, a backup) and office B on a new
// data folder and a new key folder. A wrong key is named under the field and leaves B as it was; A's
// key, typed with dashes and in lower case, brings A's client to B. From A's backup folder (keys sealed
// by the backup passphrase), a wrong passphrase is named under its field and B is left as it was.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRecoveryKey, recoveryKeyGroups } from '../../db/recovery-key';
import { manifestFileOf } from '../../db/backup-manifest';
import { OWNER, SETUP_INPUT } from '../support/app';
import { validId } from '../support/ids';
import { tempDir } from '../support/temp';
import { launchChromium } from './browser';
import { fieldOf } from './fields';
import { callApi } from './http-api';
import { SHOTS } from './owner-desk';
import { signedInPage, signInOn } from './sign-in';
import { startWebServer, type WebServer } from './server';

const CLIENT_A = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי',
  birthDate: '1975-04-12',
  sex: 'female' as const,
};
const CLIENT_B = {
  idNumber: validId('04567890'),
  firstNameHe: 'משה',
  lastNameHe: 'מזרחי',
  birthDate: '1980-01-20',
  sex: 'male' as const,
};

const servers: WebServer[] = [];
const newMachine = tempDir('mitzui-e2e-new-keys-');
let browser: Browser;
let page: Page;
let officeB: WebServer;
let tokenB: string;
let recoveryKey: string[];
let backupFiles: string[];
const usb = tempDir('mitzui-e2e-usb-');

async function ownerToken(server: WebServer): Promise<string> {
  await callApi(server.url, null, 'office.setup', SETUP_INPUT);
  return ((await callApi(server.url, null, 'auth.login', OWNER)) as { token: string }).token;
}

async function lastNames(server: WebServer, token: string): Promise<string[]> {
  return (await callApi(server.url, token, 'clients.search', { query: '' })).rows.map((row) => row.lastNameHe);
}

/** Picks the backup file and its manifest together in the file chooser, as an office would, and fills the key. */
async function restoreWithKey(key: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'שחזור מקובץ גיבוי…' }).click();
  await (await chooser).setFiles(backupFiles);
  const dialog = page.getByRole('dialog', { name: 'לשחזר את הגיבוי?' });
  await fieldOf(page, 'מפתח שחזור').fill(key);
  await dialog.getByRole('button', { name: 'כן, לשחזר' }).click();
}

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const officeA = await startWebServer();
  servers.push(officeA);
  const tokenA = await ownerToken(officeA);
  await callApi(officeA.url, tokenA, 'clients.create', CLIENT_A);
  recoveryKey = (await callApi(officeA.url, tokenA, 'recoveryKey.create', {})).groups;
  const backup = await callApi(officeA.url, tokenA, 'backup.create', {});
  backupFiles = [backup.file, manifestFileOf(backup.file)];
  await callApi(officeA.url, tokenA, 'backup.create', { folder: usb.dir, passphrase: 'the-usb-stick-passphrase' });

  officeB = await startWebServer({ MITZUI_KEY_DIR: newMachine.dir });
  servers.push(officeB);
  tokenB = await ownerToken(officeB);
  await callApi(officeB.url, tokenB, 'clients.create', CLIENT_B);
  browser = await launchChromium();
  page = await signedInPage(browser, officeB.url, OWNER);
  await page.goto(`${officeB.url}#/settings`);
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
  newMachine.cleanup();
  usb.cleanup();
});

describe('restoring from a backup folder with its sealed keys', () => {
  it('names a wrong backup passphrase under its field and leaves this office as it was', async () => {
    await page.getByRole('button', { name: 'שחזור מתיקיית גיבוי…' }).click();
    const dialog = page.getByRole('dialog', { name: 'לשחזר מתיקיית גיבוי?' });
    await fieldOf(page, 'תיקיית הגיבוי').fill(usb.dir);
    await fieldOf(page, 'סיסמת גיבוי').fill('not-the-usb-passphrase');
    await dialog.getByRole('button', { name: 'כן, לשחזר' }).click();
    await dialog.getByText('סיסמת הגיבוי אינה פותחת את קובץ המפתחות שבתיקייה', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'restore-from-folder-wrong.png') });
    expect(await lastNames(officeB, tokenB)).toEqual(['מזרחי']);
    await dialog.getByRole('button', { name: 'ביטול' }).click();
  });
});

describe('restoring another office’s backup file with its recovery key', () => {
  it('names a wrong key under the field and leaves this office as it was', async () => {
    await restoreWithKey(recoveryKeyGroups(newRecoveryKey()).join(' '));
    const field = fieldOf(page, 'מפתח שחזור');
    await page.getByText('מפתח השחזור אינו פותח את קובץ הנתונים של המשרד', { exact: false }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: path.join(SHOTS, 'restore-recovery-key-wrong.png') });
    expect(await lastNames(officeB, tokenB)).toEqual(['מזרחי']);
    await page.getByRole('dialog').getByRole('button', { name: 'ביטול' }).click();
  });

  it('restores the backup with the office’s key and brings its client here', async () => {
    await restoreWithKey(recoveryKey.join('-').toLowerCase());
    await page.getByText('הגיבוי שוחזר').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'כניסה למיצוי' }).waitFor();
    const again = ((await callApi(officeB.url, null, 'auth.login', OWNER)) as { token: string }).token;
    expect(await lastNames(officeB, again)).toEqual(['לוי']);
  });

  it('offers the owner a new recovery key at sign-in, and reminds on the dashboard until it is confirmed', async () => {
    await signInOn(page, OWNER, { renewalOffered: true });
    await page.screenshot({ path: path.join(SHOTS, 'restore-recovery-key-renewal.png') });
    // Put off, the desk comes back where it was (the settings), and the dashboard keeps reminding.
    await page.getByRole('button', { name: 'אחר כך' }).click();
    await page.getByRole('heading', { name: 'הגדרות' }).waitFor();
    await page.getByRole('link', { name: 'לוח בקרה' }).click();
    await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
    await expect
      .poll(() => page.getByTestId('recovery-key-reminder').textContent())
      .toContain('המשרד שוחזר במחשב זה במפתח השחזור או במפתחות מתיקיית גיבוי');
    await page.screenshot({ path: path.join(SHOTS, 'restore-recovery-key-reminder.png') });
  });
});
