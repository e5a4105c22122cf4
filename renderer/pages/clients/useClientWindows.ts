// Rows of the client list fetched a window at a time as the user scrolls: never the whole office at
// once. A new search or filter keeps showing the previous rows until its first window arrives, and a
// late reply for an older view is dropped, so typing fast never flashes an empty list. A reply that
// fails is tried again while still wanted; a lasting failure is reported for the view asked for, with
// `retry`, so the list never sits silently on an older search. Another desk's change to clients or
// their claims and records asks again for the first window (the others as they are scrolled to).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClientListRow } from '../../../shared/schemas/client-list';
import { patientCall } from '../../api/patientCall';
import { useChanges } from '../../api/useChanges';
import type { ClientView } from './clientView';

export const WINDOW = 100;
/**
 * What a row shows: the client, their claims' statuses, their consents. Rows read are metered per
 * session (a staff desk is capped): in a busy office the list asks again at most every few seconds.
 */
const LIVE = { kinds: ['client', 'claim', 'record', 'paper'], settleMs: 3000 } as const;

interface Loaded {
  key: string;
  view: ClientView;
  total: number;
  windows: Map<number, ClientListRow[]>;
  pending: Set<number>;
}

export interface ClientWindows {
  /** The view the rows on screen belong to (null before the first reply). */
  shown: ClientView | null;
  total: number | null;
  rowAt(index: number): ClientListRow | undefined;
  /** Fetches the windows covering rows from..to that are not loaded yet. */
  ensure(from: number, to: number): void;
  /** Why the view asked for cannot be shown (null while it loads or once it is shown). */
  failure: string | null;
  retry(): void;
}

export function useClientWindows(view: ClientView): ClientWindows {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [filled, setFilled] = useState(0);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  // Bumped by retry: the first window of the view asked for, or the windows of the one shown.
  const [firstRound, setFirstRound] = useState(0);
  const [windowRound, setWindowRound] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(view);
  const changed = useChanges(LIVE);

  useEffect(() => {
    const request = ++latest.current;
    const wanted = () => request === latest.current;
    const asked = JSON.parse(key) as ClientView;
    void patientCall('clients.list', { ...asked, offset: 0, limit: WINDOW, withTotal: true }, wanted).then((reply) => {
      if (!wanted()) return;
      if (!reply.ok) return setFailed({ key, message: reply.error.message });
      setFailed(null);
      setLoaded({
        key,
        view: asked,
        total: reply.value.total ?? reply.value.rows.length,
        windows: new Map([[0, reply.value.rows]]),
        pending: new Set(),
      });
    });
  }, [key, firstRound, changed]);

  const ensure = useCallback(
    (from: number, to: number) => {
      if (!loaded) return;
      for (let w = Math.floor(from / WINDOW); w <= Math.floor(to / WINDOW); w++) {
        if (w * WINDOW >= loaded.total || loaded.windows.has(w) || loaded.pending.has(w)) continue;
        loaded.pending.add(w);
        void patientCall('clients.list', { ...loaded.view, offset: w * WINDOW, limit: WINDOW, withTotal: false }).then(
          (reply) => {
            loaded.pending.delete(w);
            if (!reply.ok) return setFailed({ key: loaded.key, message: reply.error.message });
            loaded.windows.set(w, reply.value.rows);
            setFilled((n) => n + 1);
          },
        );
      }
    },
    // A new round gives a new `ensure`, so the table asks again for the windows still missing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, windowRound],
  );

  const rowAt = useCallback(
    (index: number) => loaded?.windows.get(Math.floor(index / WINDOW))?.[index % WINDOW],
    [loaded],
  );

  // Read at the click, so `retry` stays one function while typing (the table re-renders less).
  const keys = useRef({ asked: key, shown: loaded?.key });
  keys.current = { asked: key, shown: loaded?.key };
  const retry = useCallback(() => {
    setFailed(null);
    if (keys.current.shown === keys.current.asked) setWindowRound((n) => n + 1);
    else setFirstRound((n) => n + 1);
  }, []);

  const failure = failed?.key === key ? failed.message : null;
  // One object while nothing arrives: the table re-renders when rows come, not on every keystroke.
  return useMemo(
    () => ({ shown: loaded?.view ?? null, total: loaded?.total ?? null, rowAt, ensure, failure, retry }),
    // `filled` stands for windows added to `loaded` in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, filled, rowAt, ensure, failure, retry],
  );
}
