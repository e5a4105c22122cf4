// The live desks' change stream for a desk in office mode: GET /api/events is passed on to the office
// server over the pinned connection, with this desk's device token, and the events flow back as they
// come. When the server is away the request fails and the page's EventSource tries again by itself.
import type http from 'node:http';
import { SECURITY_HEADERS } from '../security/csp';
import { DEVICE_HEADER } from '../server/device-registry';
import type { ChangeStream } from '../transports/change-stream';
import type { DeskSettings } from './desk-settings';
import { requestPinned } from './pinned-https';

/** Server-sent events carry no timeout: the server's heartbeat keeps the line alive. */
const STREAM_TIMEOUT_MS = 0;

export function forwardedChangeStream(settingsNow: () => DeskSettings | null): ChangeStream {
  const open = new Set<() => void>();

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const settings = settingsNow();
    const fail = (status: number) => {
      if (res.headersSent) return void res.end();
      res.writeHead(status, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'close',
      });
      res.end();
    };
    if (req.method !== 'GET') return fail(405);
    if (!settings) return fail(503);
    const upstream = requestPinned(
      new URL(req.url ?? '/', settings.server),
      'GET',
      { [DEVICE_HEADER]: settings.deviceToken, Accept: 'text/event-stream' },
      settings.fingerprint,
    );
    upstream.setTimeout(STREAM_TIMEOUT_MS);
    const close = () => upstream.destroy();
    open.add(close);
    upstream.on('response', (response) => {
      res.writeHead(response.statusCode ?? 502, {
        ...SECURITY_HEADERS,
        'Content-Type': response.headers['content-type'] ?? 'text/plain',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      });
      req.socket.setNoDelay(true);
      response.pipe(res);
    });
    upstream.on('error', () => fail(503));
    upstream.on('close', () => open.delete(close));
    res.on('close', close);
    upstream.end();
  }

  return {
    handle,
    openCount: () => open.size,
    closeAll: () => [...open].forEach((close) => close()),
  };
}
