// The inbox in real Chromium against browser mode: three generated NII letters (two clients, one of
// them with its Hebrew stored reversed) dropped on the screen are listed with their kind and client,
// and counted; one opened shows its fields with their confidence, the focused field's snippet marked
// in the letter's text, Tab moving on; a corrected date and Enter file it to the client's documents;
// the rest whose every field is certain are confirmed in bulk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import { Random } from '../../db/demo/random';
import { chromiumPdfRenderer } from '../../main/paperwork/chromium-pdf';
import { generateLetter, someClients } from '../support/nii-letters/generate';
import type { GeneratedLetter } from '../support/nii-letters/letter';
import { renderLetter } from '../support/nii-letters/render';
import { signedIn } from '../support/signed-in';
import { callApi } from './http-api';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const OWNER = { fullName: 'עו״ד דנה לוי', username: 'dana', password: 'Inbox-Reader-2026' };
let desk: OwnerDesk;
let page: Page;
let token: string;
let folder: string;
const letters: GeneratedLetter[] = [];
const clientIds: number[] = [];

const api = <N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> =>
  callApi(desk.server.url, token, name, input);

beforeAll(async () => {
  desk = await openOwnerDesk('משרד לוי לזכויות', OWNER);
  page = desk.page;
  page.setDefaultTimeout(20_000);
  token = signedIn(
    await callApi(desk.server.url, null, 'auth.login', { username: OWNER.username, password: OWNER.password }),
  ).token;
  const random = new Random(33);
  const clients = someClients(random, 2);
  for (const client of clients) {
    const [first, ...rest] = client.name.split(' ');
    clientIds.push(
      (
        await api('clients.create', {
          idNumber: client.idNumber,
          firstNameHe: first!,
          lastNameHe: rest.join(' '),
          birthDate: '1968-02-02',
          sex: 'female',
        })
      ).id,
    );
  }
  letters.push(
    generateLetter(random, 'committeeProtocol', clients[0]!, { visual: false }),
    generateLetter(random, 'decision', clients[1]!, { visual: true }),
    generateLetter(random, 'committeeInvitation', clients[1]!, { visual: false }),
  );
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mitzui-inbox-e2e-'));
  const renderer = chromiumPdfRenderer();
  try {
    for (const [i, letter] of letters.entries())
      fs.writeFileSync(path.join(folder, `מכתב-${i + 1}.pdf`), await renderLetter(renderer, letter));
  } finally {
    await renderer.close();
  }
});

afterAll(async () => {
  await desk?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the inbox in Chromium', () => {
  it('lists dropped letters with their kind and client, and files one with Enter', async () => {
    await page.getByRole('link', { name: 'דואר נכנס' }).click();
    await page.getByRole('heading', { name: 'דואר נכנס מהביטוח הלאומי' }).waitFor();
    await page
      .getByTestId('inbox-dropzone')
      .locator('input[type=file]')
      .setInputFiles(letters.map((_, i) => path.join(folder, `מכתב-${i + 1}.pdf`)));
    const rows = page.getByTestId('inbox-items').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(3);
    const listed = await rows.allInnerTexts();
    expect(listed.join('\n')).toContain('פרוטוקול ועדה רפואית');
    expect(listed.join('\n')).toContain('זימון לוועדה רפואית');
    for (const letter of letters) expect(listed.join('\n')).toContain(letter.client.idNumber);

    expect(await page.getByTestId('inbox-to-confirm').innerText()).toContain('3');
    expect(await page.getByTestId('inbox-filed-today').innerText()).toContain('0');

    const protocol = (await api('inbox.list', {})).find((item) => item.kind === 'committeeProtocol')!;
    const snippet = (name: 'letterDate' | 'committeeDate') =>
      protocol.text!.slice(protocol.reading!.fields[name]!.span.start, protocol.reading!.fields[name]!.span.end);
    await rows.filter({ hasText: 'פרוטוקול ועדה רפואית' }).click();
    const detail = page.getByTestId('inbox-fields');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('ודאי');
    // The first field has the focus, its snippet marked in the text; Tab moves to the next.
    const mark = page.getByTestId('inbox-preview').locator('mark');
    await expect.poll(() => mark.innerText()).toBe(snippet('letterDate'));
    await page.keyboard.press('Tab');
    await expect.poll(() => mark.innerText()).toBe(snippet('committeeDate'));
    expect(await page.getByRole('textbox', { name: 'נכות משוקללת' }).inputValue()).toBe(
      letters[0]!.truth.weightedPercent,
    );
    await page.getByRole('textbox', { name: 'תאריך הוועדה' }).fill('02/01/2025');
    await page.screenshot({ path: path.join(SHOTS, 'e2e-inbox.png'), fullPage: true });

    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await api('documents.list', { clientId: clientIds[0]! })).map((d) => d.originalName))
      .toEqual(['מכתב-1.pdf']);
    await expect.poll(() => rows.filter({ hasText: 'פרוטוקול ועדה רפואית' }).innerText()).toContain('תויק');
    const filed = (await api('inbox.list', { status: 'filed' }))[0]!;
    expect(filed.reading?.fields.committeeDate).toMatchObject({ value: '2025-01-02', corrected: true });
    await expect.poll(() => page.getByTestId('inbox-filed-today').innerText()).toContain('1');
  });

  it('confirms in bulk the letters whose every field is certain', async () => {
    const certain = (await api('inbox.list', { status: 'new' })).filter(
      (item) => item.client && Object.values(item.reading?.fields ?? {}).every((f) => f.confidence === 'certain'),
    );
    const bulk = page.getByTestId('inbox-bulk');
    expect(await bulk.innerText()).toContain(`(${certain.length})`);
    if (certain.length > 0) {
      await bulk.click();
      await expect.poll(async () => (await api('inbox.list', { status: 'filed' })).length).toBe(1 + certain.length);
    }
    await expect.poll(() => page.getByTestId('inbox-to-confirm').innerText()).toContain(String(2 - certain.length));
  });

  it('names a dropped file that is too large instead of dropping it without a word', async () => {
    const big = { name: 'סריקה-גדולה.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20) };
    await page.getByTestId('inbox-dropzone').locator('input[type=file]').setInputFiles(big);
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'סריקה-גדולה.pdf' }).innerText())
      .toBe('סריקה-גדולה.pdf: הקובץ גדול מדי (עד 20 מגה-בייט)');
    expect(await page.getByTestId('inbox-items').locator('tbody tr').count()).toBe(3);
  });

  it('takes in a letter saved to the folder the owner sets in settings, after refusing a path by name', async () => {
    const watched = fs.mkdtempSync(path.join(os.tmpdir(), 'mitzui-watched-e2e-'));
    try {
      await page.goto(`${desk.server.url}#/settings`);
      const section = page.getByRole('region', { name: 'תיקייה לקליטת מכתבים' });
      const field = section.getByLabel('נתיב התיקייה');
      await field.fill('סריקות');
      await section.getByRole('button', { name: 'שמירה ומעקב' }).click();
      await expect.poll(() => section.innerText()).toContain('יש לתת את הנתיב המלא של התיקייה');
      await field.fill(watched);
      // The refusal goes as the field is edited.
      expect(await section.innerText()).not.toContain('יש לתת את הנתיב המלא');
      await section.getByRole('button', { name: 'שמירה ומעקב' }).click();
      await page.getByText('התיקייה נשמרה; קבצים חדשים בה ייקלטו לדואר הנכנס').waitFor();
      await page.reload();
      await expect.poll(() => field.inputValue()).toBe(watched);
      await page.screenshot({ path: path.join(SHOTS, 'inbox-watched-folder.png') });

      // A file the inbox has not seen (the same bytes again would be the item they already are).
      fs.writeFileSync(path.join(watched, 'מהסורק.txt'), `${letters[2]!.lines.join('\n')}\n`);
      await page.getByRole('link', { name: 'דואר נכנס' }).click();
      await expect.poll(() => page.getByTestId('inbox-items').innerText(), { timeout: 30_000 }).toContain('מהסורק.txt');
      await page.goto(`${desk.server.url}#/settings`);

      await section.getByRole('button', { name: 'הפסקת המעקב' }).click();
      await page.getByText('המעקב אחר התיקייה הופסק').waitFor();
      expect(await field.inputValue()).toBe('');
      expect(await api('inboxFolder.get', {})).toEqual({ folder: null });
    } finally {
      fs.rmSync(watched, { recursive: true, force: true });
    }
  });
});
