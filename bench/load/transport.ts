// How a simulated desk reaches the server: POST /api/<name> as the renderer's HTTP transport does,
// over one kept-alive connection per desk. Over HTTPS the server's self-signed certificate is taken
// only when its SHA-256 fingerprint is the one given (the desk's pinning), checked on every new
// connection before a request goes out. A busy answer (503, Retry-After) is waited out and tried
// again with the renderer's own pauses; the time a call takes includes those waits.
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';
import type { ApiResult } from '../../shared/api/result';
import { SESSION_HEADER } from '../../shared/api/transport';

/** The renderer's pauses before trying a busy call again (renderer/api/patientCall.ts). */
const BUSY_PAUSES_MS = [200, 500, 1000];

/**
 * One connection per desk, kept while the desk is active. An idle one is dropped after 4 s, before
 * the server's own keep-alive timeout (Node's default is 5 s) can close it under a new request.
 */
const KEEP_ALIVE: http.AgentOptions = { keepAlive: true, maxSockets: 1, timeout: 4_000 };

export interface Target {
  url: URL;
  /** SHA-256 of the server's certificate (hex, colons and case ignored); required for https. */
  fingerprint?: string;
  /** A one-time pairing code from the office server (`npm run server -- pair`); none in browser mode. */
  pairingCode?: string;
}

/** The office server's header naming the paired desk a call comes from (its device token). */
export const DEVICE_HEADER = 'x-mitzui-device';

/** Who calls: the session, and the paired desk's device token where the server asks for one. */
export interface Caller {
  token: string | null;
  device: string | null;
}

export interface Reply {
  result: ApiResult<unknown>;
  ms: number;
  /** Times the server said it was busy before it answered. */
  busy: number;
}

export class CertificateMismatchError extends Error {}

export const normalFingerprint = (value: string) => value.replace(/:/g, '').toLowerCase();

/** An agent that hands over a TLS connection only once the server's certificate has the pinned fingerprint. */
function pinnedAgent(fingerprint: string): https.Agent {
  const pinned = normalFingerprint(fingerprint);
  const agent = new https.Agent(KEEP_ALIVE);
  agent.createConnection = (options, done) => {
    // The chain is not trusted through any authority: the fingerprint check below is the trust.
    const socket = tls.connect({ ...(options as tls.ConnectionOptions), rejectUnauthorized: false });
    socket.once('secureConnect', () => {
      const seen = normalFingerprint(socket.getPeerCertificate().fingerprint256 ?? '');
      if (seen === pinned) return done?.(null, socket);
      socket.destroy();
      done?.(
        new CertificateMismatchError(`The server's certificate ${seen} is not the pinned ${pinned}`),
        undefined as unknown as Duplex,
      );
    });
    socket.once('error', (error) => done?.(error, undefined as unknown as Duplex));
    return undefined as unknown as Duplex;
  };
  return agent;
}

export function agentFor(target: Target): http.Agent {
  if (target.url.protocol === 'http:') return new http.Agent(KEEP_ALIVE);
  if (!target.fingerprint)
    throw new CertificateMismatchError(
      'An https server needs --fingerprint (its certificate SHA-256, as the pairing screen shows it)',
    );
  return pinnedAgent(target.fingerprint);
}

/**
 * A kept-alive connection the server closed just as the request went out: the request never reached
 * it, so it is sent again on a new connection, as browsers do (Node's request.reusedSocket docs).
 */
async function post(
  target: Target,
  agent: http.Agent,
  caller: Caller,
  route: string,
  body: string,
): Promise<{ status: number; text: string }> {
  try {
    return await postOnce(target, agent, caller, route, body);
  } catch (error) {
    if (!(error instanceof StaleConnection)) throw error;
    return postOnce(target, agent, caller, route, body);
  }
}

class StaleConnection extends Error {}

function postOnce(
  target: Target,
  agent: http.Agent,
  caller: Caller,
  route: string,
  body: string,
): Promise<{ status: number; text: string }> {
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  };
  if (caller.token) headers[SESSION_HEADER] = caller.token;
  if (caller.device) headers[DEVICE_HEADER] = caller.device;
  const request = target.url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(new URL(route, target.url), { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(req.reusedSocket && error.code === 'ECONNRESET' ? new StaleConnection(error.message) : error),
    );
    req.end(body);
  });
}

/** The answer as the API shapes it, whatever the HTTP status; anything else is the server's failure. */
function resultOf(status: number, text: string): ApiResult<unknown> {
  try {
    const parsed = JSON.parse(text) as ApiResult<unknown>;
    if (typeof parsed === 'object' && parsed !== null && typeof parsed.ok === 'boolean') return parsed;
  } catch {
    // not JSON: below
  }
  return {
    ok: false,
    error: { code: status === 503 ? 'rate_limited' : 'internal', message: `HTTP ${status}: ${text.slice(0, 200)}` },
  };
}

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/** One procedure call (or a POST to `route`), timed from the first try to the answer. */
export async function callOnce(
  target: Target,
  agent: http.Agent,
  caller: Caller,
  name: string,
  input: unknown,
  route = `api/${name}`,
): Promise<Reply> {
  const body = JSON.stringify(input);
  const started = performance.now();
  let busy = 0;
  for (;;) {
    const { status, text } = await post(target, agent, caller, route, body);
    if (status === 503 && busy < BUSY_PAUSES_MS.length) {
      await pause(BUSY_PAUSES_MS[busy++]!);
      continue;
    }
    return { result: resultOf(status, text), ms: performance.now() - started, busy };
  }
}
