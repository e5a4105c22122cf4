// Acting on a confirmed letter in real Chromium against browser mode: a committee protocol dropped in
// the inbox and confirmed lists what was done; the claim's page shows the committee's outcome and the
// client's medical tab the new determination beside the earlier one; undo puts it all back.
import path from 'node:path';
import { format, subDays } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { signedIn } from '../support/signed-in';
import { validId } from '../support/ids';
import { callApi } from './http-api';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const OWNER = { fullName: 'עו״ד נועה כץ', username: 'noa', password: 'Inbox-Acts-2026' };
const idNumber = validId('20304050');
// The sitting ten days ago: the ערר's 60 days still run, so the docket opens it.
const sitting = subDays(new Date(), 10);
let desk: OwnerDesk;
let page: Page;
let token: string;
let clientId: number;
let claimId: number;

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(desk.server.url, token, name, input);

const protocol = [
  'המוסד לביטוח לאומי',
  `ת.ז. ${idNumber}`,
  'מספר תביעה: 12-345678',
  'פרוטוקול ועדה רפואית',
  `תאריך הוועדה: ${format(sitting, 'dd.MM.yyyy')}`,
  'ליקויים שנקבעו:',
  '1. צלקות - 10%',
  '2. הפרעה דיכאונית - 20%',
  'נכות רפואית משוקללת: 28%',
  'הנכות נקבעה כנכות צמיתה.',
].join('\n');

beforeAll(async () => {
  desk = await openOwnerDesk('משרד כץ', OWNER);
  page = desk.page;
  page.setDefaultTimeout(20_000);
  token = signedIn(
    await callApi(desk.server.url, null, 'auth.login', { username: OWNER.username, password: OWNER.password }),
  ).token;
  clientId = (
    await api('clients.create', {
      idNumber,
      firstNameHe: 'מרים',
      lastNameHe: 'שטרן',
      birthDate: '1964-03-03',
      sex: 'female',
    })
  ).id;
  await api('medical.create', {
    clientId,
    committeeKind: 'first_tier',
    committeeDate: '2023-06-01',
    weightedPercent: 15,
    impairments: [{ section: '35', description: 'ברך', percent: 15, isTemporary: false }],
  });
  let claim = await api('claims.create', { clientId, benefit: 'general_disability', niiClaimNumber: '12-345678' });
  for (const to of ['ready', 'filed'] as const)
    claim = await api('claims.transition', { id: claim.id, version: claim.version, to });
  claimId = claim.id;
});

afterAll(async () => {
  await desk?.close();
});

describe('acting on a letter in Chromium', () => {
  it("confirms a protocol, shows the claim's committee outcome and the client's determinations, and undoes it", async () => {
    await page.getByRole('link', { name: 'דואר נכנס' }).click();
    await page.getByRole('heading', { name: 'דואר נכנס מהביטוח הלאומי' }).waitFor();
    await page
      .getByTestId('inbox-dropzone')
      .locator('input[type=file]')
      .setInputFiles({ name: 'פרוטוקול.txt', mimeType: 'text/plain', buffer: Buffer.from(protocol, 'utf8') });
    const row = page.getByTestId('inbox-items').locator('tbody tr').filter({ hasText: 'פרוטוקול ועדה רפואית' });
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await page.getByRole('button', { name: 'אישור ותיוק בתיק המבוטח' }).click();

    const done = page.getByTestId('inbox-done');
    await done.waitFor();
    const steps = done.locator('li');
    await expect.poll(() => steps.count()).toBe(4);
    expect(await steps.nth(0).innerText()).toContain('נרשמה ועדה רפואית');
    expect(await steps.nth(1).innerText()).toContain('2 ליקויים, נכות משוקללת 28%');
    expect(await steps.nth(2).innerText()).toContain('הליקויים נוספו לקביעות הרפואיות');
    expect(await steps.nth(3).innerText()).toContain('ערר על החלטת הוועדה הרפואית');
    await page.screenshot({ path: path.join(SHOTS, 'e2e-inbox-done.png'), fullPage: true });

    // The claim shows the committee with its outcome.
    await page.goto(`${desk.server.url}#/claims/${claimId}`);
    const committee = page.getByTestId('committee-row');
    await committee.waitFor();
    const shown = await committee.innerText();
    for (const text of ['28%', '75', '10%', '20%']) expect(shown).toContain(text);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-inbox-claim-committee.png'), fullPage: true });

    // The client's medical tab: the protocol's determination beside the earlier one.
    await page.goto(`${desk.server.url}#/clients/${clientId}/medical`);
    await expect.poll(() => page.locator('main').innerText()).toContain(format(sitting, 'dd/MM/yyyy'));
    expect(await page.locator('main').innerText()).toContain('01/06/2023');
    await page.screenshot({ path: path.join(SHOTS, 'e2e-inbox-determinations.png'), fullPage: true });

    // While the ערר's deadline is closed, undo refuses, saying so, and changes nothing.
    await page.goto(`${desk.server.url}#/inbox`);
    await row.click();
    const [deadline] = (await api('tasks.list', { clientId })).filter((t) => t.kind === 'appeal');
    const closed = await api('tasks.complete', { id: deadline!.id, version: deadline!.version, done: true });
    await page.getByTestId('inbox-undo').click();
    const refused = page.getByTestId('inbox-undo-refused');
    await expect.poll(() => refused.innerText()).toContain(`המשימה "${deadline!.title}" נסגרה`);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-inbox-undo-refused.png'), fullPage: true });
    expect(await api('committees.list', { claimId })).toHaveLength(1);
    await api('tasks.complete', { id: closed.id, version: closed.version, done: false });

    // Undo from the inbox: the letter waits again, the committee and the new determination are gone.
    await page.getByTestId('inbox-undo').click();
    await expect.poll(() => row.innerText()).toContain('ממתין לאישור');
    expect(await api('committees.list', { claimId })).toEqual([]);
    expect((await api('medical.list', { clientId })).map((d) => d.committeeDate)).toEqual(['2023-06-01']);
    expect((await api('tasks.list', { clientId })).filter((t) => t.kind === 'appeal')).toEqual([]);
    await expect.poll(() => page.getByRole('button', { name: 'אישור ותיוק בתיק המבוטח' }).count()).toBe(1);
  }, 120_000);
});
