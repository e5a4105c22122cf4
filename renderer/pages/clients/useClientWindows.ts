// Rows of the client list fetched a window at a time as the user scrolls: never the whole office at
// once. A new search or filter keeps showing the previous rows until its first window arrives, and a
// late reply for an older view is dropped, so typing fast never flashes an empty list.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClientListRow } from '../../../shared/schemas/client-list';
import { call } from '../../api/client';
import type { ClientView } from './clientView';

export const WINDOW = 100;

interface Loaded {
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
  failure: string | null;
}

export function useClientWindows(view: ClientView): ClientWindows {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [filled, setFilled] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef(0);
  const key = JSON.stringify(view);

  useEffect(() => {
    const request = ++latest.current;
    const wanted = JSON.parse(key) as ClientView;
    void call('clients.list', { ...wanted, offset: 0, limit: WINDOW, withTotal: true }).then((reply) => {
      if (request !== latest.current) return;
      if (!reply.ok) {
        setFailure(reply.error.message);
        return;
      }
      setFailure(null);
      setLoaded({ view: wanted, total: reply.value.total ?? reply.value.rows.length, windows: new Map([[0, reply.value.rows]]), pending: new Set() });
    });
  }, [key]);

  const ensure = useCallback(
    (from: number, to: number) => {
      if (!loaded) return;
      for (let w = Math.floor(from / WINDOW); w <= Math.floor(to / WINDOW); w++) {
        if (w * WINDOW >= loaded.total || loaded.windows.has(w) || loaded.pending.has(w)) continue;
        loaded.pending.add(w);
        void call('clients.list', { ...loaded.view, offset: w * WINDOW, limit: WINDOW, withTotal: false }).then((reply) => {
          loaded.pending.delete(w);
          if (!reply.ok) return;
          loaded.windows.set(w, reply.value.rows);
          setFilled((n) => n + 1);
        });
      }
    },
    [loaded],
  );

  const rowAt = useCallback((index: number) => loaded?.windows.get(Math.floor(index / WINDOW))?.[index % WINDOW], [loaded]);

  // One object while nothing arrives: the table re-renders when rows come, not on every keystroke.
  return useMemo(
    () => ({ shown: loaded?.view ?? null, total: loaded?.total ?? null, rowAt, ensure, failure }),
    // `filled` stands for windows added to `loaded` in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, filled, rowAt, ensure, failure],
  );
}
