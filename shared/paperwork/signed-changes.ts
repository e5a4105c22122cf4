// What a signed paper shows of the client that the client's file no longer says. The paper's body is
// built twice, from the client as frozen at signing and from the client now, everything else alike;
// the labels of the rows that differ name what changed (last name, ID number, address…). Details a
// paper does not show (a note, the file number) never make it stale.
import { paperworkMessage } from '../locales/messages';
import type { PaperBody, PaperContext, PaperFile } from './model';
import type { PaperTemplate } from './templates';

function rowsOf(body: PaperBody): Map<string, { label: string; value: string | null }> {
  return new Map(body.sections.flatMap((s) => (s.rows ?? []).map((r) => [`${s.title}\n${r.label}`, r] as const)));
}

/**
 * `signedClient` is the client as the paper froze it; a field it lacks (added to the file after the
 * signature) counts as unchanged. Empty when the paper still shows the client as they are.
 */
export function changedClientRows(
  template: PaperTemplate,
  ctx: PaperContext,
  signedClient: Partial<PaperFile['client']>,
): string[] {
  const now = template.body(ctx);
  const then = template.body({ ...ctx, file: { ...ctx.file, client: { ...ctx.file.client, ...signedClient } } });
  const before = rowsOf(then);
  const labels = new Set<string>();
  for (const [key, row] of rowsOf(now)) if (before.get(key)?.value !== row.value) labels.add(row.label);
  // The same rows but other words (a name inside a paragraph, a translation): still a change.
  if (labels.size === 0 && JSON.stringify(now) !== JSON.stringify(then)) labels.add(paperworkMessage('clientDetails'));
  return [...labels];
}
