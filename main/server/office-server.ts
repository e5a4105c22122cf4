// The office server: one store, the office's desks calling dispatch over HTTPS. fastify carries it,
// with helmet's headers, a rate limit per desk, and pino logging one line per request — user, device,
// procedure, status and time, never a body, a header or an address (medical data stays out of logs).
// The API door is the same as browser mode's (api-gate.ts); in front of it, every call must come from
// a paired desk (device token), and a session is good only on the desk that signed in.
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import sirv from 'sirv';
import packageJson from '../../package.json';
import type { ApiResult } from '../../shared/api/result';
import { serverPairInput } from '../../shared/api/procedures/devices';
import { validationError } from '../../shared/api/validation';
import { errorMessage } from '../../shared/locales/messages';
import { SECURITY_HEADERS } from '../security/csp';
import { audit } from '../services/context';
import { AppError } from '../../shared/api/result';
import type { App } from '../app';
import { CHANGE_STREAM_PATH } from '../../shared/api/changes';
import { createChangeStream } from '../transports/change-stream';
import {
  allowedHostsOf,
  answerApiCall,
  BodySlots,
  gateApiCall,
  pathnameOf,
  procedureOf,
  refusalBody,
  sessionOf,
  type RefusalStatus,
} from '../transports/api-gate';
import { readableFingerprint, type ServerCertificate } from './certificate';
import type { DeviceRow } from '../../db/repositories/devices';
import { DEVICE_HEADER, DeviceRegistry } from './device-registry';
import { PairingCodes } from './pairing-codes';
import { createLogger, type Logger } from '../logging/logger';

export const ADMIN_HEADER = 'x-mitzui-admin';
/** Calls per minute one desk may make: far above a person's pace, well below a runaway loop's. */
const CALLS_PER_MINUTE = 1_200;
const PAIR_TRIES_PER_MINUTE = 10;
const PAIR_BODY_BYTES = 4 * 1024;

export interface OfficeServerOptions {
  app: App;
  certificate: ServerCertificate;
  host: string;
  port: number;
  /** Every name desks reach the server by (the Host check). */
  names: readonly string[];
  staticDir: string;
  /** The operations log (the app's); stdout unless told. */
  logger?: Logger;
  /** The secret `server pair` proves itself with on loopback; none: the console route is off. */
  adminToken?: string;
}

export interface OfficeServer {
  url: string;
  port: number;
  pairing: PairingCodes;
  close(): Promise<void>;
}

interface LogLine {
  user?: number;
  device?: number;
  procedure?: string;
}

/** A peer on the server's own machine: loopback, or the address the server listens on itself. */
function sameMachine(peer: string | undefined, local: string | undefined): boolean {
  return (
    peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1' || (peer !== undefined && peer === local)
  );
}

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startOfficeServer(options: OfficeServerOptions): Promise<OfficeServer> {
  const { app } = options;
  const pairing = new PairingCodes(app.now);
  app.officeServer = { pairing, fingerprint: options.certificate.fingerprint };
  const registry = new DeviceRegistry(app, pairing);
  const slots = new BodySlots();
  const logged = new WeakMap<FastifyRequest, LogLine>();
  const devices = new WeakMap<FastifyRequest, DeviceRow | AppError | null>();
  /**
   * The paired desk a request comes from, looked up once per request; an AppError when the store
   * cannot be read (in recovery, or being restored), so no desk can be told apart.
   */
  const deviceOf = (request: FastifyRequest): DeviceRow | AppError | null => {
    if (!devices.has(request)) {
      try {
        devices.set(request, registry.deviceOf(request.headers[DEVICE_HEADER]));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        devices.set(request, error);
      }
    }
    return devices.get(request) ?? null;
  };
  let allowedHosts = new Set<string>();

  const server = Fastify({
    https: { key: options.certificate.key, cert: options.certificate.cert, minVersion: 'TLSv1.2' },
    loggerInstance: options.logger ?? createLogger(process.stdout),
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    requestTimeout: 120_000,
  });
  // Bodies are read by the API door itself, after the caller is known; nothing is parsed before.
  server.removeAllContentTypeParsers();
  server.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

  await server.register(helmet, { contentSecurityPolicy: false, global: true });
  await server.register(rateLimit, {
    max: CALLS_PER_MINUTE,
    timeWindow: 60_000,
    // A paired desk has its own allowance (many desks may share an address); anything else is counted
    // by address, so made-up device tokens buy no extra tries.
    keyGenerator: (request) => {
      const device = deviceOf(request);
      return device && !(device instanceof AppError) ? `device:${device.id}` : request.ip;
    },
  });

  function reply(res: FastifyReply, status: number, body: ApiResult<unknown>): FastifyReply {
    if (status === 503) res.header('retry-after', '1');
    if (status !== 200) res.header('connection', 'close');
    return res.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
  }
  const refuse = (res: FastifyReply, status: RefusalStatus | 403 | 429) =>
    reply(
      res,
      status,
      status === 403 || status === 429
        ? {
            ok: false,
            error: {
              code: status === 403 ? 'device_refused' : 'rate_limited',
              message: errorMessage(status === 403 ? 'deviceRefused' : 'serverBusy'),
            },
          }
        : refusalBody(status),
    );

  server.setErrorHandler((error: { statusCode?: number }, _request, res) =>
    refuse(
      res,
      error.statusCode === 429 ? 429 : error.statusCode === 413 ? 413 : (error.statusCode ?? 500) < 500 ? 400 : 500,
    ),
  );
  server.addHook('onRequest', async (request, res) => {
    for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.header(key, value);
    if (!allowedHosts.has(request.headers.host ?? '')) return refuse(res, 421);
    if (pathnameOf(request.url) === null) return refuse(res, 400);
  });
  server.addHook('onResponse', async (request, res) => {
    const line = logged.get(request);
    if (line) request.log.info({ ...line, status: res.statusCode, ms: Math.round(res.elapsedTime) }, 'call');
  });

  server.get('/health', async (_request, res) =>
    res
      .header('cache-control', 'no-store')
      .send({ ok: true, version: packageJson.version, store: app.keeper.recoveryError === null ? 'open' : 'recovery' }),
  );

  server.post(
    '/pair',
    { config: { rateLimit: { max: PAIR_TRIES_PER_MINUTE, timeWindow: 60_000 } } },
    async (request, res) => {
      logged.set(request, { procedure: 'pair' });
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415);
      const answer = await answerApiCall(
        { kind: 'read', state: null, limit: PAIR_BODY_BYTES },
        request.raw,
        request.headers,
        slots,
        async (_state, input) => {
          const parsed = serverPairInput.safeParse(input);
          if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
          try {
            const device = registry.pair(parsed.data.pairingCode, parsed.data.deviceName);
            audit(
              { ...app, session: null, origin: { clientAddress: request.ip, deviceId: device.id } },
              {
                action: 'device_paired',
                entity: 'paired_device',
                entityId: device.id,
                details: { name: parsed.data.deviceName },
              },
            );
            logged.set(request, { procedure: 'pair', device: device.id });
            return { ok: true, value: { deviceId: device.id, token: device.token } };
          } catch (error) {
            if (error instanceof AppError) return { ok: false, error: error.toApiError() };
            throw error;
          }
        },
      );
      return reply(res, answer.status, answer.body);
    },
  );

  server.post('/admin/pair', async (request, res) => {
    logged.set(request, { procedure: 'admin.pair' });
    if (
      !options.adminToken ||
      !sameMachine(request.socket.remoteAddress, request.socket.localAddress) ||
      !sameSecret(request.headers[ADMIN_HEADER], options.adminToken)
    )
      return refuse(res, 403);
    const window = pairing.start(null);
    return reply(res, 200, {
      ok: true,
      value: {
        code: window.code,
        expiresAt: window.expiresAt.toISOString(),
        fingerprint: readableFingerprint(options.certificate.fingerprint),
      },
    });
  });

  // The live desks' stream, for paired desks only; the ticket in its URL names the session.
  const changeStream = createChangeStream({ bus: app.changes, sessions: app.sessions });
  server.get(CHANGE_STREAM_PATH, (request, res) => {
    const device = deviceOf(request);
    if (device instanceof AppError) return reply(res, 503, { ok: false, error: device.toApiError() });
    if (!device) return refuse(res, 403);
    logged.set(request, { procedure: 'changes.stream', device: device.id });
    res.hijack();
    changeStream.handle(request.raw, res.raw);
  });

  server.all('/api/*', async (request, res) => {
    const name = procedureOf(pathnameOf(request.url) ?? '');
    if (name === null || name === 'bad') return refuse(res, 404);
    const line: LogLine = { procedure: name };
    logged.set(request, line);
    const device = deviceOf(request);
    // A store in recovery is mended on the server itself; no desk can be checked meanwhile.
    if (device instanceof AppError) return reply(res, 503, { ok: false, error: device.toApiError() });
    if (!device) return refuse(res, 403);
    line.device = device.id;
    let state = sessionOf(request.headers, app.sessions);
    // A session token is good only on the desk that signed in with it.
    if (typeof state === 'object' && state !== null && state.deviceId !== device.id) state = null;
    if (typeof state === 'object' && state !== null) line.user = state.staffId;
    const origin = { clientAddress: `device ${device.id}`, deviceId: device.id };
    const answer = await answerApiCall(
      gateApiCall(request.method, request.headers, name, state),
      request.raw,
      request.headers,
      slots,
      (live, input) => app.dispatch(live, name, input, origin),
    );
    registry.seen(device.id, line.user ?? null);
    return reply(res, answer.status, answer.body);
  });

  const assets = sirv(options.staticDir, {
    dev: false,
    etag: true,
    setHeaders: (res) => {
      for (const [key, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(key, value);
    },
  });
  server.get('/*', (request, res) => {
    res.hijack();
    assets(request.raw, res.raw, () => {
      res.raw.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.raw.end('Not found');
    });
  });

  await server.listen({ host: options.host, port: options.port });
  const { port } = server.server.address() as AddressInfo;
  allowedHosts = allowedHostsOf(options.names, port);
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `https://${shown}:${port}/`,
    port,
    pairing,
    close: () => {
      changeStream.closeAll();
      return server.close();
    },
  };
}
