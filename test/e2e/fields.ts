import type { Locator, Page } from 'playwright-core';

/** A form field by its exact label; required fields carry a trailing asterisk. */
export function fieldOf(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
}

/** Picks an option of a select (a combobox input) by the field's label and the option's exact text. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await fieldOf(page, label).and(page.locator('input')).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
