// The what-if runs the rules core in this window, so it must use the parameter packs the office
// imported, as the server does: fetched with the panel's data and applied once per set of packs.
// The server checked each pack's signature at import and again at start; here they are only read.
import { applyPack, clearPacks, readPack } from '../../shared/rules/packs/pack';
import { call } from '../api/client';

let appliedKey: string | null = null;

export async function syncPacks(): Promise<void> {
  const reply = await call('packs.list', {});
  if (!reply.ok) return;
  const key = reply.value.map((pack) => `${pack.id}@${pack.importedAt}`).join('|');
  if (key === appliedKey) return;
  clearPacks();
  for (const pack of reply.value) {
    const answer = readPack(pack.text, { acceptUnsigned: true });
    if (answer.ok) applyPack(answer.pack);
  }
  appliedKey = key;
}
