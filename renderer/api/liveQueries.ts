// Keeps the cached replies current: a change on another desk (the change stream) or a write of this
// desk marks the replies it can alter as stale, and those on screen are asked for again. A burst of
// changes makes one more request per reply, not one each; a window out of sight asks once it is shown.
import type { ChangeEvent } from '../../shared/api/changes';
import type { ProcedureName } from '../../shared/api/contract';
import { onChange } from './changes';
import { queryClient } from './queryClient';
import { aboutClient, FILE_PART, staleAfter } from './queryKeys';
import { coalesced } from './useChanges';

/** Summing up the whole office is not cheap: a busy office does not have every desk asking every moment. */
const SETTLE_MS: Partial<Record<ProcedureName, number>> = { 'dashboard.summary': 3000 };

type Change = Pick<ChangeEvent, 'kind' | 'procedure' | 'clientId'>;

/** Marks the replies of `name` that the changes can alter as stale; those on screen are asked for again. */
function invalidate(name: ProcedureName, changes: readonly Change[]): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: [name],
    predicate: ({ queryKey }) => changes.some((change) => aboutClient(queryKey, change.clientId)),
  });
}

/** After this desk's own write, which its change stream does not tell it of. */
export async function invalidateFor(change: Change): Promise<void> {
  await Promise.all([...staleAfter(change)].map((name) => invalidate(name, [change])));
}

/**
 * After the stream was down anything may have changed: every reply is asked for again, except a
 * client file's parts, which come again with their file (reading medical records again is logged).
 */
function invalidateAll(): Promise<void> {
  return queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[2] !== FILE_PART });
}

/** Listens to the change stream for as long as the desk is signed in; returns the way to stop. */
export function startLiveQueries(): () => void {
  const pending = new Map<ProcedureName, Change[]>();
  const runners = new Map<ProcedureName, ReturnType<typeof coalesced>>();
  let missedAll = false;

  const flush = (name: ProcedureName) => {
    const changes = pending.get(name);
    pending.delete(name);
    if (changes) void invalidate(name, changes);
  };
  const poke = (name: ProcedureName) => {
    let runner = runners.get(name);
    if (!runner) runners.set(name, (runner = coalesced(() => flush(name), SETTLE_MS[name])));
    runner.poke();
  };

  const off = onChange((signal) => {
    if (signal === 'resync') {
      pending.clear();
      if (document.hidden) missedAll = true;
      else void invalidateAll();
      return;
    }
    for (const name of staleAfter(signal)) {
      pending.set(name, [...(pending.get(name) ?? []), signal]);
      if (!document.hidden) poke(name);
    }
  });
  const shown = () => {
    if (document.hidden) return;
    if (missedAll) {
      missedAll = false;
      void invalidateAll();
    }
    for (const name of pending.keys()) poke(name);
  };
  document.addEventListener('visibilitychange', shown);
  return () => {
    off();
    document.removeEventListener('visibilitychange', shown);
    for (const runner of runners.values()) runner.cancel();
  };
}
