// Pairing this desk with an office server: the one-time code goes to the server's /pair over TLS
// without a pin (trust on first use), and the certificate it showed is pinned in the desk's settings
// file with the device token it gave. Used by an office desk's pairing screen and by a local desk
// that is joining a server.
import { AppError, type ApiError, type ApiResult } from '../../shared/api/result';
import type { DeskPairInput } from '../../shared/api/procedures/devices';
import { errorMessage } from '../../shared/locales/messages';
import { readableFingerprint } from '../security/fingerprint';
import { writeDeskSettings } from './desk-settings';
import { postPinned } from './pinned-https';

export function originOf(address: string): string {
  return new URL(address).origin;
}

/** The server's { ok, … } answer, or null when what came back is not one (a proxy's error page). */
export function parseReply(body: string): ApiResult<unknown> | null {
  try {
    const parsed = JSON.parse(body) as { ok?: unknown };
    return typeof parsed === 'object' && parsed !== null && typeof parsed.ok === 'boolean'
      ? (parsed as ApiResult<unknown>)
      : null;
  } catch {
    return null;
  }
}

export function unreachable(): ApiResult<never> {
  return { ok: false, error: { code: 'server_unreachable', message: errorMessage('serverUnreachable') } };
}

export interface Paired {
  /** The server's origin, as pinned. */
  server: string;
  /** The readable form of the pinned certificate, for the user to compare. */
  fingerprint: string;
}

/** Pairs and writes the settings file; the server's refusal (a wrong code) comes back as it came. */
export async function pairDesk(input: DeskPairInput, settingsFile: string, now: Date): Promise<ApiResult<Paired>> {
  const server = originOf(input.server);
  let reply;
  try {
    reply = await postPinned(
      new URL('/pair', server),
      JSON.stringify({ pairingCode: input.pairingCode, deviceName: input.deviceName }),
      {},
      null,
    );
  } catch {
    return unreachable();
  }
  const result = parseReply(reply.body) as ApiResult<{ deviceId: number; token: string }> | null;
  if (!result) return unreachable();
  if (!result.ok) return result;
  writeDeskSettings(settingsFile, {
    server,
    fingerprint: reply.fingerprint,
    deviceId: result.value.deviceId,
    deviceToken: result.value.token,
    deviceName: input.deviceName,
    pairedAt: now.toISOString(),
  });
  return { ok: true, value: { server, fingerprint: readableFingerprint(reply.fingerprint) } };
}

/** A failure the office server answered, passed on by a service as it came (message and field). */
export class PassedOnError extends AppError {
  constructor(private readonly error: ApiError) {
    super(error.code, 'serverUnreachable');
    this.message = error.message;
  }

  override toApiError(): ApiError {
    return this.error;
  }
}
