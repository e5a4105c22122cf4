// The client list follows the search box whatever the timing: Chromium slowed down through the
// DevTools protocol, keys typed, erased and pasted with random pauses, and the list's replies held
// back at the browser's network layer and released in a shuffled order, some of them cut off. After
// every sequence the rows on screen must be exactly those of the text in the box (checked against the
// server's own answer for that text), or an error with a retry button must stand beside the box. The
// global search, the rights-scan findings, the claims list and the calendar are held to the same.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { launchChromium } from './browser';
import { callApi } from './http-api';
import { startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';
import { choose } from './fields';

const shots = fileURLToPath(new URL('../../test-results/', import.meta.url));
const CLIENTS = 300;
const SEQUENCES = 8;
const SEED = Number(process.env.MITZUI_FOLLOW_SEED ?? 17);

let server: WebServer;
let browser: Browser;
let page: Page;

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = randomFrom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/** The network between the page and the server: holds the list's requests and lets them go in a random order. */
const network = {
  held: [] as Route[],
  mode: 'open' as 'open' | 'shuffled' | 'down',
  /** The share of requests cut off while shuffling. */
  cutOff: 0.2,
  async releaseOne(): Promise<void> {
    const route = this.held.splice(Math.floor(random() * this.held.length), 1)[0];
    if (!route) return;
    if (random() < this.cutOff) await route.abort('connectionreset');
    else await route.continue();
  },
  /** The newest request first: the replies come back in the reverse of the order asked. */
  async releaseNewestFirst(): Promise<void> {
    for (const route of this.held.splice(0).reverse()) await route.continue();
  },
  async open(): Promise<void> {
    this.mode = 'open';
    for (const route of this.held.splice(0)) await route.continue();
  },
};

const search = () => page.getByRole('textbox', { name: 'חיפוש לפי שם, ת.ז., טלפון או מספר תיק' });
const failure = () => page.getByTestId('list-failure');

/** What the screen shows once it settles: the box's text, the list's view, the rows' IDs, the error. */
async function screenState() {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>(
      'input[placeholder="חיפוש לפי שם, ת.ז., טלפון או מספר תיק"]',
    )!;
    const table = document.querySelector('table[role="grid"]')!;
    const rows = [...table.querySelectorAll('tbody tr[id^="client-row-"]')].map((row) =>
      Number(row.id.replace('client-row-', '')),
    );
    const placeholders = table.querySelectorAll('tbody tr:not([id]):not([role="presentation"])').length;
    const count = document.querySelector('[data-testid="client-count"]')?.textContent ?? '';
    const failed = document.querySelector('[data-testid="list-failure"]');
    return {
      box: input.value,
      listQuery: table.getAttribute('data-view-query'),
      rows,
      placeholders,
      count: Number(count.replace(/\D/g, '') || (count ? 1 : 0)),
      failure: failed ? { text: failed.textContent ?? '', retry: failed.querySelector('button') !== null } : null,
    };
  });
}

type Settled = Awaited<ReturnType<typeof screenState>>;

/** Waits until the list shows the box's text in full, or an error stands beside the box. */
async function settle(): Promise<Settled> {
  let last: Settled | undefined;
  await expect
    .poll(
      async () => {
        last = await screenState();
        return (last.listQuery === last.box && last.placeholders === 0) || last.failure !== null;
      },
      { timeout: 10_000, interval: 100 },
    )
    .toBe(true)
    .catch(() => {
      throw new Error(`the list did not follow the box: ${JSON.stringify(last)}`);
    });
  return last!;
}

/** The rows on screen are the first rows of the server's answer for the text in the box. */
async function expectRowsOfTheBox(state: Settled): Promise<void> {
  const token = await page.evaluate(() => sessionStorage.getItem('mitzui.session'));
  const truth = await callApi(server.url, token, 'clients.list', {
    query: state.box,
    direction: 'asc',
    offset: 0,
    limit: 100,
    withTotal: true,
  });
  expect(state.count, `count for "${state.box}"`).toBe(truth.total);
  if ((truth.total ?? 0) > 0) expect(state.rows.length, `rows for "${state.box}"`).toBeGreaterThan(0);
  expect(state.rows, `rows for "${state.box}"`).toEqual(truth.rows.slice(0, state.rows.length).map((row) => row.id));
}

/** Random keys into the box: letters of real names and IDs, erasures, pastes, a select-all and paste.
 * Returns the text typed, which the box must hold: nothing typed may be lost or undone. */
async function typeRandomly(words: string[], steps: number): Promise<string> {
  await search().focus();
  // Each sequence starts a new search over whatever the box held.
  await page.keyboard.press('Control+A');
  let typed = pick(words).slice(0, 1);
  await page.keyboard.type(typed);
  for (let step = 0; step < steps; step++) {
    const word = pick(words);
    const action = random();
    if (action < 0.5) {
      const keys = word.slice(0, 1 + Math.floor(random() * 2));
      await page.keyboard.type(keys);
      typed += keys;
    } else if (action < 0.7) {
      await page.keyboard.press('Backspace');
      typed = typed.slice(0, -1);
    } else if (action < 0.85) {
      const pasted = word.slice(0, 2 + Math.floor(random() * 3));
      await page.keyboard.insertText(pasted);
      typed += pasted;
    } else {
      await page.keyboard.press('Control+A');
      typed = word.slice(0, 1 + Math.floor(random() * word.length));
      await page.keyboard.insertText(typed);
    }
    // Mostly quick keys, now and then a pause long enough for the address to catch up.
    await pause(random() < 0.15 ? 380 + random() * 120 : random() * 80);
    if (network.mode === 'shuffled' && random() < 0.6) await network.releaseOne();
  }
  return typed;
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = await startWebServer({}, (dir) => fillWithDemoOffice(dir, CLIENTS));
  browser = await launchChromium();
  page = await signedInPage(browser, server.url, DEMO_LOGIN);
  page.setDefaultTimeout(15_000);
  await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
  await page.getByTestId('client-count').waitFor();
  await page.route(
    /\/api\/(clients\.list|scan\.findings|claims\.page|claims\.board|tasks\.list|search\.global)$/,
    async (route) => {
      if (network.mode === 'open') await route.continue();
      else if (network.mode === 'down') await route.abort('internetdisconnected');
      else network.held.push(route);
    },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the client list follows the search box', () => {
  it('ends on the text in the box after random typing with slow, shuffled and lost replies', async () => {
    // Words a secretary would type: names, ID and phone digits of clients in this office.
    const first = await screenState();
    const token = await page.evaluate(() => sessionStorage.getItem('mitzui.session'));
    const sample = await callApi(server.url, token, 'clients.list', {
      query: '',
      direction: 'asc',
      offset: 0,
      limit: 40,
      withTotal: false,
    });
    const words = sample.rows.flatMap((row) => [
      row.lastNameHe,
      row.firstNameHe,
      row.idNumber.slice(0, 4),
      ...(row.mobilePhone ? [row.mobilePhone.replace(/\D/g, '').slice(0, 4)] : []),
    ]);
    expect(first.rows.length).toBeGreaterThan(0);
    for (let sequence = 0; sequence < SEQUENCES; sequence++) {
      network.mode = 'shuffled';
      const typed = await typeRandomly(words, 6 + Math.floor(random() * 6));
      // The rest arrive late, still shuffled.
      while (network.held.length > 0) await network.releaseOne();
      await network.open();
      const state = await settle();
      expect(state.box, 'the box keeps what was typed').toBe(typed);
      if (state.failure) {
        expect(state.failure.retry).toBe(true);
        await failure().getByRole('button', { name: 'ניסיון חוזר' }).click();
        const retried = await settle();
        expect(retried.failure).toBeNull();
        await expectRowsOfTheBox(retried);
      } else await expectRowsOfTheBox(state);
    }
  }, 120_000);

  it('says beside the box that the list cannot follow while the server is out of reach, and retries', async () => {
    network.mode = 'down';
    await search().fill('');
    await search().focus();
    await page.keyboard.type('כה');
    const state = await settle();
    expect(state.failure?.retry).toBe(true);
    expect(state.failure?.text).toContain('אין תקשורת עם השרת של מיצוי');
    await page.screenshot({ path: path.join(shots, 'clients-follow-01-error-beside-box.png') });
    // Right under the search field, where the eye is while typing.
    const [box, alert] = await Promise.all([search().boundingBox(), failure().boundingBox()]);
    expect(alert!.y - (box!.y + box!.height)).toBeGreaterThanOrEqual(0);
    expect(alert!.y - (box!.y + box!.height)).toBeLessThan(box!.height);
    expect(alert!.x).toBeLessThan(box!.x + box!.width);
    expect(alert!.x + alert!.width).toBeGreaterThan(box!.x);
    await network.open();
    await failure().getByRole('button', { name: 'ניסיון חוזר' }).click();
    const retried = await settle();
    expect(retried.failure).toBeNull();
    expect(retried.box).toBe('כה');
    await expectRowsOfTheBox(retried);
  }, 60_000);
});

describe('Enter on the list', () => {
  it('opens nothing while the rows still answer an earlier search, and the right client once they catch up', async () => {
    await search().fill('');
    await settle();
    network.mode = 'shuffled';
    network.cutOff = 0;
    await search().fill('כה');
    await expect.poll(() => network.held.length).toBeGreaterThan(0);
    // The rows on screen are the whole office's; the box asks for "כה".
    expect(await page.locator('[aria-busy="true"]').count()).toBe(1);
    await search().press('ArrowDown');
    await page.keyboard.press('Enter');
    await pause(300);
    expect(new URL(page.url()).hash).toMatch(/^#\/clients(\?|$)/);
    while (network.held.length > 0) await network.releaseOne();
    await network.open();
    network.cutOff = 0.2;
    const state = await settle();
    await expectRowsOfTheBox(state);
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    await search().press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/clients/${state.rows[0]}`);
    await page.goBack();
    await search().waitFor();
  }, 60_000);
});

describe('the global search', () => {
  it("puts its query (Ctrl+K, Enter) in the list's box over what the box held, and the list follows", async () => {
    await page.getByRole('link', { name: 'מבוטחים', exact: true }).click();
    await search().fill('כה');
    await settle();
    await page.keyboard.press('Control+K');
    const global = page.getByRole('combobox', { name: 'חיפוש מבוטח לפי שם, ת.ז. או טלפון' });
    await expect.poll(() => global.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('לוי');
    await page.keyboard.press('Enter');
    await expect.poll(() => search().inputValue()).toBe('לוי');
    const state = await settle();
    expect(state.failure).toBeNull();
    await expectRowsOfTheBox(state);
  }, 30_000);
});

describe('the global search while typing', () => {
  it('shows the results for what the box holds when the replies come back in reverse', async () => {
    const token = await page.evaluate(() => sessionStorage.getItem('mitzui.session'));
    const { rows } = await callApi(server.url, token, 'clients.search', { query: '', limit: 50 });
    const first = rows[0]!.lastNameHe;
    const last = rows.find((row) => !row.lastNameHe.startsWith(first.slice(0, 2)))!.lastNameHe;
    const truth = await callApi(server.url, token, 'search.global', { query: last, limit: 5 });
    const wanted = truth.clients.map((c) => `${c.firstNameHe} ${c.lastNameHe}`);
    expect(wanted.length).toBeGreaterThan(0);

    network.mode = 'shuffled';
    await page.keyboard.press('Control+K');
    const global = page.getByRole('combobox', { name: 'חיפוש מבוטח לפי שם, ת.ז. או טלפון' });
    await global.fill(first);
    await expect.poll(() => network.held.length).toBe(1);
    await global.fill(last);
    await expect.poll(() => network.held.length).toBe(2);
    await network.releaseNewestFirst();
    await network.open();
    const clients = page.getByTestId('results-clients').getByRole('option');
    const shown = async () => (await clients.allInnerTexts()).map((text) => text.split('\n')[0]!.trim());
    await expect.poll(shown).toEqual(wanted);
    await pause(500);
    expect(await shown()).toEqual(wanted);
    await page.keyboard.press('Escape');
    await global.fill('');
  }, 30_000);
});

describe('the other lists follow their filters', () => {
  it('shows the rights-scan findings of the verdict chosen last when the replies come back in reverse', async () => {
    const token = await page.evaluate(() => sessionStorage.getItem('mitzui.session'));
    const run = await callApi(server.url, token, 'scan.start', {});
    await expect
      .poll(async () => (await callApi(server.url, token, 'scan.status', { runId: run.id }))?.status, {
        timeout: 60_000,
      })
      .toBe('done');
    await page.getByRole('link', { name: 'סריקת זכויות' }).click();
    await page.getByTestId('findings-count').waitFor();
    const truth = await callApi(server.url, token, 'scan.findings', {
      runId: run.id,
      unclaimedOnly: true,
      verdict: 'maybe',
      offset: 0,
      limit: 50,
    });
    const other = await callApi(server.url, token, 'scan.findings', {
      runId: run.id,
      unclaimedOnly: true,
      verdict: 'eligible',
      offset: 0,
      limit: 50,
    });
    expect(truth.total).toBeGreaterThan(1);
    expect(truth.total).not.toBe(other.total);
    network.mode = 'shuffled';
    await choose(page, 'הכרעה', 'זכאות צפויה');
    await choose(page, 'הכרעה', 'ייתכן שזכאי/ת — לא ניתן להכריע');
    await expect.poll(() => network.held.length).toBe(2);
    await network.releaseNewestFirst();
    await network.open();
    // Both replies are in; the later-asked one must be what stays.
    await expect.poll(() => page.getByTestId('findings-count').textContent()).toBe(`${truth.total} ממצאים`);
    await pause(500);
    expect(await page.getByTestId('findings-count').textContent()).toBe(`${truth.total} ממצאים`);
    expect(await page.getByTestId('findings').locator('tbody tr').count()).toBe(truth.rows.length);
  }, 90_000);

  it("dims the claims list and board while their rows answer an earlier search, until the box's reply comes", async () => {
    for (const [view, rows] of [
      ['list', () => page.getByRole('table', { name: 'רשימת התביעות' }).locator('tbody tr')],
      ['board', () => page.getByTestId('column-draft').locator('a')],
    ] as const) {
      await network.open();
      await page.goto(`${server.url}#/claims?view=${view}`);
      await rows().first().waitFor();
      const before = await rows().count();
      network.mode = 'shuffled';
      network.cutOff = 0;
      await page.getByRole('textbox', { name: 'חיפוש', exact: true }).fill('אין-כזה-שם');
      // The box waits for typing to pause, and this page runs at a quarter of the CPU: give it time to ask.
      await expect.poll(() => network.held.length, { timeout: 10_000 }).toBeGreaterThan(0);
      // The rows on screen are the whole office's; the box asks for a name nobody has.
      expect(await page.locator('[aria-busy="true"]').count()).toBe(1);
      expect(await rows().count()).toBe(before);
      await network.open();
      await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
      await expect.poll(() => rows().count()).toBe(0);
    }
    network.cutOff = 0.2;
  }, 60_000);

  it('says under the filters of the claims list and the calendar that a page could not come, and retries', async () => {
    for (const [path, ready] of [
      ['#/claims?view=list', () => page.getByRole('table', { name: 'רשימת התביעות' }).locator('tbody tr').first()],
      ['#/calendar', () => page.getByRole('heading', { name: 'יומן מועדים' })],
    ] as const) {
      network.mode = 'down';
      await page.goto(`${server.url}${path}`);
      await failure().getByRole('button', { name: 'ניסיון חוזר' }).waitFor();
      expect(await failure().textContent()).toContain('אין תקשורת עם השרת של מיצוי');
      await network.open();
      await failure().getByRole('button', { name: 'ניסיון חוזר' }).click();
      await ready().waitFor();
      await expect.poll(() => failure().count()).toBe(0);
    }
  }, 60_000);
});
