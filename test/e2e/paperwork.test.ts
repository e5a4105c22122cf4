// Paperwork in real Chromium against browser mode: a new client (through the API) with a general
// disability claim; on the claim page the export is blocked and offers to create what is missing; a
// power of attorney signed by hand and uploaded as a scan shows on the checklist as a scanned copy; a
// power of attorney and a medical waiver are prepared in the client's language (Russian) and signed
// by drawing on the pad with the mouse (no typed name offered for them), the power of attorney naming
// the lawyer picked; the package downloads as a ZIP whose manifest matches its files, its papers footed
// with office, page and reference and free of the browser's User-Agent, and its folder is shown with a
// copy button; the client's tab lists the frozen papers.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { Manifest } from '../../shared/paperwork/manifest';
import { validId } from '../support/ids';
import { keepPdf, paperworkResults, pdfText } from '../support/paperwork-pdf';
import { seriousViolations } from './axe';
import { launchChromium } from './browser';
import { choose, fieldOf } from './fields';
import { callApi } from './http-api';
import { startWebServer, type WebServer } from './server';
import { signPaper } from './signing';
import { signedIn } from '../support/signed-in';
import { tempDir } from '../support/temp';

const OWNER = { username: 'noa', password: 'Yipui-Koach-2026' };
const ID = validId('31122334');

let server: WebServer;
let browser: Browser;
let page: Page;
let token: string;
let clientId: number;
let claimId: number;

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(server.url, token, name, input);

async function screenshot(name: string) {
  await page.screenshot({ path: path.join(paperworkResults, `${name}.png`) });
}

const SECOND_LAWYER = 'עו״ד רון לוי';

/** The power of attorney names the lawyer picked in the dialog, and offers no typed signature. */
async function pickLawyer(dialog: Locator): Promise<void> {
  expect(await dialog.getByText('הקלדת שם').count()).toBe(0);
  expect(await dialog.getByTestId('hand-only').innerText()).toContain('נחתמים ביד בלבד');
  await choose(dialog.page(), 'עורכי הדין שייפוי הכוח ממנה', `${SECOND_LAWYER} (88123)`);
  await dialog.getByText('היקף הייצוג').click(); // closes the list
  await screenshot('e2e-02a-poa-lawyers');
}

const POA = {
  button: 'יצירה: ייפוי כוח',
  title: 'ייפוי כוח לייצוג לפני המוסד לביטוח לאומי',
  language: 'רוסית',
  prepare: pickLawyer,
};
const WAIVER = { button: 'יצירה: כתב ויתור על סודיות רפואית', title: 'כתב ויתור על סודיות רפואית', language: 'רוסית' };

beforeAll(async () => {
  fs.mkdirSync(paperworkResults, { recursive: true });
  server = await startWebServer();
  await callApi(server.url, null, 'office.setup', {
    office: { name: 'משרד שגיא לזכויות', address: 'שדרות ירושלים 40, יפו', phone: '03-5181234' },
    owner: { fullName: 'עו״ד נועה שגיא', licenseNumber: '71234', ...OWNER },
  });
  token = signedIn(await callApi(server.url, null, 'auth.login', OWNER)).token;
  await api('staff.create', {
    fullName: SECOND_LAWYER,
    licenseNumber: '88123',
    username: 'ron',
    password: 'Ron-Levi-Lawyer-2026',
    role: 'lawyer',
  });
  clientId = (
    await api('clients.create', {
      idNumber: ID,
      firstNameHe: 'מרים',
      lastNameHe: 'אבוטבול',
      birthDate: '1964-09-21',
      sex: 'female',
      street: 'הרצל',
      houseNumber: '8',
      locality: 'אשדוד',
      mobilePhone: '050-7654321',
      preferredLanguage: 'ru',
    })
  ).id;
  claimId = (await api('claims.create', { clientId, benefit: 'general_disability' })).id;
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
    acceptDownloads: true,
  });
  page.setDefaultTimeout(15_000);
  await page.goto(server.url);
  await fieldOf(page, 'שם משתמש').fill(OWNER.username);
  await fieldOf(page, 'סיסמה').fill(OWNER.password);
  await page.getByRole('button', { name: 'כניסה' }).click();
  await page.getByRole('heading', { name: 'לוח בקרה' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('from a new client to an exported package in Chromium', () => {
  it('blocks the export and says what is missing, offering to create it', async () => {
    await page.goto(`${server.url}#/claims/${claimId}`);
    const blockers = page.getByTestId('export-blockers');
    await blockers.waitFor();
    await expect.poll(() => blockers.innerText()).toContain('חסר ייפוי כוח פעיל לגמלת נכות כללית');
    expect(await blockers.innerText()).toContain('חסר כתב ויתור על סודיות רפואית בתוקף');
    expect(await page.getByRole('button', { name: 'ייצוא חבילת הגשה' }).isDisabled()).toBe(true);
    await page.getByTestId('claim-paperwork').scrollIntoViewIfNeeded();
    await screenshot('e2e-01-claim-blocked');
  });

  it('counts a power of attorney signed by hand and scanned on the checklist, saying it is a scan and when it came', async () => {
    const checklist = page.getByTestId('claim-checklist');
    expect(await checklist.innerText()).toContain('ייפוי כוח חתום — חסר');
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    await api('documents.add', {
      clientId,
      claimId: null,
      kind: 'power_of_attorney',
      name: 'ייפוי כוח סרוק.png',
      mimeType: 'image/png',
      contentBase64: png,
    });
    await page.reload();
    const today = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Jerusalem',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date());
    await expect
      .poll(() => checklist.innerText())
      .toContain(`ייפוי כוח חתום — צורף: עותק סרוק שנחתם ביד, הועלה ב-${today}`);
    expect(await checklist.innerText()).toContain('כתב ויתור על סודיות רפואית חתום — חסר');
    // The scan alone puts no power of attorney in force: the blocker says to record it.
    expect(await page.getByTestId('export-blockers').innerText()).toContain(
      `הועלה ייפוי כוח סרוק (ב-${today}) אך לא נרשם ייפוי כוח פעיל`,
    );
    await checklist.scrollIntoViewIfNeeded();
    await screenshot('e2e-01b-claim-scanned-poa');
  });

  it('signs a power of attorney and a medical waiver drawn with the mouse', async () => {
    await signPaper(page, POA, () => screenshot('e2e-02-poa-dialog'));
    await expect.poll(() => page.getByTestId('export-blockers').innerText()).not.toContain('ייפוי כוח פעיל');
    await signPaper(page, WAIVER, () => screenshot('e2e-03-waiver-dialog'));
    await page.getByText('אפשר לייצא: ייפוי הכוח והוויתור על סודיות בתוקף').waitFor();
    expect(await page.getByTestId('export-blockers').count()).toBe(0);
  });

  it('exports the package as a ZIP whose manifest matches its files', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'ייצוא חבילת הגשה' }).click();
    const download = await downloading;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
    expect(download.suggestedFilename()).toBe(`${ID}_BL7801_${today}.zip`);
    const file = path.join(paperworkResults, 'e2e-package.zip');
    await download.saveAs(file);
    const zip = unzipSync(fs.readFileSync(file));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']!)) as Manifest;
    expect(manifest.files.map((f) => f.name)).toEqual([
      `${ID}_BL7801_${today}.pdf`,
      `${ID}_BL70_${today}.pdf`,
      `${ID}_WAIVER_${today}.pdf`,
      `${ID}_CHECKLIST_${today}.pdf`,
    ]);
    for (const entry of manifest.files)
      expect(createHash('sha256').update(zip[entry.name]!).digest('hex')).toBe(entry.sha256);
    const poa = pdfText(keepPdf('e2e-signed-poa', zip[`${ID}_BL70_${today}.pdf`]!));
    expect(poa).toContain('ייפוי כוח לייצוג לפני המוסד לביטוח לאומי');
    expect(poa).toContain('חתימה שצוירה על המסך');
    // The lawyer picked is the one appointed; the office is named once; the foot is the clerk's.
    const appointment = poa.slice(poa.indexOf('ממנה בזה את'), poa.indexOf('להיות מייצגי'));
    expect(appointment).toContain('רון לוי');
    expect(appointment).not.toContain('נועה שגיא');
    expect(appointment).toContain('ממשרד שגיא לזכויות');
    expect(poa.indexOf('הסכמת המייצג')).toBeGreaterThan(poa.indexOf('חתימת המבוטח'));
    expect(poa).toMatch(/עמוד\s*1\s*מתוך\s*2/);
    expect(poa).toMatch(/מסמך BL70-\d{8}-[A-Z2-9]{6}/);
    for (const paper of Object.values(zip))
      expect(Buffer.from(paper).toString('latin1')).not.toMatch(/Mozilla|HeadlessChrome|Chrome\//);
    await page.getByTestId('export-result').waitFor();
    // The package holds the documents decrypted: only the download (where the user chose) carries it.
    expect(await page.getByTestId('export-folder').count()).toBe(0);
    expect(fs.existsSync(path.join(server.dataDir, 'exports'))).toBe(false);
    await page.getByTestId('export-result').scrollIntoViewIfNeeded();
    await screenshot('e2e-04-exported');
    expect(await seriousViolations(page, '[data-testid="claim-paperwork"]')).toEqual([]);
  });

  it('saves the package into a folder the user names, refusing one that does not exist', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date());
    const target = tempDir('mitzui-e2e-upload-folder-');
    try {
      const folder = page.getByRole('combobox', { name: 'תיקיית היעד (לא חובה)' });
      await folder.fill(path.join(target.dir, 'missing'));
      await page.getByRole('button', { name: 'ייצוא חבילת הגשה' }).click();
      await page.getByText('התיקייה שנבחרה לשמירת הקובץ אינה קיימת').waitFor();
      expect(await folder.getAttribute('aria-invalid')).toBe('true');
      expect(fs.readdirSync(target.dir)).toEqual([]);

      await folder.fill(target.dir);
      await page.getByRole('button', { name: 'ייצוא חבילת הגשה' }).click();
      const saved = page.getByTestId('export-folder');
      await saved.waitFor();
      expect(await saved.innerText()).toContain('נשמר בתיקייה');
      expect(await saved.innerText()).toContain(target.dir);
      expect(fs.readdirSync(target.dir)).toEqual([`${ID}_BL7801_${today}.zip`]);
      // Browser mode cannot open a folder on the office's disk: only the desktop offers to.
      expect(await saved.getByRole('button', { name: 'פתיחת התיקייה' }).count()).toBe(0);
      await saved.scrollIntoViewIfNeeded();
      await screenshot('e2e-04b-saved-in-folder');
    } finally {
      target.cleanup();
    }
  });

  it('lists the frozen papers and the active representation on the client file', async () => {
    await page.goto(`${server.url}#/clients/${clientId}/paperwork`);
    const papers = page.getByTestId('signed-papers');
    await papers.waitFor();
    await expect.poll(() => papers.locator('tbody tr').count()).toBe(2);
    expect(await papers.innerText()).toContain('נעול ושלם');
    expect(await page.getByTestId('representations').innerText()).toContain('פעיל');
    await screenshot('e2e-05-client-paperwork');
    expect(await seriousViolations(page, '[data-testid="client-paperwork"]')).toEqual([]);
  });

  it('records that the insured revoked the power of attorney, and the claim can no longer be exported', async () => {
    await page.getByRole('button', { name: 'רישום ביטול בידי המבוטח' }).click();
    const dialog = page.getByRole('dialog', { name: 'המבוטח ביטל את ייפוי הכוח' });
    await fieldOf(page, 'תאריך הביטול').fill('31/02/2026');
    await dialog.getByRole('button', { name: 'רישום הביטול' }).click();
    await expect.poll(() => fieldOf(page, 'תאריך הביטול').getAttribute('aria-invalid')).toBe('true');
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jerusalem' }).format(new Date());
    await fieldOf(page, 'תאריך הביטול').fill(today);
    await dialog.getByRole('button', { name: 'רישום הביטול' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('representations').innerText()).toContain('בוטל בידי המבוטח');
    await page.goto(`${server.url}#/claims/${claimId}`);
    await expect.poll(() => page.getByTestId('export-blockers').innerText()).toContain(`בוטל על ידי המבוטח ב-${today}`);
    expect(await page.getByRole('button', { name: 'ייצוא חבילת הגשה' }).isDisabled()).toBe(true);
    // The office sees it on the dashboard: one client whose power of attorney the insured revoked.
    await page.getByRole('link', { name: 'לוח בקרה' }).click();
    await expect.poll(() => page.getByTestId('consent-attorney-revoked').innerText()).toBe('בוטל: 1');
    expect(await page.getByTestId('consent-total').innerText()).toBe('מבוטח אחד שחסר לו ייפוי כוח או כתב ויתור בתוקף');
  });
});
