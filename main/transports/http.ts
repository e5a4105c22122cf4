// HTTP transport: POST /api/<name> with a JSON body and the session token in a header, plus the
// built renderer as static files. Bound to loopback; Host is checked against DNS rebinding and the
// JSON content type is required so a foreign page cannot post a plain form at it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { SESSION_HEADER } from '../../shared/api/transport';
import type { ApiResult } from '../../shared/api/result';
import { errorMessage } from '../../shared/locales/messages';
import { SECURITY_HEADERS } from '../security/csp';
import type { Dispatch } from '../services/dispatch';
import type { SessionStore } from '../services/sessions';

// Documents travel as base64 JSON (up to 20 MiB of file, shared/schemas/work.ts).
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface HttpOptions {
  dispatch: Dispatch;
  sessions: SessionStore;
  staticDir: string;
  port: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function badRequest(res: http.ServerResponse, status: number): void {
  send(res, status, { ok: false, error: { code: 'bad_request', message: errorMessage('badRequest') } });
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string, options: HttpOptions): Promise<void> {
  if (req.method !== 'POST') return badRequest(res, 405);
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return badRequest(res, 415);
  const raw = await readBody(req);
  if (raw === null) return badRequest(res, 413);
  let input: unknown;
  try {
    input = raw === '' ? {} : JSON.parse(raw);
  } catch {
    return badRequest(res, 400);
  }
  const token = req.headers[SESSION_HEADER];
  const state = options.sessions.resolve(typeof token === 'string' ? token : null);
  send(res, 200, await options.dispatch(state, name, input));
}

export function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const assets = sirv(options.staticDir, { dev: false, etag: true, setHeaders: (res) => {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
  } });
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer((req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) return badRequest(res, 421);
    const url = new URL(req.url ?? '/', 'http://local');
    const api = /^\/api\/([^/]+)$/.exec(url.pathname);
    if (api) {
      handleApi(req, res, decodeURIComponent(api[1]!), options).catch(() => badRequest(res, 500));
      return;
    }
    if (url.pathname.startsWith('/api/')) return badRequest(res, 404);
    assets(req, res, () => {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
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
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
