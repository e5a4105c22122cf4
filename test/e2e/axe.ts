// axe-core in the page: the serious and critical accessibility violations inside `include` (the whole
// page by default: header, navigation, dialogs and menus in their portals too). The
// source is evaluated through the DevTools protocol, which the app's strict CSP does not block
// (a <script> tag would be).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

export async function seriousViolations(page: Page, include = 'body'): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<AxeResult> } }).axe;
    const { violations } = await axe.run({ include: [selector] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, include);
}
