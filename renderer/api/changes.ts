// The desk's one subscription to the office's change events (server-sent events). Each screen
// listens through useChanges for the kinds it shows and asks again for its data when one arrives.
//
// The stream is opened with a single-use ticket, so the browser's own reconnect (same URL) cannot
// work: on a drop the stream is closed and opened again with a fresh ticket, after a growing pause.
// Events sent meanwhile are lost, so once it is back every listener hears 'resync' and asks again.
// Inside Electron there is no stream to open: the desk is the only one on its store.
import type { ChangeEvent } from '../../shared/api/changes';
import { CHANGE_STREAM_PATH, CHANGE_TICKET_PARAM } from '../../shared/api/changes';
import { call } from './client';

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

/** Opens the stream for the signed-in session; the returned function closes it for good. */
export function startChangeStream(): () => void {
  if (window.mitzui || typeof EventSource === 'undefined') return () => undefined;
  let source: EventSource | null = null;
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
    const url = `.${CHANGE_STREAM_PATH}?${CHANGE_TICKET_PARAM}=${encodeURIComponent(reply.value.ticket)}`;
    const next = new EventSource(url);
    source = next;
    next.onopen = () => {
      failures = 0;
      if (dropped) tell('resync');
      dropped = false;
    };
    next.addEventListener('change', (message) => tell(JSON.parse((message as MessageEvent<string>).data) as ChangeEvent));
    // The server ended the session: nothing to reconnect to.
    next.addEventListener('end', () => {
      next.close();
      source = null;
    });
    next.onerror = retry;
  }

  void open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
