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
import { CHANGE_STREAM_PATH } from '../../shared/api/changes';
import type { ApiResult } from '../../shared/api/result';
import { SECURITY_HEADERS } from '../security/csp';
import type { Dispatch } from '../services/dispatch';
import type { SessionStore } from '../services/sessions';
import { SESSION_HEADER } from '../../shared/api/transport';
import type { Forward } from '../desk/forward';
import {
  allowedHostsOf,
  answerApiCall,
  BodySlots,
  gateApiCall,
  gateForwardedCall,
  type Answer,
  pathnameOf,
  procedureOf,
  refusalBody,
  sessionOf,
  type RefusalStatus,
} from './api-gate';
import type { ChangeStream } from './change-stream';

const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 120_000;

/** Where calls go: this process's own dispatch, or (a desk in office mode) the office server. */
export type HttpBackend = { dispatch: Dispatch; sessions: SessionStore } | { forward: Forward };

/** `current`: a desk that can change its mode while running asks which backend each call goes to. */
export type HttpOptions = (HttpBackend | { current: () => HttpBackend }) & {
  staticDir: string;
  /** GET /api/events, the live desks' stream; without it the path is not found. */
  changeStream?: ChangeStream;
  port: number;
  host?: string;
};

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: ApiResult<unknown>): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: RefusalStatus): void {
  if (status === 503) res.setHeader('Retry-After', '1');
  // An unread body would keep the socket busy: close it after this answer.
  res.setHeader('Connection', 'close');
  send(res, status, refusalBody(status));
}

export function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const assets = sirv(options.staticDir, {
    dev: false,
    etag: true,
    setHeaders: (res) => {
      for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    },
  });
  let allowedHosts: Set<string> = new Set();
  const slots = new BodySlots();

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    let answer: Answer;
    const backend = 'current' in options ? options.current() : options;
    if ('forward' in backend) {
      const token = req.headers[SESSION_HEADER];
      const gate = gateForwardedCall(req.method, req.headers, name);
      answer = await answerApiCall(gate, req, req.headers, slots, (_state, input) =>
        backend.forward(name, input, typeof token === 'string' ? token : null),
      );
    } else {
      const gate = gateApiCall(req.method, req.headers, name, sessionOf(req.headers, backend.sessions));
      const origin = { clientAddress: req.socket.remoteAddress ?? 'unknown' };
      answer = await answerApiCall(gate, req, req.headers, slots, (state, input) =>
        backend.dispatch(state, name, input, origin),
      );
    }
    if (answer.status === 200) send(res, 200, answer.body);
    else refuse(res, answer.status);
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421);
    const pathname = pathnameOf(req.url);
    if (pathname === null) return refuse(res, 400);
    if (pathname === CHANGE_STREAM_PATH && options.changeStream) return options.changeStream.handle(req, res);
    const name = procedureOf(pathname);
    if (name === 'bad') return refuse(res, 404);
    if (name !== null) {
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
      allowedHosts = allowedHostsOf([host, 'localhost'], port);
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise((done) => {
            options.changeStream?.closeAll();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
