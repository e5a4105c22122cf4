// The import wizard in real Chromium on a new office: from the empty dashboard's "import from a file"
// to the template, a file with bad rows (one fixed in place, one skipped), the import, the imported
// clients in the list, and undo; then 3,000 rows, whose import shows progress.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidId, validId } from '../support/ids';
import { tempDir } from '../support/temp';
import { seriousViolations } from './axe';
import { openOwnerDesk, SHOTS, type OwnerDesk } from './owner-desk';

const files = tempDir('mitzui-e2e-import-');
let desk: OwnerDesk;
let page: Page;

const screenshot = (name: string) => page.screenshot({ path: path.join(SHOTS, `import-${name}.png`), fullPage: true });
const counts = () => page.getByTestId('import-counts').innerText();
const main = () => page.getByRole('main');

function csv(name: string, rows: string[]): string {
  const file = path.join(files.dir, name);
  fs.writeFileSync(file, `\uFEFF${['מספר זהות,שם פרטי,שם משפחה,תאריך לידה,מין', ...rows].join('\r\n')}\r\n`);
  return file;
}

async function upload(file: string) {
  await page.getByTestId('import-dropzone').locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('import-counts').waitFor();
}

beforeAll(async () => {
  desk = await openOwnerDesk('משרד הבדיקה', { fullName: 'דנה כהן', username: 'dana', password: 'correct-horse-9' });
  ({ page } = desk);
});
afterAll(async () => {
  await desk?.close();
  files.cleanup();
});

describe('the import wizard', () => {
  it('is reached from the empty dashboard and offers the template with its Hebrew headers', async () => {
    await main().getByRole('link', { name: 'ייבוא מקובץ' }).click();
    await page.getByRole('heading', { name: 'ייבוא מבוטחים מקובץ', level: 1 }).waitFor();
    // Reached by Tab, opened by Enter or Space, as well as dropped on.
    expect(await page.getByTestId('import-dropzone').getAttribute('tabindex')).toBe('0');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'הורדת תבנית מבוטחים (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mitzui-import.csv');
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split(',').slice(0, 3)).toEqual(['מספר זהות', 'שם פרטי', 'שם משפחה']);
    await page.getByRole('button', { name: 'הסבר על העמודות' }).click();
    await expect.poll(() => page.getByTestId('columns-clients').innerText()).toContain('למשל 31/12/1980');
    await screenshot('file');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists the bad rows by row and column; one fixed in place, one skipped, then imported and undone', async () => {
    await upload(
      csv('office.csv', [
        `${validId('11111111')},דן,לוי,01/02/1980,זכר`,
        `${validId('22222222')},רון,כהן,1980/02/31,זכר`,
        `${invalidId('33333333')},גל,מזרחי,02/02/1982,נקבה`,
        `${validId('44444444')},יעל,פרץ,03/03/1983,נקבה`,
      ]),
    );
    expect(await counts()).toContain('שתי שורות תקינות');
    expect(await counts()).toContain('שתי שורות לתיקון');
    const ron = page.getByTestId('problem-clients-3');
    expect(await ron.innerText()).toContain('שורה 3');
    expect(await ron.innerText()).toContain('רון כהן');
    expect(await ron.innerText()).toContain('תאריך לידה: התאריך אינו תקין');
    expect(await page.getByTestId('problem-clients-4').innerText()).toContain('מספר הזהות אינו תקין');
    await screenshot('problems');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'תאריך לידה בשורה 3' }).fill('28/02/1980');
    await ron.getByRole('button', { name: 'בדיקה חוזרת' }).click();
    await expect.poll(counts).toContain('3 שורות תקינות');
    await page.getByTestId('problem-clients-4').getByRole('button', { name: 'דילוג על השורה' }).click();
    await expect.poll(counts).toContain('שורה אחת שדילגתם עליה');
    expect(await counts()).toContain('0 שורות לתיקון');
    await screenshot('answered');

    await page.getByRole('button', { name: 'ייבוא 3 מבוטחים' }).click();
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.innerText()).toContain('יובאו 3 מבוטחים');
    await screenshot('result');

    await result.getByRole('link', { name: 'הצגת המבוטחים שיובאו' }).click();
    await page.getByTestId('batch-filter').waitFor();
    await expect.poll(() => page.getByTestId('client-count').innerText()).toBe('3 מבוטחים');
    await expect.poll(() => main().innerText()).toContain('כהן');
    await screenshot('batch-list');

    await page.getByRole('navigation').getByRole('link', { name: 'ייבוא מקובץ' }).click();
    await page.getByRole('button', { name: 'ביטול הייבוא' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'מחיקת המבוטחים שיובאו' }).click();
    await expect.poll(() => result.getByRole('status').innerText()).toBe('הייבוא בוטל ו-3 מבוטחים נמחקו');
    await screenshot('undone');
    await page.getByRole('navigation').getByRole('link', { name: 'מבוטחים', exact: true }).click();
    await expect.poll(() => main().innerText()).toContain('אין עדיין מבוטחים');
  });

  it('shows progress while 3,000 rows are imported', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${validId(String(50000000 + i))},שירה,אברהם,01/02/1980,נקבה`);
    await page.getByRole('navigation').getByRole('link', { name: 'ייבוא מקובץ' }).click();
    await page.getByRole('button', { name: 'ייבוא קובץ נוסף' }).click();
    await upload(csv('big.csv', rows));
    // Every text the progress line shows, as the page changes it (polling from here would miss some).
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { progressSeen: seen });
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'ייבוא 3,000 מבוטחים' }).click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain('יובאו 3,000 מבוטחים');
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    // Part of the way, as the screen writes it: "יובאו 1,000 מבוטחים מתוך 3,000".
    const partway = seen.map((text) =>
      Number(/^יובאו ([\d,]+) מבוטחים מתוך 3,000$/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN),
    );
    expect(partway.filter((done) => done > 0 && done < 3000).length, seen.join(' | ')).toBeGreaterThanOrEqual(3);
  });
});
