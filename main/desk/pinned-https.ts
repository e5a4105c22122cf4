// HTTPS to the office server with its certificate pinned (trust on first use, like SSH): the TLS
// handshake completes, the certificate's SHA-256 is compared with the pin, and only then is a byte of
// the request — device token, session, the client's data — written. Without a pin (pairing) any
// certificate is taken and its fingerprint reported, for the user to compare with the owner's screen.
import type http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';

export class CertificateChangedError extends Error {
  constructor(readonly fingerprint: string) {
    super('The office server shows a certificate other than the pinned one.');
  }
}

export interface PinnedReply {
  status: number;
  body: string;
  /** The certificate the server showed, SHA-256 lowercase hex. */
  fingerprint: string;
}

const TIMEOUT_MS = 30_000;

function fingerprintOf(socket: tls.TLSSocket): string {
  return (socket.getPeerCertificate().fingerprint256 ?? '').replace(/:/g, '').toLowerCase();
}

/** An agent whose connections are handed to HTTP only once the certificate matched the pin. */
class PinnedAgent extends https.Agent {
  constructor(private readonly pin: string | null) {
    // No TLS session resumption: every connection shows its certificate again.
    super({ keepAlive: true, maxCachedSessions: 0 });
  }

  override createConnection(
    options: tls.ConnectionOptions,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | undefined {
    const socket = tls.connect({ ...options, rejectUnauthorized: false });
    const done = callback ?? (() => undefined);
    socket.once('error', (error) => done(error, socket));
    socket.once('secureConnect', () => {
      const seen = fingerprintOf(socket);
      if (this.pin !== null && seen !== this.pin) {
        socket.destroy();
        return done(new CertificateChangedError(seen), socket);
      }
      done(null, socket);
    });
    return undefined;
  }
}

const agents = new Map<string | null, PinnedAgent>();

function agentFor(pin: string | null): PinnedAgent {
  let agent = agents.get(pin);
  if (!agent) {
    agent = new PinnedAgent(pin);
    agents.set(pin, agent);
  }
  return agent;
}

/** A request over a connection whose certificate matched `pin` (any certificate when null). */
export function requestPinned(
  url: URL,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  pin: string | null,
): http.ClientRequest {
  return https.request(url, { method, agent: agentFor(pin), headers, timeout: TIMEOUT_MS });
}

/** POSTs JSON to `url`; rejects with CertificateChangedError before sending when the pin does not match. */
export function postPinned(
  url: URL,
  body: string,
  headers: Record<string, string>,
  pin: string | null,
): Promise<PinnedReply> {
  return new Promise((resolve, reject) => {
    const request = requestPinned(
      url,
      'POST',
      { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
      pin,
    );
    request.on('response', (response) => {
      // Read now: at the end the socket may already be back in the agent's pool.
      const fingerprint = fingerprintOf(response.socket as tls.TLSSocket);
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), fingerprint }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

/** Closes the kept-alive connections (a desk shutting down, a test ending). */
export function closePinnedConnections(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}
