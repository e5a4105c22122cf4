// Payments in real Chromium against browser mode: a client's claim with payments made through the
// HTTP API; the claim page shows the skipped month and the months paid at the old rate after the
// degree rose, each run of them as one finding; the client file's payments tab lists the findings,
// the fee ledger and gives the statement as a PDF; the dashboard counts the claim and names each bad
// row of an imported list by its row and column; a month's payment recorded by hand is checked at once.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { seriousViolations } from './axe';
import { callApi } from './http-api';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const OWNER = { fullName: 'נועה לוי', username: 'noa', password: 'Tashlumim-Badukim-2026' };
const idNumber = validId('30405060');
let desk: OwnerDesk;
let token: string;
let clientId: number;
let claimId: number;

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(desk.server.url, token, name, input);

beforeAll(async () => {
  desk = await openOwnerDesk('משרד לוי', OWNER);
  token = signedIn(await callApi(desk.server.url, null, 'auth.login', OWNER)).token;
  clientId = (
    await api('clients.create', {
      idNumber,
      firstNameHe: 'מרים',
      lastNameHe: 'אבוטבול',
      birthDate: '1975-04-02',
      sex: 'female',
      maritalStatus: 'single',
      residency: 'resident',
      preferredLanguage: 'ar',
    })
  ).id;
  await api('employment.create', { clientId, kind: 'not_working', startDate: '2020-01-01' });
  for (const [committeeDate, percent] of [
    ['2024-01-15', 60],
    ['2025-06-10', 100],
  ] as const)
    await api('medical.create', {
      clientId,
      committeeKind: 'first_tier',
      committeeDate,
      weightedPercent: 75,
      incapacityPercent: percent,
      isPermanent: true,
    });
  claimId = (await api('claims.create', { clientId, benefit: 'general_disability' })).id;
  await api('fees.create', {
    clientId,
    benefits: ['general_disability'],
    openingFee: '0',
    successFeePercent: '10.25',
    signedDate: '2024-12-20',
    cancellationWorkingDays: 7,
    cancelledDate: null,
    informationSheetGiven: true,
  });
  // 2025 at the 60% rate: May is skipped, and the old rate goes on after the degree rose in June.
  for (const month of ['2025-03', '2025-04', '2025-06', '2025-07', '2025-08'])
    await api('payments.create', { claimId, kind: 'monthly', fromMonth: month, amount: '2629.00' });
}, 120_000);

afterAll(() => desk?.close());

describe('payments', () => {
  it('shows the claim’s findings, a run of months at a wrong rate as one', async () => {
    const { page } = desk;
    await page.goto(`${desk.server.url}#/claims/${claimId}`);
    const panel = page.getByTestId('claim-payments');
    await panel.getByTestId('payment-months').waitFor();
    await expect(panel.getByRole('status').filter({ hasText: 'חודש שלא שולם' }).innerText()).resolves.toContain(
      '05/2025',
    );
    const wrong = panel.getByRole('status').filter({ hasText: 'שיעור שגוי' });
    await expect(wrong.count()).resolves.toBe(1);
    await expect(wrong.innerText()).resolves.toContain('07/2025–08/2025');
    expect(await seriousViolations(page)).toEqual([]);
    await panel.screenshot({ path: path.join(SHOTS, 'payments-claim.png') });
  });

  it('gives the fee ledger and the statement on the client file', async () => {
    const { page } = desk;
    await page.goto(`${desk.server.url}#/clients/${clientId}/payments`);
    const ledger = page.getByTestId('fee-ledger');
    await ledger.waitFor();
    await expect(ledger.getByRole('row').count()).resolves.toBe(6);
    await expect(ledger.innerText()).resolves.toContain('657.25');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'הורדת הדוח (PDF)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^FEES-\d{8}-[0-9A-F]{6}\.pdf$/);
    await page.screenshot({ path: path.join(SHOTS, 'payments-client.png') });
  });

  it('counts the claim on the dashboard and names each bad row of a list', async () => {
    const { page } = desk;
    await page.goto(`${desk.server.url}#/`);
    const card = page.getByTestId('payments-card');
    await card.waitFor();
    await expect(card.innerText()).resolves.toMatch(/1\s*תביעות עם ממצאים/);
    const list = `מספר זהות,חודש,סכום\n${idNumber},09/2025,שגוי\n${validId('11111111')},09/2025,2629\n`;
    await card
      .locator('input[type=file]')
      .setInputFiles({ name: 'payments.csv', mimeType: 'text/csv', buffer: Buffer.from(list) });
    const problems = card.getByTestId('payment-problems');
    await problems.waitFor();
    await expect(problems.getByRole('row').nth(1).innerText()).resolves.toMatch(/2\s+סכום/);
    await expect(problems.getByRole('row').nth(2).innerText()).resolves.toMatch(/3\s+מספר זהות/);
    await card.screenshot({ path: path.join(SHOTS, 'payments-dashboard.png') });
  });

  it('records a month paid by hand, typed as mm/yyyy, after refusing a month that is none by name', async () => {
    const { page } = desk;
    await page.goto(`${desk.server.url}#/claims/${claimId}`);
    const panel = page.getByTestId('claim-payments');
    const form = panel.getByRole('form', { name: 'רישום תשלום' });
    await form.getByLabel('חודש (mm/yyyy)').fill('13/2025');
    await form.getByLabel('סכום (₪)').fill('2629');
    await form.getByRole('button', { name: 'רישום התשלום' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('מחודש צריך להיות בתבנית mm/yyyy');
    await form.getByLabel('חודש (mm/yyyy)').fill('9/2025');
    await form.getByRole('button', { name: 'רישום התשלום' }).click();
    // The check runs again at once: September joins the run at the old rate.
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'שיעור שגוי' }).innerText())
      .toContain('07/2025–09/2025');
    await expect.poll(() => form.getByLabel('חודש (mm/yyyy)').inputValue()).toBe('');
    const september = panel.getByTestId('payment-months').getByRole('row').filter({ hasText: '09/2025' });
    await expect(september.innerText()).resolves.toContain('2,629.00');
  });
});
