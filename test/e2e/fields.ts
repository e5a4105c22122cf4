import type { Locator, Page } from 'playwright-core';

/** A form field by its exact label; required fields carry a trailing asterisk. */
export function fieldOf(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
}
