// GET /api/events: the live desks' change stream as server-sent events (HTML Living Standard,
// https://html.spec.whatwg.org/multipage/server-sent-events.html). Self-contained over node's
// req/res so any server can mount it: the plain HTTP transport does, and a framework can hand it
// the raw request once it has stopped managing the reply.
//
// EventSource cannot send headers, so the stream is opened with a ticket from changes.ticket (asked
// with the session header): single-use, short-lived, never the session token itself. A stream hears
// only the kinds its role may read and not its own session's writes; it is closed when the session
// ends (sign-out, timeout, or the owner closing it), and each session may hold only a few at once.
import type http from 'node:http';
import { CHANGE_TICKET_PARAM, mayHear } from '../../shared/api/changes';
import { SECURITY_HEADERS } from '../security/csp';
import type { ChangeBus, Published } from '../services/changes';
import type { SessionStore } from '../services/sessions';

/** A comment line keeps proxies and the browser from deeming the connection dead. */
export const HEARTBEAT_MS = 15_000;
/** A desk with a few windows open; more from one session is a leak or an abuse. */
export const MAX_STREAMS_PER_SESSION = 4;
/** Unsent bytes past which a desk that does not read is cut off; it reconnects and asks again for all. */
const MAX_BACKLOG_BYTES = 256 * 1024;

export interface ChangeStreamOptions {
  bus: ChangeBus;
  sessions: SessionStore;
  heartbeatMs?: number;
}

/** Mount with `handle(req, res)` for GET /api/events; `closeAll` on shutdown. */
export interface ChangeStream {
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
  /** How many streams are open now, over all sessions. */
  openCount(): number;
  closeAll(): void;
}

function answer(res: http.ServerResponse, status: 401 | 405 | 429, message: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(message);
}

function ticketOf(req: http.IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '', 'http://local').searchParams.get(CHANGE_TICKET_PARAM);
  } catch {
    return null;
  }
}

export function createChangeStream(options: ChangeStreamOptions): ChangeStream {
  const { bus, sessions } = options;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  /** Each open stream's closer, by session token. */
  const open = new Map<string, Set<(sessionOver?: boolean) => void>>();

  sessions.onEnd((token) => {
    for (const close of [...(open.get(token) ?? [])]) close(true);
  });

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET') return answer(res, 405, 'GET only');
    const ticket = ticketOf(req);
    const token = ticket ? bus.redeem(ticket) : null;
    const session = sessions.peek(token);
    if (token === null || typeof session !== 'object' || session === null) return answer(res, 401, 'No valid ticket');
    const streams = open.get(token) ?? new Set<(sessionOver?: boolean) => void>();
    if (streams.size >= MAX_STREAMS_PER_SESSION) return answer(res, 429, 'Too many streams');

    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // A reverse proxy must pass each event on as it comes, not buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    res.write(': open\n\n');
    req.socket.setNoDelay(true);

    const live = () => {
      const state = sessions.peek(token);
      return typeof state === 'object' ? state : null;
    };
    const hear = ({ event, fromSession }: Published) => {
      const now = live();
      if (now === null) return close(true);
      if (fromSession === token || !mayHear(event.kind, now.role)) return;
      if (res.writableLength > MAX_BACKLOG_BYTES) return close();
      res.write(`id: ${event.seq}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
    };
    const unsubscribe = bus.subscribe(hear);
    // Each beat also notices a session that timed out while its desk sat idle.
    const beat = setInterval(() => (live() ? res.write(': beat\n\n') : close(true)), heartbeatMs);
    beat.unref();
    let closed = false;
    /** `sessionOver`: tells the desk not to reconnect; a server shutting down does not (it comes back). */
    function close(sessionOver = false): void {
      if (closed) return;
      closed = true;
      clearInterval(beat);
      unsubscribe();
      streams.delete(close);
      if (streams.size === 0) open.delete(token as string);
      if (!res.writableEnded) res.end(sessionOver ? 'event: end\ndata: {}\n\n' : undefined);
    }
    streams.add(close);
    open.set(token, streams);
    res.on('close', () => close());
  }

  return {
    handle,
    openCount: () => [...open.values()].reduce((sum, streams) => sum + streams.size, 0),
    closeAll: () => {
      for (const streams of [...open.values()]) for (const close of [...streams]) close(false);
    },
  };
}
