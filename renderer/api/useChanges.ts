// A screen's ear on the office's change events: a number that rises shortly after a change of the
// kinds it shows (or after the stream came back and anything may have changed). Put it among the
// things that make the screen ask again; the first change asks at once, and a burst after it makes
// one more request, not one each. A window out of sight asks once when it is shown again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeEvent, ChangeKind } from '../../shared/api/changes';
import { onChange } from './changes';

/** By default: long enough to fold a burst (an import, several moves in a row) into one more request. */
const SETTLE_MS = 150;

/** Runs `run` now, or once at the end of the settle window when it ran less than that ago. */
export function coalesced(run: () => void, settleMs = SETTLE_MS): { poke(): void; cancel(): void } {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    last = performance.now();
    run();
  };
  return {
    poke: () => {
      if (timer !== undefined) return;
      const wait = last + settleMs - performance.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    cancel: () => clearTimeout(timer),
  };
}

export interface LiveKinds {
  kinds: readonly ChangeKind[];
  /**
   * At most one request per this many ms after the first (which goes at once). A costly or metered
   * view (the dashboard, the client list's rows) takes a longer pause, so a busy office does not have
   * every desk asking again for it several times a second.
   */
  settleMs?: number;
  /** Narrows to the changes this screen shows, e.g. those of its client. */
  about?: (event: ChangeEvent) => boolean;
}

export function useChanges(live: LiveKinds | undefined): number {
  const [count, setCount] = useState(0);
  const about = useRef(live?.about);
  about.current = live?.about;
  const kinds = live?.kinds.join(',') ?? '';
  const settleMs = live?.settleMs;

  useEffect(() => {
    if (!kinds) return;
    const wanted = new Set(kinds.split(','));
    const ask = coalesced(() => setCount((n) => n + 1), settleMs);
    let missed = false;
    const off = onChange((signal) => {
      if (signal !== 'resync' && (!wanted.has(signal.kind) || about.current?.(signal) === false)) return;
      if (document.hidden) missed = true;
      else ask.poke();
    });
    const shown = () => {
      if (document.hidden || !missed) return;
      missed = false;
      ask.poke();
    };
    document.addEventListener('visibilitychange', shown);
    return () => {
      off();
      document.removeEventListener('visibilitychange', shown);
      ask.cancel();
    };
  }, [kinds, settleMs]);
  return count;
}

/**
 * The latest change someone else made to this record, until `dismiss`. Given the version on screen,
 * only a change past it counts, and moving to another version (loading theirs) forgets it.
 */
export function useRecordChange(
  kind: ChangeKind,
  id: number | null,
  shownVersion?: number,
): { change: ChangeEvent | null; dismiss(): void } {
  const [change, setChange] = useState<ChangeEvent | null>(null);
  useEffect(() => {
    setChange(null);
    if (id === null) return;
    return onChange((signal) => {
      if (signal === 'resync' || signal.kind !== kind || signal.id !== id) return;
      if (shownVersion === undefined || signal.version === null || signal.version > shownVersion) setChange(signal);
    });
  }, [kind, id, shownVersion]);
  return { change, dismiss: useCallback(() => setChange(null), []) };
}
