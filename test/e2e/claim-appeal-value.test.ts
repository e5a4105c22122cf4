// The appeal's estimate on the claim page in real Chromium: a committee outcome recorded without
// claimed percents asks for them; the office types the claimed percent of each impairment into the
// committee's outcome and the panel — labelled as an estimate — shows per impairment the determined
// against the claimed percent, the weighted percents (32% → 44%, the NII's weighting), the whole
// pension a month (4,711 ₪, the 2026 full pension: 44% with one impairment of 25% passes the
// medical threshold, 32% does not), the fee cap and the ערר deadline moved past a Saturday.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { appealClient, incapacityOf80, notWorking } from '../support/appeal-client';
import { signedIn } from '../support/signed-in';
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
let claimId: number;

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(server.url, token, name, input);

beforeAll(async () => {
  server = await startWebServer();
  await callApi(server.url, null, 'office.setup', {
    office: { name: 'משרד לוי לזכויות' },
    owner: { fullName: 'עו״ד רינה לוי', licenseNumber: '54321', ...OWNER },
  });
  token = signedIn(await callApi(server.url, null, 'auth.login', OWNER)).token;
  const clientId = (await api('clients.create', appealClient('61803398'))).id;
  await api('employment.create', notWorking(clientId));
  await api('medical.create', incapacityOf80(clientId));
  claimId = (await api('claims.create', { clientId, benefit: 'general_disability' })).id;
  await api('committees.create', {
    clientId,
    claimId,
    committeeType: 'first_tier',
    committeeDate: '2026-11-02',
    branch: 'haifa',
    outcome: [
      { section: '37(7)(ב)', description: 'הגבלה בתנועות עמוד השדרה', percent: 20 },
      { section: '34(ב)(3)', description: 'הפרעת חרדה', percent: 15 },
    ],
    protocolReceivedDate: '2026-11-10',
  });
  browser = await launchChromium();
  page = await signedInPage(browser, server.url, OWNER, { now: new Date('2026-12-03T09:00:00+02:00') });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('what an appeal could be worth, on the claim page', () => {
  it('asks for the claimed percents, then prices the appeal once they are typed into the outcome', async () => {
    await page.goto(`${server.url}#/claims/${claimId}`);
    const panel = page.getByTestId('appeal-value');
    await panel.getByText('הערכה', { exact: true }).waitFor();
    await panel.getByTestId('appeal-missing').getByText('האחוז הנתבע לליקוי אחד לפחות').waitFor();

    await page.getByTestId('committee-row').getByRole('button', { name: 'עריכת ועדה' }).click();
    const form = page.getByTestId('committee-form');
    await fieldOf(page, 'אחוזים נתבעים בערר 1').fill('30');
    await fieldOf(page, 'אחוזים נתבעים בערר 2').fill('20');
    await page
      .getByTestId('committee-outcome')
      .screenshot({ path: path.join(SHOTS, 'claim-appeal-value-outcome.png') });
    await form.getByRole('button', { name: 'שמירה' }).click();
    await form.waitFor({ state: 'detached' });

    const worth = panel.getByTestId('appeal-monthly-worth');
    await worth.getByText('4,711.00').waitFor();
    expect(await worth.textContent()).toContain('₪');
    expect(await panel.getByTestId('appeal-weighted').textContent()).toBe('נכות רפואית משוקללת32%44%');
    const rows = panel.getByTestId('appeal-impairments').locator('tbody tr');
    expect(await rows.nth(0).textContent()).toBe('37(7)(ב)הגבלה בתנועות עמוד השדרה20%30%');
    // 4,711 × 60 × 12.75% = 36,039.15 (no fee agreement on file: as if the information sheet was given).
    await panel.getByTestId('appeal-fee-cap').getByText('36,039.15').waitFor();
    // 60 days from the protocol's receipt, 10.11.2026: 09.01.2027, a Saturday, so Sunday 10.01.2027.
    expect(await panel.getByTestId('appeal-deadline').locator('bdi').first().textContent()).toBe('10/01/2027');
    expect(await panel.getByTestId('appeal-missing').count()).toBe(0);
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: path.join(SHOTS, 'claim-appeal-value.png') });
  });
});
