// The NII's letters walked through in real Chromium against browser mode: five letters of five kinds
// for two clients dropped on the inbox at once, each matched to its client and read, then confirmed —
// and the claims, their tasks and deadlines, the medical determinations, the appeal's estimate, the
// payments' check (a month short) and the fee ledger show what they said.
import path from 'node:path';
import { format, subDays } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { addMonthsIso, todayInIsrael } from '../../shared/dates';
import { appealClient, incapacityOf80, notWorking } from '../support/appeal-client';
import { signedIn } from '../support/signed-in';
import { callApi } from './http-api';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const OWNER = { fullName: 'עו״ד תמר גל', username: 'tamar', password: 'Michtavim-Nichnasim-2026' };
const dotted = (date: Date) => format(date, 'dd.MM.yyyy');
const sitting = subDays(new Date(), 10);
/** The month the NII should have paid last (the one before this), and the three before it. */
const month = (back: number) => addMonthsIso(todayInIsrael(), -back).slice(0, 7);
const monthDotted = (m: string) => `${m.slice(5)}/${m.slice(0, 4)}`;

let desk: OwnerDesk;
let page: Page;
let token: string;
let committeeClient: { id: number; idNumber: string; claimId: number };
let paidClient: { id: number; idNumber: string; claimId: number };

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(desk.server.url, token, name, input);

const head = (idNumber: string, subject: string) => [
  'המוסד לביטוח לאומי',
  'סניף חיפה',
  `ת.ז. ${idNumber}`,
  `הנדון: ${subject}`,
  'שלום רב,',
];

/** Five letters, by the kind the inbox should read each as. */
function letters(): Record<string, string[]> {
  const a = committeeClient.idNumber;
  const b = paidClient.idNumber;
  return {
    'זימון.txt': [
      ...head(a, 'זימון לוועדה רפואית - נכות כללית'),
      `הנך מוזמן/ת לוועדה רפואית שתתקיים ביום ${dotted(sitting)} בשעה 09:30.`,
      'מקום הוועדה: סניף חיפה, שדרות פל-ים 8, קומה 2',
    ],
    'פרוטוקול.txt': [
      'פרוטוקול ועדה רפואית - נכות כללית',
      `ת.ז. ${a}`,
      `תאריך הוועדה: ${dotted(sitting)}`,
      'ליקויים שנקבעו:',
      '1. צלקות - 10%',
      '2. הפרעה דיכאונית - 20%',
      'נכות רפואית משוקללת: 28%',
      'הנכות נקבעה כנכות צמיתה.',
      'על החלטה זו ניתן להגיש ערר לוועדה רפואית לעררים.',
    ],
    'החלטה.txt': [
      ...head(b, 'החלטה בתביעה לקצבת נכות כללית'),
      `בהחלטה מיום ${dotted(subDays(new Date(), 20))} הוחלט לאשר את תביעתך.`,
      'על החלטה זו ניתן לערער לבית הדין האזורי לעבודה.',
    ],
    'מסמכים.txt': [
      ...head(b, 'השלמת מסמכים'),
      `לצורך הטיפול בתביעתך נבקשך להמציא את המסמכים הבאים עד ליום ${dotted(subDays(new Date(), -20))}:`,
      'סיכום אשפוז ותעודה רפואית עדכנית.',
    ],
    'תשלום.txt': [
      ...head(b, 'הודעה על תשלום קצבת נכות כללית'),
      `עבור החודשים: ${monthDotted(month(1))} - ${monthDotted(month(1))}`,
      'סכום התשלום: 4,711.00 ₪',
      'הסכום הועבר לחשבונך.',
    ],
  };
}

async function filedClaimOf(clientId: number): Promise<number> {
  let claim = await api('claims.create', { clientId, benefit: 'general_disability' });
  for (const to of ['ready', 'filed'] as const)
    claim = await api('claims.transition', { id: claim.id, version: claim.version, to });
  return claim.id;
}

beforeAll(async () => {
  desk = await openOwnerDesk('משרד גל', OWNER);
  page = desk.page;
  page.setDefaultTimeout(20_000);
  token = signedIn(await callApi(desk.server.url, null, 'auth.login', OWNER)).token;
  for (const [prefix, name] of [
    ['27182818', 'committee'],
    ['31415926', 'paid'],
  ] as const) {
    const input = { ...appealClient(prefix), firstNameHe: name === 'committee' ? 'משה' : 'יוסף' };
    const id = (await api('clients.create', input)).id;
    await api('employment.create', notWorking(id));
    // The second's degree entitles him to the full pension, so a month not paid is a month owed.
    await api('medical.create', { ...incapacityOf80(id), weightedPercent: name === 'paid' ? 75 : 20 });
    const client = { id, idNumber: input.idNumber, claimId: await filedClaimOf(id) };
    if (name === 'committee') committeeClient = client;
    else paidClient = client;
  }
  await api('fees.create', {
    clientId: paidClient.id,
    benefits: ['general_disability'],
    openingFee: '0',
    successFeePercent: '10.25',
    signedDate: '2025-01-10',
    cancellationWorkingDays: 7,
    cancelledDate: null,
    informationSheetGiven: true,
  });
  // Paid by hand for the two months before the one the letter skips.
  for (const m of [month(4), month(3)])
    await api('payments.create', { claimId: paidClient.claimId, kind: 'monthly', fromMonth: m, amount: '4711.00' });
}, 120_000);

afterAll(() => desk?.close());

describe('five letters for two clients, from the inbox to the file', () => {
  it('matches and reads each letter, and confirming acts on it', async () => {
    await page.getByRole('link', { name: 'דואר נכנס' }).click();
    await page.getByRole('heading', { name: 'דואר נכנס מהביטוח הלאומי' }).waitFor();
    const files = Object.entries(letters()).map(([name, lines]) => ({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(lines.join('\n'), 'utf8'),
    }));
    await page.getByTestId('inbox-dropzone').locator('input[type=file]').setInputFiles(files);
    const rows = page.getByTestId('inbox-items').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(5);
    await page.screenshot({ path: path.join(SHOTS, 'letters-walk-inbox.png'), fullPage: true });

    // In the order the NII sent them; each shows its client before it is confirmed.
    const expected: [string, string, string, string][] = [
      ['זימון.txt', 'זימון לוועדה רפואית', 'משה דהן', 'נרשמה ועדה רפואית'],
      ['פרוטוקול.txt', 'פרוטוקול ועדה רפואית', 'משה דהן', 'נכות משוקללת 28%'],
      ['החלטה.txt', 'החלטה', 'יוסף דהן', 'נרשמה החלטה בתביעה'],
      ['מסמכים.txt', 'בקשה למסמכים', 'יוסף דהן', 'נפתחה משימה'],
      ['תשלום.txt', 'הודעה על תשלום', 'יוסף דהן', '4,711.00'],
    ];
    for (const [name, kind, client, step] of expected) {
      const row = rows.filter({ hasText: name });
      await row.click();
      await expect.poll(() => row.innerText()).toContain(client);
      expect(await row.locator('td').nth(1).innerText()).toBe(kind);
      await page.getByRole('button', { name: 'אישור ותיוק בתיק המבוטח' }).click();
      const done = page.getByTestId('inbox-done');
      await expect.poll(() => done.innerText()).toContain(step);
    }
    await page.screenshot({ path: path.join(SHOTS, 'letters-walk-done.png'), fullPage: true });
  }, 180_000);

  it("shows the committee, its outcome, the ערר deadline and the appeal's estimate on the first client's claim", async () => {
    const committees = await api('committees.list', { claimId: committeeClient.claimId });
    expect(committees).toHaveLength(1);
    expect(committees[0]).toMatchObject({ committeeDate: format(sitting, 'yyyy-MM-dd'), weightedPercent: 28 });
    const tasks = await api('tasks.list', { clientId: committeeClient.id });
    expect(tasks.map((t) => t.kind).sort()).toEqual(expect.arrayContaining(['appeal', 'committee']));
    const determinations = await api('medical.list', { clientId: committeeClient.id });
    expect(determinations.map((d) => d.committeeDate).sort()).toEqual(['2025-06-01', format(sitting, 'yyyy-MM-dd')]);

    await page.goto(`${desk.server.url}#/claims/${committeeClient.claimId}`);
    const panel = page.getByTestId('appeal-value');
    await panel.getByText('הערכה', { exact: true }).waitFor();
    await expect.poll(() => panel.getByTestId('appeal-weighted').textContent()).toContain('28%');
    await page.screenshot({ path: path.join(SHOTS, 'letters-walk-claim.png'), fullPage: true });
  });

  it("shows the decision, the documents task, the month short and the fee on the second client's file", async () => {
    const claim = await api('claims.get', { id: paidClient.claimId });
    expect(claim.status).toBe('decided');
    expect(claim.decisions).toHaveLength(1);
    const tasks = await api('tasks.list', { clientId: paidClient.id });
    expect(tasks.some((t) => t.title.length > 0 && t.dueDate === format(subDays(new Date(), -20), 'yyyy-MM-dd'))).toBe(
      true,
    );

    await page.goto(`${desk.server.url}#/claims/${paidClient.claimId}`);
    const payments = page.getByTestId('claim-payments');
    await payments.getByTestId('payment-months').waitFor();
    const short = payments.getByRole('status').filter({ hasText: 'חודש שלא שולם' });
    await expect.poll(() => short.innerText()).toContain(monthDotted(month(2)));
    await payments.screenshot({ path: path.join(SHOTS, 'letters-walk-payments.png') });

    await page.goto(`${desk.server.url}#/clients/${paidClient.id}/payments`);
    const ledger = page.getByTestId('fee-ledger');
    await ledger.waitFor();
    await expect.poll(() => ledger.getByRole('row').count()).toBeGreaterThan(1);
  });
});
