// The January update on the settings screen: the owner loads an update pack; a pack whose signature
// does not check is loaded only after an explicit "load anyway", and the list says it is unsigned.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PACK_2027 } from '../support/packs';
import { seriousViolations } from './axe';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const OWNER = { fullName: 'יעל כהן', username: 'yael', password: 'Sisma-Aruka-1' };
const pack = PACK_2027;

let desk: OwnerDesk;
let server: OwnerDesk['server'];
let page: Page;
beforeAll(async () => {
  desk = await openOwnerDesk('משרד בדיקה', OWNER);
  ({ server, page } = desk);
});
afterAll(() => desk?.close());

it('loads an unsigned update pack only after the owner chooses to, and lists it as unsigned', async () => {
  await page.getByRole('link', { name: 'הגדרות' }).click();
  const section = page.getByRole('region', { name: 'סכומים ועדכונים' });
  await expect.poll(() => section.innerText()).toContain('אין חבילות עדכון');
  const file = path.join(server.dataDir, '..', `pack-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(pack));
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'טעינת חבילת עדכון…' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'החתימה על החבילה אינה תקינה' });
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('אינה חתומה');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'settings-packs-01-unsigned.png') });
  await dialog.getByRole('button', { name: 'לטעון בכל זאת' }).click();
  await expect.poll(() => section.getByTestId('packs').innerText()).toContain('עדכון ינואר 2027');
  expect(await section.getByTestId('packs').innerText()).toContain('לא חתומה — נטענה באישור בעל המשרד');
  expect(await section.getByTestId('packs').innerText()).toContain('28/12/2026');
  await section.screenshot({ path: path.join(SHOTS, 'settings-packs-02-loaded.png') });
  fs.rmSync(file);
});
