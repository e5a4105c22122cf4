// The inbox's watched folder on a real temp folder: the owner names it (checked on the server, refused
// in Hebrew by field), files that appear in it are taken in once whole (one item even when written
// slowly), left where they are, every desk told; and a file there when watching starts is taken too; the setting
// outlives a restart, and so does unsetting it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Random } from '../../db/demo/random';
import type { Published } from '../../main/services/changes';
import { chromiumPdfRenderer } from '../../main/paperwork/chromium-pdf';
import { expectOk, OWNER, type TestApp } from '../support/app';
import { signedIn } from '../support/signed-in';
import { officeWithLetterClient } from '../support/inbox/letter-client';
import { emlFile } from '../support/inbox/mail-files';
import { generateLetter, someClients } from '../support/nii-letters/generate';
import { renderLetter } from '../support/nii-letters/render';
import { logInAs } from '../support/staff';
import { tempDir } from '../support/temp';

const renderer = chromiumPdfRenderer();
afterAll(() => renderer.close());

let app: TestApp;
let token: string;
let clientId: number;
let folder: string;
let removeFolder: () => void;
const random = new Random(44);
const [client] = someClients(random, 1);

beforeEach(async () => {
  ({ app, token, clientId } = await officeWithLetterClient(client!));
  ({ dir: folder, cleanup: removeFolder } = tempDir('inbox-folder-'));
});
afterEach(() => {
  app.dispose();
  removeFolder();
});

const letterPdf = async () => renderLetter(renderer, generateLetter(random, 'decision', client!, { visual: false }));
const items = async () => expectOk(await app.call(token, 'inbox.list', {}));
/** Waits (without a deadline of its own: the test's) until the inbox holds `count` items. */
const itemsWhen = async (count: number) => {
  await vi.waitFor(async () => expect(await items()).toHaveLength(count), { timeout: 60_000, interval: 250 });
  await app.inboxFolder!.settled();
  return items();
};
/** Sessions do not outlive the process: the owner signs in again after a restart. */
async function restarted(): Promise<void> {
  app = await app.restart();
  token = signedIn(expectOk(await app.call(null, 'auth.login', OWNER))).token;
}
const setFolder = (watchedFolder: string | null, as = token) => app.call(as, 'inboxFolder.set', { watchedFolder });

describe('the watched folder', () => {
  it('refuses, in Hebrew on the field, a folder that is relative, missing, or the data folder', async () => {
    for (const bad of ['scans', path.join(folder, 'none'), app.dataDir, path.join(app.dataDir, 'documents')]) {
      const refused = await setFolder(bad);
      expect(refused).toMatchObject({ ok: false, error: { code: 'validation', field: 'watchedFolder' } });
      expect(refused.ok || /[\u0590-\u05FF]/u.test(refused.error.message)).toBe(true);
    }
    const staff = await logInAs(app, 'staff');
    expect(await setFolder(folder, staff)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(expectOk(await app.call(token, 'inboxFolder.get', {}))).toEqual({ folder: null });
  });

  it('takes a file written slowly as one item, leaves it in place, and takes a mail’s letters', async () => {
    const before = await letterPdf();
    fs.writeFileSync(path.join(folder, 'before.pdf'), before);
    fs.writeFileSync(path.join(folder, 'notes.docx'), 'not a letter');
    const heard: Published[] = [];
    app.changes.subscribe((published) => heard.push(published));
    expect(expectOk(await setFolder(folder))).toEqual({ folder });
    const [first] = await itemsWhen(1);
    expect(first).toMatchObject({ originalName: 'before.pdf', sizeBytes: before.length, addedBy: null });
    // Every desk is told, as of a letter dropped on one: their inbox lists follow.
    expect(heard.map(({ event }) => [event.kind, event.id, event.procedure, event.by])).toEqual([
      ['document', first!.id, 'inbox.add', null],
    ]);

    // A scanner writing a page at a time: half, a pause shorter than the wait for the write to end, the rest.
    const slow = await letterPdf();
    const file = path.join(folder, 'slow.pdf');
    fs.writeFileSync(file, slow.subarray(0, slow.length / 2));
    await new Promise((resolve) => setTimeout(resolve, 400));
    fs.appendFileSync(file, slow.subarray(slow.length / 2));
    const taken = (await itemsWhen(2)).find((item) => item.originalName === 'slow.pdf')!;
    expect(taken).toMatchObject({ status: 'new', sizeBytes: slow.length, client: { id: clientId } });
    expect(fs.readdirSync(folder).sort()).toEqual(['before.pdf', 'notes.docx', 'slow.pdf']);

    const attachments = [{ name: 'מכתב.pdf', mimeType: 'application/pdf', bytes: await letterPdf() }];
    const from = { name: 'ביטוח לאומי', address: 'noreply@btl.gov.il' };
    fs.writeFileSync(
      path.join(folder, 'mail.eml'),
      emlFile({ from, subject: 'מכתב', date: '2026-01-05T09:00:00.000Z', text: '', attachments }),
    );
    const mailed = (await itemsWhen(3)).find((item) => item.originalName === 'מכתב.pdf')!;
    expect(mailed.mail).toMatchObject({ file: 'mail.eml', subject: 'מכתב' });
  }, 120_000);

  it('the folder outlives a restart, a file that came meanwhile is taken, and unsetting it is kept too', async () => {
    fs.writeFileSync(path.join(folder, 'a.pdf'), await letterPdf());
    expectOk(await setFolder(folder));
    await itemsWhen(1);
    fs.writeFileSync(path.join(folder, 'b.pdf'), await letterPdf());
    await restarted();
    expect(expectOk(await app.call(token, 'inboxFolder.get', {}))).toEqual({ folder });
    expect((await itemsWhen(2)).map((item) => item.originalName).sort()).toEqual(['a.pdf', 'b.pdf']);

    expect(expectOk(await setFolder(null))).toEqual({ folder: null });
    await restarted();
    expect(expectOk(await app.call(token, 'inboxFolder.get', {}))).toEqual({ folder: null });
  }, 120_000);
});
