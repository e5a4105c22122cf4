// The live desks' stream for a desk whose page has no EventSource to the server (the desktop app in
// office mode): the main process opens GET /api/events on the server over the pinned connection,
// with the desk's device token and the page's single-use ticket, reads the server-sent events and
// hands each one on. The page reconnects with a fresh ticket when told the stream failed.
import { CHANGE_STREAM_PATH, CHANGE_TICKET_PARAM } from '../../shared/api/changes';
import { DEVICE_HEADER } from '../server/device-registry';
import type { DeskSettings } from './desk-settings';
import { requestPinned } from './pinned-https';

/** open: the server took the ticket; change: one event's JSON; end: the session is over; error: dropped or refused. */
export type RelaySignal = { kind: 'open' } | { kind: 'change'; data: string } | { kind: 'end' } | { kind: 'error' };
export type RelayListener = (signal: RelaySignal) => void;

/** Feeds text as it arrives; calls `dispatch` once per complete event (HTML's event-stream format). */
export function eventStreamParser(dispatch: (type: string, data: string) => void): (chunk: string) => void {
  let buffer = '';
  let type = '';
  let data: string[] = [];
  return (chunk) => {
    buffer += chunk;
    // A CR at the end may be the first half of a CRLF split across chunks: wait for what follows.
    const held = buffer.endsWith('\r') ? '\r' : '';
    const lines = (held ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
    buffer = (lines.pop() ?? '') + held;
    for (const line of lines) {
      if (line === '') {
        if (data.length > 0) dispatch(type || 'message', data.join('\n'));
        type = '';
        data = [];
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') type = value;
        else if (field === 'data') data.push(value);
      }
    }
  };
}

/** Opens the relay; the returned function closes it. Tells `error` once at most, and nothing after `end`. */
export function relayChanges(settings: DeskSettings, ticket: string, listener: RelayListener): () => void {
  let done = false;
  const tell = (signal: RelaySignal) => {
    if (done) return;
    if (signal.kind === 'end' || signal.kind === 'error') done = true;
    listener(signal);
  };
  const url = new URL(`${CHANGE_STREAM_PATH}?${CHANGE_TICKET_PARAM}=${encodeURIComponent(ticket)}`, settings.server);
  const request = requestPinned(
    url,
    'GET',
    { [DEVICE_HEADER]: settings.deviceToken, Accept: 'text/event-stream' },
    settings.fingerprint,
  );
  // The server's heartbeat keeps the line alive: no timeout.
  request.setTimeout(0);
  request.on('response', (response) => {
    if (response.statusCode !== 200) {
      response.resume();
      return tell({ kind: 'error' });
    }
    tell({ kind: 'open' });
    const parse = eventStreamParser((type, data) => {
      if (type === 'change') tell({ kind: 'change', data });
      else if (type === 'end') tell({ kind: 'end' });
    });
    response.setEncoding('utf8');
    response.on('data', parse);
    response.on('end', () => tell({ kind: 'error' }));
    response.on('error', () => tell({ kind: 'error' }));
  });
  request.on('error', () => tell({ kind: 'error' }));
  request.end();
  return () => {
    done = true;
    request.destroy();
  };
}
