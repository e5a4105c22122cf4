// A reply to an earlier question never overwrites a newer one on the claim page: another desk changes
// the claim twice, the page asks again after each change, and the network hands the two replies back
// in the reverse order (the newer first). The page must stay on the newer reply.
import type { Page, Route, APIResponse } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { callApi } from './http-api';
import { openOwnerDesk, type OwnerDesk } from './owner-desk';

/** The owner watches the claim page; the lawyer, at another desk, writes. */
const people = {
  owner: { fullName: 'עו״ד רינה לוי', username: 'rina', password: 'Lo-Yoter-Mehatikra-2026' },
  lawyer: { fullName: 'עו״ד אבי ברק', username: 'avi', password: 'Ein-Od-Milvado-2026' },
};

let desk: OwnerDesk;
let page: Page;
let otherToken: string;
let claimId: number;

const asOther = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(desk.server.url, otherToken, name, input);

/** The claim's replies, each fetched from the server when asked and handed to the page only when released. */
const held: { route: Route; response: APIResponse }[] = [];
let holding = false;

/** Lets the page run what it does with a reply already received: its tasks, then the next frame's rendering. */
const pageSettled = () =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));

beforeAll(async () => {
  const { owner, lawyer } = people;
  desk = await openOwnerDesk('משרד לוי לזכויות', owner);
  page = desk.page;
  const ownerToken = signedIn(await callApi(desk.server.url, null, 'auth.login', owner)).token;
  await callApi(desk.server.url, ownerToken, 'staff.create', { ...lawyer, licenseNumber: '61234', role: 'lawyer' });
  const { fullName: _, ...login } = lawyer;
  otherToken = signedIn(await callApi(desk.server.url, null, 'auth.login', login)).token;
  const client = await asOther('clients.create', {
    idNumber: validId('21436587'),
    firstNameHe: 'יעל',
    lastNameHe: 'מזרחי',
    birthDate: '1970-05-05',
    sex: 'female',
  });
  claimId = (await asOther('claims.create', { clientId: client.id, benefit: 'general_disability' })).id;
  await page.route(/\/api\/claims\.get$/, async (route) => {
    if (!holding) return route.continue();
    held.push({ route, response: await route.fetch() });
  });
}, 120_000);

afterAll(async () => {
  await desk?.close();
});

describe('stale replies', () => {
  it('keeps the claim page on the newer reply when an older one arrives after it', async () => {
    await page.goto(`${desk.server.url}#/claims/${claimId}`);
    const number = page.getByTestId('nii-claim-number');
    await expect.poll(() => number.textContent()).toBe('—');

    holding = true;
    let claim = await asOther('claims.get', { id: claimId });
    const update = (niiClaimNumber: string) =>
      asOther('claims.update', {
        id: claimId,
        version: claim.version,
        benefit: claim.benefit,
        niiClaimNumber,
      });
    claim = { ...claim, ...(await update('111111')) };
    await expect.poll(() => held.length, { timeout: 10_000 }).toBe(1);
    await update('222222');
    await expect.poll(() => held.length, { timeout: 10_000 }).toBe(2);
    holding = false;

    const [older, newer] = held.splice(0);
    await newer!.route.fulfill({ response: newer!.response });
    await expect.poll(() => number.textContent()).toBe('222222');

    const arrived = page.waitForEvent('requestfinished', (request) => request === older!.route.request());
    await older!.route.fulfill({ response: older!.response });
    await arrived;
    await pageSettled();
    await pageSettled();
    expect(await number.textContent()).toBe('222222');
  });
});
