// The client file (screen 4) in real Chromium against browser mode on a demo office: every tab
// renders, records added through the UI, documents uploaded and previewed, a jump to a field, the
// role rules (a clerk sees no history and no delete), and two sessions editing one client where
// the second is refused with the stale-version message and keeps what it typed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { SESSION_HEADER } from '../../shared/api/transport';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { validId } from '../support/ids';
import { tempDir } from '../support/temp';
import { launchChromium } from './browser';
import { seriousViolations } from './axe';
import { choose, fieldOf } from './fields';
import { startWebServer, type WebServer } from './server';
import { signedIn } from '../support/signed-in';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const CLERK = { username: 'demo.clerk1', password: DEMO_LOGIN.password };
const STALE = 'מישהו אחר שינה את הרשומה בינתיים. השינויים שלך לא נשמרו — יש לרענן ולהזין אותם שוב';

let server: WebServer;
let browser: Browser;
let page: Page;
let token: string;
let clientId: number;
let demoClientId: number;
const files = tempDir('mitzui-upload-');

async function api<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  session: string | null = token,
): Promise<OutputOf<N>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (session) headers[SESSION_HEADER] = session;
  const response = await fetch(`${server.url}api/${name}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const reply = (await response.json()) as ApiResult<OutputOf<N>>;
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
  return reply.value;
}

async function newSession(login: {
  username: string;
  password: string;
}): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'he-IL',
    timezoneId: 'Asia/Jerusalem',
  });
  const p = await ctx.newPage();
  p.setDefaultTimeout(10_000);
  await p.goto(server.url);
  await fieldOf(p, 'שם משתמש').fill(login.username);
  await fieldOf(p, 'סיסמה').fill(login.password);
  await p.getByRole('button', { name: 'כניסה' }).click();
  await p.getByRole('link', { name: 'מבוטחים' }).waitFor();
  return { context: ctx, page: p };
}

async function screenshot(name: string, on: Page = page) {
  await on.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

async function openFile(id: number, tab = 'details', on: Page = page) {
  await on.goto(`${server.url}#/clients/${id}/${tab}`);
  await on.getByTestId('file-header').waitFor();
}

/** A demo client whose file has records of most kinds, for the tab-by-tab walk. */
async function richDemoClient(): Promise<number> {
  const { rows } = await api('clients.search', { query: '', limit: 40 });
  let best = { id: rows[0]!.id, score: -1 };
  for (const row of rows) {
    const file = await api('clients.file', { id: row.id });
    const score = [
      file.family,
      file.employment,
      file.incomes,
      file.medical,
      file.events,
      file.representation,
      file.consents,
      file.fees,
      file.claims,
      file.tasks,
      file.notes,
    ].filter((list) => list.length > 0).length;
    if (score > best.score) best = { id: row.id, score };
  }
  return best.id;
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({}, (dataDir) => fillWithDemoOffice(dataDir, 30, 7));
  token = signedIn(await api('auth.login', DEMO_LOGIN, null)).token;
  clientId = (
    await api('clients.create', {
      idNumber: validId('31122013'),
      firstNameHe: 'רחל',
      lastNameHe: 'אבוטבול',
      birthDate: '1968-09-14',
      sex: 'female',
      locality: 'אשדוד',
      fileNumber: '2026-117',
    })
  ).id;
  demoClientId = await richDemoClient();
  browser = await launchChromium();
  ({ page } = await newSession(DEMO_LOGIN));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  files.cleanup();
});

describe('client file in Chromium', () => {
  it('shows the header and renders every tab of a demo client, with no serious accessibility violations', async () => {
    const file = await api('clients.file', { id: demoClientId });
    await openFile(demoClientId);
    await page.getByRole('heading', { name: `${file.client.firstNameHe} ${file.client.lastNameHe}` }).waitFor();
    const header = page.getByTestId('file-header');
    expect(await header.locator('bdi').first().innerText()).toBe(file.client.idNumber);
    expect(await header.locator('bdi').first().getAttribute('dir')).toBe('ltr');
    expect(await page.getByTestId('poa-badge').innerText()).toMatch(/ייפוי כוח|אין ייפוי כוח/);
    expect(await seriousViolations(page)).toEqual([]);

    const tabs = page.getByRole('tab');
    const names = await tabs.allInnerTexts();
    expect(names).toEqual([
      'תמונת מצב',
      'פרטים',
      'משפחה',
      'עבודה והכנסות',
      'רפואי',
      'ועדות',
      'אירועים',
      'ייצוג והסכמות',
      'שכר טרחה',
      'תביעות',
      'תשלומים',
      'מסמכים',
      'משימות ומועדים',
      'הערות',
      'זכויות',
      'מסמכים לחתימה',
      'היסטוריה',
    ]);
    const expectations: [string, string, string][] = [
      ['family', 'משפחה', 'בני משפחה'],
      ['work', 'עבודה והכנסות', 'הכנסות חודשיות'],
      ['medical', 'רפואי', 'קביעות רפואיות'],
      ['committees', 'ועדות', 'ועדות רפואיות'],
      ['events', 'אירועים', 'אירועים'],
      ['representation', 'ייצוג והסכמות', 'הסכמות'],
      ['fee', 'שכר טרחה', 'הסכמי שכר טרחה'],
      ['claims', 'תביעות', 'תביעות'],
      ['documents', 'מסמכים', 'מסמכים'],
      ['tasks', 'משימות ומועדים', 'משימות ומועדים פתוחים'],
      ['notes', 'הערות', 'הערות'],
      ['history', 'היסטוריה', 'היסטוריית התיק'],
    ];
    await screenshot('file-01-details');
    for (const [route, tab, heading] of expectations) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/clients/${demoClientId}/${route}`);
      await page
        .getByRole('heading', { name: new RegExp(`^${heading}`) })
        .first()
        .waitFor();
      expect(await page.getByRole('tab', { name: tab, exact: true }).getAttribute('aria-selected')).toBe('true');
      await screenshot(`file-tab-${route}`);
    }
    // The history tab lists who did what, newest first.
    await page.getByTestId('table-history').waitFor();
    expect(await page.getByTestId('table-history').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    for (const route of ['rights', 'paperwork']) {
      await page.getByRole('tab', { name: route === 'rights' ? 'זכויות' : 'מסמכים לחתימה', exact: true }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/clients/${demoClientId}/${route}`);
      await screenshot(`file-tab-${route}`);
    }
  });

  it('adds a family member through the form, with a Hebrew error beside a wrong date first', async () => {
    await openFile(clientId, 'family');
    await page.getByText('לא נרשמו בני משפחה').waitFor();
    await page.getByRole('button', { name: 'הוספת בן משפחה' }).click();
    const editor = page.getByTestId('editor-family');
    await choose(page, 'קרבה', 'בן/בת זוג');
    await fieldOf(page, 'שם פרטי').fill('יוסף');
    await fieldOf(page, 'שם משפחה').fill('אבוטבול');
    await fieldOf(page, 'תאריך לידה').fill('31/02/1966');
    await fieldOf(page, 'הכנסה חודשית').fill('4,500');
    await editor.getByRole('button', { name: 'שמירה' }).click();
    const birth = fieldOf(page, 'תאריך לידה');
    await expect.poll(() => birth.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.innerText()).toContain('תאריך לידה אינו תאריך תקין');
    await screenshot('file-02-family-error');

    await birth.fill('02/03/1966');
    await editor.getByRole('button', { name: 'שמירה' }).click();
    await page.getByText('הרשומה נשמרה').waitFor();
    const row = page.getByTestId('table-family').locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.first().locator('td').allInnerTexts();
    expect(cells.slice(0, 6)).toEqual(['בן/בת זוג', 'יוסף', 'אבוטבול', '', '02/03/1966', '4,500.00 ₪']);
    expect((await api('family.list', { clientId }))[0]).toMatchObject({
      relation: 'spouse',
      birthDate: '1966-03-02',
      monthlyIncome: '4500.00',
    });
    await screenshot('file-03-family');
  });

  it('adds a medical determination with its impairments', async () => {
    await openFile(clientId, 'medical');
    await page.getByRole('button', { name: 'הוספת קביעה רפואית' }).click();
    const editor = page.getByTestId('editor-medical');
    await choose(page, 'סוג הוועדה', 'ועדה רפואית מדרג ראשון');
    await fieldOf(page, 'תאריך הוועדה').fill('15/01/2025');
    await fieldOf(page, 'נכות רפואית משוקללת').fill('52');
    await fieldOf(page, 'דרגת אי-כושר השתכרות').fill('60');
    await editor.getByRole('button', { name: 'הוספת ליקוי' }).click();
    await fieldOf(page, 'סעיף ליקוי 1').and(page.locator('input')).fill('33(1)(ב)');
    await fieldOf(page, 'אחוזים לליקוי 1').fill('40');
    await editor.getByRole('button', { name: 'הוספת ליקוי' }).click();
    await fieldOf(page, 'סעיף ליקוי 2').and(page.locator('input')).fill('37(7)(ב)');
    await fieldOf(page, 'אחוזים לליקוי 2').fill('120');
    await editor.getByRole('button', { name: 'שמירה' }).click();
    await expect.poll(() => fieldOf(page, 'אחוזים לליקוי 2').getAttribute('aria-invalid')).toBe('true');
    await fieldOf(page, 'אחוזים לליקוי 2').fill('20');
    await screenshot('file-04-medical-form');
    await editor.getByRole('button', { name: 'שמירה' }).click();
    await page.getByTestId('table-medical').waitFor();
    const cells = await page.getByTestId('table-medical').locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 5)).toEqual(['ועדה רפואית מדרג ראשון', '15/01/2025', '52%', '60%', '']);
    expect(cells[6]).toBe('33(1)(ב) · 40%\n37(7)(ב) · 20%');
    const [saved] = await api('medical.list', { clientId });
    expect(saved!.impairments.map((i) => [i.section, i.percent])).toEqual([
      ['33(1)(ב)', 40],
      ['37(7)(ב)', 20],
    ]);
    await screenshot('file-05-medical');
  });

  it('jumps from a rights-panel fact to its field: the tab, the right row, the field focused and marked', async () => {
    await page.goto(`${server.url}#/clients/${clientId}?focus=family.spouse.monthlyIncome`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/clients/${clientId}/family`);
    await page.getByTestId('editor-family').waitFor();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('4,500.00');
    expect(await page.locator('.focus-highlight').innerText()).toContain('הכנסה חודשית');
    await page.keyboard.press('Escape');

    // No event yet: a new one opens, its days field focused.
    await page.goto(`${server.url}#/clients/${clientId}/events?focus=events.days`);
    await page.getByTestId('editor-events').waitFor();
    expect(await page.getByRole('dialog').getByRole('heading').innerText()).toBe('הוספת אירוע');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.focus-highlight')?.textContent ?? ''))
      .toContain('מספר ימים');
    await page.keyboard.press('Escape');

    await page.goto(`${server.url}#/clients/${clientId}?focus=client.residency`);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`#/clients/${clientId}/details`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.focus-highlight')?.textContent ?? ''))
      .toContain('תושבות');
    await screenshot('file-06-jump-to-field');
  });

  it('uploads a PDF and an image by the drop zone and previews both', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([420, 595]).drawText('Mitzui decision letter', {
      x: 40,
      y: 520,
      size: 20,
      font: await pdf.embedFont(StandardFonts.Helvetica),
    });
    const pdfPath = path.join(files.dir, 'decision-2025.pdf');
    fs.writeFileSync(pdfPath, await pdf.save());
    const pngPath = path.join(files.dir, 'id-card.png');
    await page.screenshot({ path: pngPath, clip: { x: 0, y: 0, width: 200, height: 120 } });
    const refused: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && refused.push(message.text()));

    await openFile(clientId, 'documents');
    await page.getByText('אין מסמכים בתיק').waitFor();
    await choose(page, 'סוג המסמך', 'מכתב החלטה');
    await page.getByTestId('dropzone').locator('input[type=file]').setInputFiles([pdfPath, pngPath]);
    await page.getByText('2 קבצים הועלו').waitFor();
    const rows = page.getByTestId('table-documents').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByTestId('table-documents').innerText()).toContain('decision-2025.pdf');

    await page.getByRole('button', { name: 'תצוגה מקדימה decision-2025.pdf' }).click();
    const frame = page.getByTestId('pdf-preview');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await page.waitForTimeout(800); // the PDF viewer draws the page
    await screenshot('file-07-pdf-preview');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'תצוגה מקדימה id-card.png' }).click();
    const image = page.getByTestId('image-preview');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(200);
    await screenshot('file-08-image-preview');
    await page.keyboard.press('Escape');
    expect(refused).toEqual([]);
  });

  it('a clerk sees neither the history tab nor delete buttons, and cannot reach the history by its address', async () => {
    const clerk = await newSession(CLERK);
    await openFile(clientId, 'family', clerk.page);
    await clerk.page.getByTestId('table-family').waitFor();
    expect(await clerk.page.getByRole('tab').allInnerTexts()).not.toContain('היסטוריה');
    expect(await clerk.page.getByRole('tab').count()).toBe(16);
    expect(await clerk.page.getByRole('button', { name: 'עריכה' }).count()).toBe(1);
    expect(await clerk.page.getByRole('button', { name: 'מחיקה' }).count()).toBe(0);
    await clerk.page.goto(`${server.url}#/clients/${clientId}/history`);
    await expect.poll(() => clerk.page.evaluate(() => location.hash)).toBe(`#/clients/${clientId}/summary`);
    expect(await clerk.page.getByTestId('table-history').count()).toBe(0);
    await screenshot('file-09-clerk', clerk.page);
    await clerk.context.close();
  });

  it('two sessions edit the same client: the second is refused, sees the other values and keeps its input', async () => {
    const second = await newSession(CLERK);
    await openFile(clientId, 'details');
    await openFile(clientId, 'details', second.page);

    await fieldOf(page, 'יישוב').fill('אשקלון');
    await page.getByRole('button', { name: 'שמירה' }).click();
    await page.getByText('פרטי המבוטח נשמרו').waitFor();

    await fieldOf(second.page, 'יישוב').fill('קריית גת');
    await fieldOf(second.page, 'טלפון נייד').fill('054-7654321');
    await second.page.getByRole('button', { name: 'שמירה' }).click();
    const conflict = second.page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(STALE);
    const locality = conflict.locator('tr[data-field="locality"] td');
    expect(await locality.allInnerTexts()).toEqual(['יישוב', 'קריית גת', 'אשקלון']);
    expect(await fieldOf(second.page, 'יישוב').inputValue()).toBe('קריית גת');
    expect(await fieldOf(second.page, 'טלפון נייד').inputValue()).toBe('054-7654321');
    expect((await api('clients.get', { id: clientId })).locality).toBe('אשקלון');
    await screenshot('file-10-stale-version', second.page);

    await second.page.getByRole('button', { name: 'שמירת הערכים שלי על הגרסה העדכנית' }).click();
    await second.page.getByText('פרטי המבוטח נשמרו').waitFor();
    expect(await second.page.getByTestId('conflict').count()).toBe(0);
    const saved = await api('clients.get', { id: clientId });
    expect(saved.locality).toBe('קריית גת');
    expect(saved.mobilePhone).toMatch(/547654321$/);
    await second.context.close();
  });

  it('a stale edit of a record keeps the typed values beside the saved ones', async () => {
    const [spouse] = await api('family.list', { clientId });
    await openFile(clientId, 'family');
    await page.getByTestId('table-family').locator('tbody tr').first().click();
    await fieldOf(page, 'הכנסה חודשית').fill('5,200');
    await api('family.update', { ...spouse!, monthlyIncome: '6100.00', idNumber: null });
    await page.getByTestId('editor-family').getByRole('button', { name: 'שמירה' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.locator('tr[data-field="monthlyIncome"] td').allInnerTexts()).toEqual([
      'הכנסה חודשית',
      '5,200 ₪',
      '6,100.00 ₪',
    ]);
    expect(await fieldOf(page, 'הכנסה חודשית').inputValue()).toBe('5,200');
    await page.getByRole('button', { name: 'לקחת את הערכים השמורים' }).click();
    expect(await fieldOf(page, 'הכנסה חודשית').inputValue()).toBe('6,100.00');
    await page.keyboard.press('Escape');
  });

  it('opens a new claim from the file and links to the claim page', async () => {
    await openFile(clientId, 'claims');
    await page.getByText('אין תביעות בתיק').waitFor();
    await page.getByRole('button', { name: 'תביעה חדשה' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'פתיחת התביעה' }).click();
    await expect.poll(() => fieldOf(page, 'גמלה').and(page.locator('input')).getAttribute('aria-invalid')).toBe('true');
    await choose(page, 'גמלה', 'נכות כללית');
    await fieldOf(page, 'מספר טופס').fill('בל/7801');
    await page.getByRole('dialog').getByRole('button', { name: 'פתיחת התביעה' }).click();
    await page.getByText('התביעה נפתחה').waitFor();
    const link = page.getByTestId('table-claims').getByRole('link', { name: 'נכות כללית' });
    const [claim] = await api('claims.list', { clientId });
    expect(await link.getAttribute('href')).toBe(`#/claims/${claim!.id}`);
    expect(await page.getByTestId('table-claims').locator('tbody tr td').nth(2).innerText()).toBe('טיוטה');
    await screenshot('file-11-claims');
  });

  it('adds a task with a due date and marks it done; adds a note', async () => {
    await openFile(clientId, 'tasks');
    await fieldOf(page, 'משימה').fill('להגיש ערר על החלטת הוועדה');
    await fieldOf(page, 'מועד אחרון').fill('01/01/2020');
    await page.getByRole('button', { name: 'הוספת משימה' }).click();
    await page.getByText('המשימה נוספה').waitFor();
    const row = page.getByTestId('table-tasks').locator('tbody tr').first();
    expect(await row.innerText()).toContain('01/01/2020 · באיחור');
    await expect.poll(() => page.getByTestId('deadline-badge').innerText()).toContain('01/01/2020');
    await row.getByRole('checkbox').click();
    await expect.poll(() => page.getByTestId('deadline-badge').count()).toBe(0);

    await page.getByRole('tab', { name: 'הערות', exact: true }).click();
    await fieldOf(page, 'הערה חדשה').fill('המבוטחת ביקשה לדחות את הוועדה לחודש הבא');
    await page.getByRole('button', { name: 'הוספת הערה' }).click();
    await page.getByText('המבוטחת ביקשה לדחות את הוועדה לחודש הבא').waitFor();
    await screenshot('file-12-notes');
  });
});

describe('the file at a glance, and search everywhere', () => {
  it('opens on a summary that prints on one A4 page, with the office and the date and without the desk around it', async () => {
    await api('tasks.create', { kind: 'committee', title: 'ועדה רפואית מדרג ראשון', dueDate: '2099-02-03', clientId });
    await api('committees.create', {
      clientId,
      committeeType: 'appeals',
      committeeDate: '2099-01-20',
      committeeTime: '10:15',
      branch: 'ashdod',
    });
    await api('tasks.create', { kind: 'deadline', title: 'הגשת ערר לבית הדין', dueDate: '2020-02-02', clientId });
    // Ten open in all: the soonest eight are listed, so the printed page stays one page.
    for (let month = 1; month <= 8; month++)
      await api('tasks.create', { kind: 'follow_up', title: `מעקב ${month}`, dueDate: `2098-0${month}-01`, clientId });
    await page.goto(`${server.url}#/clients/${clientId}`);
    await page.reload(); // the file was open on another tab before the tasks were added
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/clients/${clientId}/summary`);
    const summary = page.getByTestId('client-summary');
    await summary.getByTestId('summary-claims').getByRole('link', { name: 'נכות כללית' }).waitFor();
    expect(await summary.getByTestId('summary-claims').innerText()).toContain('טיוטה');
    expect(await summary.getByTestId('summary-committee').innerText()).toContain(
      '20/01/2099 10:15 · ועדה רפואית לעררים · סניף אשדוד',
    );
    expect(await summary.getByTestId('summary-deadlines').innerText()).toContain('הגשת ערר לבית הדין · עבר המועד');
    expect(await summary.getByTestId('summary-deadlines').innerText()).toContain('ועוד שני מועדים בלשונית המשימות');
    expect(await summary.getByTestId('summary-papers').innerText()).toContain('ייפוי כוח חתום');
    expect(await summary.getByTestId('summary-note').innerText()).toContain('המבוטחת ביקשה לדחות את הוועדה לחודש הבא');
    expect(await summary.getByTestId('summary-contact').innerText()).toContain('לא נרשמה שיחה שבוצעה');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('file-13-summary');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'הדפסה לוועדה' }).isVisible()).toBe(false);
    const head = page.getByTestId('print-head');
    expect(await head.innerText()).toContain('הודפס ב־');
    expect(await head.innerText()).toContain(await page.getByTestId('office-name').textContent());
    await screenshot('file-14-summary-print');
    const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.getPageCount()).toBe(1);
    fs.writeFileSync(path.join(shots, 'file-14-summary-print.pdf'), await pdf.save());
    await page.emulateMedia({ media: 'screen' });
  });

  it('returns from a claim to the file, on the tab it was opened from, by the back link and by the browser', async () => {
    const file = `#/clients/${clientId}`;
    await page.getByTestId('summary-claims').getByRole('link', { name: 'נכות כללית' }).click();
    const back = page.getByRole('link', { name: 'חזרה לתיק של רחל אבוטבול' });
    await back.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`${file}/summary`);

    await page.getByRole('tab', { name: 'תביעות' }).click();
    await page.getByTestId('table-claims').getByRole('link', { name: 'נכות כללית' }).click();
    await back.waitFor();
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`${file}/claims`);
    expect(await page.getByRole('tab', { name: 'תביעות' }).getAttribute('aria-selected')).toBe('true');
    await page.getByTestId('table-claims').locator('tbody tr').first().click();
    await back.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`${file}/claims`);
  });

  it("shows the global search's results while typing (Ctrl+K), other spellings of a name included", async () => {
    await page.keyboard.press('Control+K');
    const global = page.getByRole('combobox', { name: 'חיפוש מבוטח לפי שם, ת.ז. או טלפון' });
    await expect.poll(() => global.evaluate((el) => el === document.activeElement)).toBe(true);
    // Written with ת for ט and without the ו: still Rachel Abutbul, found before Enter.
    await page.keyboard.type('אבתבל', { delay: 60 });
    const results = page.getByTestId('global-results');
    await results.getByRole('option', { name: /רחל אבוטבול/ }).waitFor();
    expect(await results.getByRole('option').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('רחל אבוטבול')]),
    );
    await screenshot('search-01-while-typing');
    await results.getByRole('option', { name: /רחל אבוטבול/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/clients/${clientId}/summary`);
    expect(await global.inputValue()).toBe('');
  });

  it("searches the claims list and board by the client's name, ID or NII claim number, and shows the NII number", async () => {
    const [listed] = await api('claims.list', { clientId });
    const claim = await api('claims.update', { ...listed!, illnessDescription: 'כאבי גב מאז התאונה' });
    await page.goto(`${server.url}#/claims/${claim.id}`);
    await page.getByRole('button', { name: 'עריכת מספר התביעה בביטוח לאומי' }).click();
    const nii = page.getByRole('textbox', { name: 'מספר התביעה בביטוח לאומי' });
    await nii.fill('3'.repeat(31));
    await nii.press('Enter');
    await expect.poll(() => nii.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await nii.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toContain('מספר התביעה בביטוח לאומי');
    await screenshot('claims-00-nii-number-refused');
    await nii.fill('31-7654321');
    await nii.press('Enter');
    await expect.poll(() => page.getByTestId('nii-claim-number').innerText()).toBe('31-7654321');
    // The claim's other fields are kept as they were.
    expect(await api('claims.get', { id: claim.id })).toMatchObject({
      niiClaimNumber: '31-7654321',
      illnessDescription: 'כאבי גב מאז התאונה',
      formNumber: 'בל/7801',
    });
    await page.goto(`${server.url}#/claims?view=list`);
    const table = page.getByRole('table', { name: 'רשימת התביעות' });
    await table.locator('tbody tr').first().waitFor();
    const box = fieldOf(page, 'חיפוש');
    await box.fill('אבוטבול');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().innerText()).toContain('31-7654321');
    expect(await table.locator('thead').innerText()).toContain('מס׳ תביעה בב״ל');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('q=');
    await box.fill('31-7654');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('q=31-7654');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await screenshot('claims-01-search-list');
    await page.locator('label', { hasText: /^לוח$/ }).click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).not.toContain('view=list');
    await expect.poll(() => page.getByRole('link', { name: /רחל אבוטבול/ }).count()).toBe(1);
    await screenshot('claims-02-search-board');
  });
});
