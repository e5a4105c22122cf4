// The desk's one subscription to the office's change events (server-sent events). Each screen
// listens through useChanges for the kinds it shows and asks again for its data when one arrives.
//
// The stream is opened with a single-use ticket, so the browser's own reconnect (same URL) cannot
// work: on a drop the stream is closed and opened again with a fresh ticket, after a growing pause.
// Events sent meanwhile are lost, so once it is back every listener hears 'resync' and asks again.
// Inside Electron the main process relays the stream (a desk on the office server) through the
// preload, with the same signals; a desk on its own store is told at once that there is none.
import type { ChangeEvent } from '../../shared/api/changes';
import { CHANGE_STREAM_PATH, CHANGE_TICKET_PARAM } from '../../shared/api/changes';
import { call, type BridgeSignal } from './client';

export type ChangeSignal = ChangeEvent | 'resync';
type Listener = (signal: ChangeSignal) => void;

const listeners = new Set<Listener>();
const PAUSES_MS = [1000, 2000, 5000, 10_000];

export function onChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(signal: ChangeSignal): void {
  for (const listener of [...listeners]) listener(signal);
}

interface Handlers {
  open(): void;
  change(data: string): void;
  /** The server ended the session: nothing to reconnect to. */
  end(): void;
  error(): void;
}

/** The page's EventSource, or the desktop app's relay: both tell the same four things. */
function openSource(ticket: string, on: Handlers): { close(): void } {
  const bridge = window.mitzui?.watchChanges;
  if (bridge) {
    return {
      close: bridge(ticket, (signal: BridgeSignal) =>
        signal.kind === 'change' ? on.change(signal.data ?? '{}') : on[signal.kind](),
      ),
    };
  }
  const source = new EventSource(`.${CHANGE_STREAM_PATH}?${CHANGE_TICKET_PARAM}=${encodeURIComponent(ticket)}`);
  source.onopen = on.open;
  source.addEventListener('change', (message) => on.change((message as MessageEvent<string>).data));
  source.addEventListener('end', on.end);
  source.onerror = on.error;
  return source;
}

/** Opens the stream for the signed-in session; the returned function closes it for good. */
export function startChangeStream(): () => void {
  if (window.mitzui ? !window.mitzui.watchChanges : typeof EventSource === 'undefined') return () => undefined;
  let source: { close(): void } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let failures = 0;
  let dropped = false;

  const retry = () => {
    source?.close();
    source = null;
    if (stopped) return;
    dropped = true;
    timer = setTimeout(() => void open(), PAUSES_MS[Math.min(failures++, PAUSES_MS.length - 1)]);
  };

  async function open(): Promise<void> {
    const reply = await call('changes.ticket', {});
    if (stopped) return;
    // Signed out: the app handles that reply; a passing failure is tried again.
    if (!reply.ok) return reply.error.code === 'unauthenticated' ? undefined : retry();
    const next = openSource(reply.value.ticket, {
      open: () => {
        failures = 0;
        if (dropped) tell('resync');
        dropped = false;
      },
      change: (data) => tell(JSON.parse(data) as ChangeEvent),
      end: () => {
        source?.close();
        source = null;
      },
      error: retry,
    });
    source = next;
  }

  void open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
