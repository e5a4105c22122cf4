// HTTP transport: POST /api/<name> with a JSON body and the session token in a header, plus the
// built renderer as static files. Bound to loopback; Host is checked against DNS rebinding and the
// JSON content type is required so a foreign page cannot post a plain form at it.
//
// Any web page the user opens can send requests here (an <img> is enough for a GET), so nothing a
// request carries may throw outside a catch: a malformed URL or body gets 400 and the server goes on.
// The session and the caller's role are checked before a body is read, each procedure reads at most
// its own body limit, and only so many bodies are read at once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { contract, isProcedureName } from '../../shared/api/contract';
import { allows, bodyLimitOf } from '../../shared/api/procedure';
import { PROCEDURE_NAME, SESSION_HEADER } from '../../shared/api/transport';
import { CHANGE_STREAM_PATH } from '../../shared/api/changes';
import type { ApiResult } from '../../shared/api/result';
import { errorMessage } from '../../shared/locales/messages';
import { SECURITY_HEADERS } from '../security/csp';
import type { Dispatch } from '../services/dispatch';
import type { SessionStore } from '../services/sessions';
import type { ChangeStream } from './change-stream';

/** Bodies being read at one time; a request beyond this waits for no one and gets 503. */
const MAX_BODIES_IN_FLIGHT = 8;
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 120_000;

export interface HttpOptions {
  dispatch: Dispatch;
  sessions: SessionStore;
  staticDir: string;
  /** GET /api/events, the live desks' stream; without it the path is not found. */
  changeStream?: ChangeStream;
  port: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Status = 400 | 404 | 405 | 413 | 415 | 421 | 500 | 503;

function send(res: http.ServerResponse, status: number, body: ApiResult<unknown>): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: Status): void {
  const key = status === 413 ? 'bodyTooLarge' : status === 503 ? 'serverBusy' : 'badRequest';
  if (status === 503) res.setHeader('Retry-After', '1');
  // An unread body would keep the socket busy: close it after this answer.
  res.setHeader('Connection', 'close');
  // A busy server is a passing state the page may wait out and try again; the others are not.
  send(res, status, { ok: false, error: { code: status === 503 ? 'rate_limited' : 'bad_request', message: errorMessage(key) } });
}

/** The body as text, or null when it passes `limit` bytes (the request is then cut off). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The path of a request target, or null when it is not one this server can have made. */
function pathnameOf(target: string | undefined): string | null {
  // Only origin-form targets ('/…'); '//host:port/…' would be read as an authority.
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://local').pathname;
  } catch {
    return null;
  }
}

export function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const assets = sirv(options.staticDir, { dev: false, etag: true, setHeaders: (res) => {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
  } });
  let allowedHosts: Set<string> = new Set();
  let bodiesInFlight = 0;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415);
    const token = req.headers[SESSION_HEADER];
    const state = options.sessions.resolve(typeof token === 'string' ? token : null);
    const origin = { clientAddress: req.socket.remoteAddress ?? 'unknown' };
    if (!isProcedureName(name)) return send(res, 200, await options.dispatch(state, name, {}, origin));
    // Refused callers are answered (and logged) by dispatch without their body ever being read.
    if (!allows(contract[name].access, typeof state === 'object' && state !== null ? state.role : null)) {
      return send(res, 200, await options.dispatch(state, name, {}, origin));
    }
    if (bodiesInFlight >= MAX_BODIES_IN_FLIGHT) return refuse(res, 503);
    bodiesInFlight++;
    let raw: string | null;
    try {
      raw = await readBody(req, bodyLimitOf(contract[name]));
    } finally {
      bodiesInFlight--;
    }
    if (raw === null) return refuse(res, 413);
    let input: unknown;
    try {
      input = raw === '' ? {} : JSON.parse(raw);
    } catch {
      return refuse(res, 400);
    }
    send(res, 200, await options.dispatch(state, name, input, origin));
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421);
    const pathname = pathnameOf(req.url);
    if (pathname === null) return refuse(res, 400);
    if (pathname === CHANGE_STREAM_PATH && options.changeStream) return options.changeStream.handle(req, res);
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      const name = pathname.slice('/api/'.length);
      if (!PROCEDURE_NAME.test(name)) return refuse(res, 404);
      handleApi(req, res, name).catch(() => refuse(res, 500));
      return;
    }
    assets(req, res, () => {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  }

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      refuse(res, 400);
    }
  });
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  // A request Node cannot parse at all: answer 400 on the socket, never throw.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () => new Promise((done) => {
          options.changeStream?.closeAll();
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
