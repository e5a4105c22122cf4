// Pieces of the intake wizard that several walks use the same way: the work step's months of income,
// and where the keyboard is.
import type { Page } from 'playwright-core';

/** mm/yyyy of the n-th month before this one, in Israel (the server's "today"). */
function monthsAgo(n: number): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 - n, 1));
  return `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

/** No wages in each of the last `months` months: one range of months at 0 ₪, which adds a row for each. */
export async function addMonthsWithoutWages(page: Page, months: number): Promise<void> {
  const range = page.getByRole('group', { name: 'הכנסה זהה לכמה חודשים' });
  await range.getByLabel('מחודש').fill(monthsAgo(months));
  await range.getByLabel('עד חודש').fill(monthsAgo(1));
  await range.getByLabel('הכנסה לחודש (₪)').fill('0');
  await range.getByRole('button', { name: 'הוספת החודשים' }).click();
  await page.getByRole('group', { name: `הכנסה ${months}` }).waitFor();
}

/** The id of the element that has the keyboard, and its accessible label's text, for focus checks. */
export async function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return null;
    const labelled = active.getAttribute('aria-labelledby');
    const byId = (id: string) => document.getElementById(id)?.textContent ?? '';
    const text =
      (active as HTMLInputElement).labels?.[0]?.textContent ??
      (labelled ? labelled.split(' ').map(byId).join(' ') : active.textContent);
    return (text ?? '').replace(/\s*\*$/, '').trim();
  });
}
