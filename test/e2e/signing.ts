// Signing a paper in the browser as a person does: a stroke drawn on the pad with the mouse, from
// the button a blocker offers on the claim page through the preview to the frozen, saved paper.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe';

/** Draws a signature-like stroke across the pad with the mouse. */
export async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++)
    await page.mouse.move(box.x + box.width * (0.2 + i * 0.025), y + Math.sin(i / 2) * 30, { steps: 2 });
  await page.mouse.up();
}

/**
 * Opens the paper from its button (a blocker's, or the claim's own), checks the dialog offers the
 * client's language where the paper has translations, makes the paper's choices (`prepare`), previews,
 * draws the signature and saves.
 * `beforeSaving` runs with the signed preview on screen (a screenshot).
 */
export async function signPaper(
  page: Page,
  paper: { button: string; title: string; language?: string; prepare?: (dialog: Locator) => Promise<void> },
  beforeSaving?: () => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: paper.button }).click();
  const dialog = page.getByRole('dialog', { name: paper.title });
  await dialog.waitFor();
  // A paper in Hebrew only (a claim form) offers no language.
  if (paper.language)
    expect(await dialog.getByRole('combobox', { name: 'שפת המסמך' }).inputValue()).toBe(paper.language);
  await paper.prepare?.(dialog);
  await dialog.getByRole('button', { name: 'תצוגה מקדימה' }).click();
  await dialog.getByTestId('paper-preview').waitFor();
  await drawSignature(page);
  await beforeSaving?.();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'חתימה ושמירה' }).click();
  await page.getByText('המסמך נחתם ונשמר').first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}
