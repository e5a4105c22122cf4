// Pieces of the intake wizard's work step that several walks fill in the same way.
import type { Page } from 'playwright-core';

/** mm/yyyy of the n-th month before this one, in Israel (the server's "today"). */
function monthsAgo(n: number): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date()).split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 - n, 1));
  return `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

/** No wages in each of the last `months` months: a monthly income row of 0 ₪ for each. */
export async function addMonthsWithoutWages(page: Page, months: number): Promise<void> {
  for (let n = 1; n <= months; n++) {
    await page.getByRole('button', { name: 'הוספת הכנסה חודשית' }).click();
    const row = page.getByRole('group', { name: `הכנסה ${n}` });
    await row.getByLabel(/^חודש/).fill(monthsAgo(n));
    await row.getByLabel(/^מקור ההכנסה/).and(page.locator('input')).click();
    await page.getByRole('option', { name: 'שכר', exact: true }).click();
    await row.getByLabel(/^הכנסה ברוטו/).fill('0');
  }
}
