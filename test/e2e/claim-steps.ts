// Steps on the claim page that several walks take alike: recording a rejection, and reading back the
// tasks it opens beside the committee date.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fieldOf } from './fields';

/** Records a rejection decided on `decided` and received on `received` (dd/mm/yyyy), with the percent set if given. */
export async function recordRejection(
  page: Page,
  dates: { decided: string; received: string },
  percent?: string,
): Promise<void> {
  await page.getByRole('button', { name: 'רישום החלטה' }).click();
  const dialog = page.getByRole('dialog', { name: 'רישום החלטה' });
  await page.getByRole('combobox', { name: 'תוצאת ההחלטה' }).click();
  await page.getByRole('option', { name: 'נדחתה' }).click();
  await fieldOf(page, 'תאריך ההחלטה').fill(dates.decided);
  await fieldOf(page, 'תאריך קבלת ההחלטה').fill(dates.received);
  if (percent) await fieldOf(page, 'אחוזי נכות שנקבעו').fill(percent);
  await dialog.getByRole('button', { name: 'שמירת ההחלטה' }).click();
  await expect.poll(() => page.getByTestId('claim-status').textContent()).toBe('התקבלה החלטה');
}

/**
 * The claim's tasks after a general-disability rejection received on 12/11/2026: the committee's
 * sitting on `committeeDate`, then ערר in 60 days, the claims committee in 6 months (12/05/2027 is
 * Independence Day, so Thursday 13/05/2027) and the labour court in 12 months. Returns the rows' text.
 */
export async function expectCommitteeAndAppealTasks(page: Page, committeeDate: string): Promise<string[]> {
  const rows = page.getByTestId('claim-task');
  await expect.poll(() => rows.count()).toBe(4);
  const texts = await rows.allInnerTexts();
  expect(texts[0]).toContain(committeeDate);
  expect(texts[0]).toContain('ועדה בתביעה לנכות כללית');
  expect(texts[1]).toContain('11/01/2027');
  expect(texts[1]).toContain('ערר על החלטת הוועדה הרפואית');
  expect(texts[2]).toContain('13/05/2027');
  expect(texts[3]).toContain('12/11/2027');
  expect(texts[3]).toContain('בית הדין האזורי לעבודה');
  return texts;
}
