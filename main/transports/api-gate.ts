// What every HTTP front of dispatch checks before it reads a byte of a body, shared by browser mode's
// node:http server and the office server: the procedure's name, the JSON content type (a foreign
// page cannot post a plain form), a browser's Origin that is not the server's own (a foreign page whose
// preflight a misbuilt browser or proxy let through), the caller's session and role (a refused caller's body is never
// read), a per-procedure body limit and a cap on bodies read at once.
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { contract, isProcedureName } from '../../shared/api/contract';
import { allows, bodyLimitOf } from '../../shared/api/procedure';
import type { ApiResult } from '../../shared/api/result';
import { PROCEDURE_NAME, SESSION_HEADER } from '../../shared/api/transport';
import { errorMessage } from '../../shared/locales/messages';
import type { SessionState, SessionStore } from '../services/sessions';

export type RefusalStatus = 400 | 403 | 404 | 405 | 413 | 415 | 421 | 500 | 503;

/** The answer to a request refused at the door, and whether its unread body means closing the socket. */
export function refusalBody(status: RefusalStatus): ApiResult<never> {
  const key = status === 413 ? 'bodyTooLarge' : status === 503 ? 'serverBusy' : 'badRequest';
  // A busy server is a passing state the page may wait out and try again; the others are not.
  return { ok: false, error: { code: status === 503 ? 'rate_limited' : 'bad_request', message: errorMessage(key) } };
}

/** The path of a request target, or null when it is not one this server can have made. */
export function pathnameOf(target: string | undefined): string | null {
  // Only origin-form targets ('/…'); '//host:port/…' would be read as an authority.
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://local').pathname;
  } catch {
    return null;
  }
}

/** The procedure an /api path names; null when it is not an /api path, 'bad' when it is a malformed one. */
export function procedureOf(pathname: string): string | 'bad' | null {
  if (pathname !== '/api' && !pathname.startsWith('/api/')) return null;
  const name = pathname.slice('/api/'.length);
  return PROCEDURE_NAME.test(name) ? name : 'bad';
}

/** The Host values a server answers to: each name it is known by, with its port. */
export function allowedHostsOf(names: readonly string[], port: number): Set<string> {
  return new Set(names.map((name) => `${name.includes(':') ? `[${name}]` : name}:${port}`));
}

/**
 * The decision before the body: refuse with a status, answer through dispatch without reading the
 * body (unknown procedure, no session, wrong role — dispatch answers and logs those), or read up to
 * `limit` bytes and then dispatch.
 */
export type Gate =
  | { kind: 'refuse'; status: RefusalStatus }
  | { kind: 'answer'; state: SessionState }
  | { kind: 'read'; state: SessionState; limit: number };

/** A browser names the page's origin; the app's own page is served by this host. Programs send none. */
function foreignOrigin(headers: IncomingHttpHeaders): boolean {
  if (headers.origin === undefined) return false;
  try {
    return new URL(headers.origin).host !== headers.host;
  } catch {
    return true; // 'null' (a sandboxed frame, a file) or anything unreadable
  }
}

function gateRequest(method: string | undefined, headers: IncomingHttpHeaders): Gate | null {
  if (method !== 'POST') return { kind: 'refuse', status: 405 };
  if (!(headers['content-type'] ?? '').startsWith('application/json')) return { kind: 'refuse', status: 415 };
  if (foreignOrigin(headers)) return { kind: 'refuse', status: 403 };
  return null;
}

export function gateApiCall(
  method: string | undefined,
  headers: IncomingHttpHeaders,
  name: string,
  state: SessionState,
): Gate {
  const refused = gateRequest(method, headers);
  if (refused) return refused;
  if (!isProcedureName(name)) return { kind: 'answer', state };
  if (!allows(contract[name].access, typeof state === 'object' && state !== null ? state.role : null))
    return { kind: 'answer', state };
  return { kind: 'read', state, limit: bodyLimitOf(contract[name]) };
}

/**
 * The same door for a desk that forwards to the office server: the server knows the sessions and
 * roles and checks them itself, so here a known procedure's body is read up to its limit.
 */
export function gateForwardedCall(method: string | undefined, headers: IncomingHttpHeaders, name: string): Gate {
  const refused = gateRequest(method, headers);
  if (refused) return refused;
  return isProcedureName(name)
    ? { kind: 'read', state: null, limit: bodyLimitOf(contract[name]) }
    : { kind: 'answer', state: null };
}

export function sessionOf(headers: IncomingHttpHeaders, sessions: SessionStore): SessionState {
  const token = headers[SESSION_HEADER];
  return sessions.resolve(typeof token === 'string' ? token : null);
}

/** Bodies being read at one time; a request beyond this waits for no one and gets 503. */
export const MAX_BODIES_IN_FLIGHT = 8;

export class BodySlots {
  private inFlight = 0;

  constructor(private readonly max = MAX_BODIES_IN_FLIGHT) {}

  /** Reads the body in a slot; 'busy' when every slot is taken. */
  async read(stream: Readable, limit: number, headers: IncomingHttpHeaders): Promise<string | null | 'busy'> {
    if (this.inFlight >= this.max) return 'busy';
    this.inFlight++;
    try {
      return await readBody(stream, limit, headers);
    } finally {
      this.inFlight--;
    }
  }
}

/** The body as text, or null when it passes `limit` bytes (the request is then cut off). */
function readBody(stream: Readable, limit: number, headers: IncomingHttpHeaders): Promise<string | null> {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

/** The JSON input of a body read in full, or undefined when it is not JSON. */
function parseInput(raw: string): unknown {
  try {
    return raw === '' ? {} : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export interface Answer {
  status: 200 | RefusalStatus;
  body: ApiResult<unknown>;
}

/**
 * Carries out a gate's decision: `run` dispatches with the input — `{}` for a caller answered without
 * reading its body — and a body that is too large, unreadable or not JSON is refused.
 */
export async function answerApiCall(
  gate: Gate,
  stream: Readable,
  headers: IncomingHttpHeaders,
  slots: BodySlots,
  run: (state: SessionState, input: unknown) => Promise<ApiResult<unknown>>,
): Promise<Answer> {
  if (gate.kind === 'refuse') return { status: gate.status, body: refusalBody(gate.status) };
  if (gate.kind === 'answer') return { status: 200, body: await run(gate.state, {}) };
  const raw = await slots.read(stream, gate.limit, headers);
  if (raw === 'busy') return { status: 503, body: refusalBody(503) };
  if (raw === null) return { status: 413, body: refusalBody(413) };
  const input = parseInput(raw);
  if (input === undefined) return { status: 400, body: refusalBody(400) };
  return { status: 200, body: await run(gate.state, input) };
}
