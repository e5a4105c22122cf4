// A desk in office mode keeps no store: each call the renderer makes is sent on to the office server
// over the pinned HTTPS connection, with this desk's device token and the caller's session, and the
// server's answer is handed back as it came. desk.status and desk.pair are answered here.
import { errorMessage, type ErrorKey } from '../../shared/locales/messages';
import type { ApiResult, ErrorCode } from '../../shared/api/result';
import { deskPairInput, type DeskStatus } from '../../shared/api/procedures/devices';
import { SESSION_HEADER } from '../../shared/api/transport';
import { validationError } from '../../shared/api/validation';
import { readableFingerprint } from '../security/fingerprint';
import { DEVICE_HEADER } from '../server/device-registry';
import type { ChangeStream } from '../transports/change-stream';
import { forwardedChangeStream } from './forward-stream';
import { CertificateChangedError, postPinned } from './pinned-https';
import { readDeskSettings, writeDeskSettings } from './desk-settings';

export type Forward = (name: string, input: unknown, token: string | null) => Promise<ApiResult<unknown>>;

function failure(code: ErrorCode, key: ErrorKey): ApiResult<never> {
  return { ok: false, error: { code, message: errorMessage(key) } };
}

function originOf(address: string): string {
  return new URL(address).origin;
}

export interface ForwardOptions {
  /** The server this desk was started against (`--office`). */
  server: string;
  settingsFile: string;
  /** What the pairing screen offers as this desk's name. */
  deviceName: string;
  now?: () => Date;
}

export interface DeskForward {
  call: Forward;
  /** GET /api/events, passed on to the server. */
  changeStream: ChangeStream;
}

export function createDeskForward(options: ForwardOptions): DeskForward {
  const now = options.now ?? (() => new Date());
  let server = originOf(options.server);
  /** The fingerprint the server showed when it did not match the pin, until the desk is paired again. */
  let changedTo: string | null = null;
  const paired = () => {
    const settings = readDeskSettings(options.settingsFile);
    return settings && originOf(settings.server) === server ? settings : null;
  };

  function status(): DeskStatus {
    const settings = paired();
    if (!settings) return { mode: 'office', server, deviceName: options.deviceName, state: 'unpaired' };
    const state = changedTo === null ? 'paired' : 'certificate_changed';
    return { mode: 'office', server, deviceName: settings.deviceName, state, fingerprint: readableFingerprint(settings.fingerprint) };
  }

  async function pair(input: unknown): Promise<ApiResult<unknown>> {
    const parsed = deskPairInput.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    const target = originOf(parsed.data.server);
    let reply;
    try {
      reply = await postPinned(new URL('/pair', target), JSON.stringify({ pairingCode: parsed.data.pairingCode, deviceName: parsed.data.deviceName }), {}, null);
    } catch {
      return failure('server_unreachable', 'serverUnreachable');
    }
    const result = parseReply(reply.body) as ApiResult<{ deviceId: number; token: string }> | null;
    if (!result) return failure('server_unreachable', 'serverUnreachable');
    if (!result.ok) return result;
    writeDeskSettings(options.settingsFile, {
      server: target,
      fingerprint: reply.fingerprint,
      deviceId: result.value.deviceId,
      deviceToken: result.value.token,
      deviceName: parsed.data.deviceName,
      pairedAt: now().toISOString(),
    });
    server = target;
    changedTo = null;
    return { ok: true, value: { fingerprint: readableFingerprint(reply.fingerprint) } };
  }

  const call: Forward = async (name, input, token) => {
    if (name === 'desk.status') return { ok: true, value: status() };
    if (name === 'desk.pair') return pair(input);
    const settings = paired();
    if (!settings) return failure('desk_unpaired', 'deskNotPaired');
    if (changedTo !== null) return failure('server_changed', 'serverCertificateChanged');
    const headers: Record<string, string> = { [DEVICE_HEADER]: settings.deviceToken };
    if (token) headers[SESSION_HEADER] = token;
    try {
      const reply = await postPinned(new URL(`/api/${name}`, server), JSON.stringify(input ?? {}), headers, settings.fingerprint);
      return parseReply(reply.body) ?? failure('server_unreachable', 'serverUnreachable');
    } catch (error) {
      if (error instanceof CertificateChangedError) {
        changedTo = error.fingerprint;
        return failure('server_changed', 'serverCertificateChanged');
      }
      return failure('server_unreachable', 'serverUnreachable');
    }
  };

  return { call, changeStream: forwardedChangeStream(() => (changedTo === null ? paired() : null)) };
}

/** The server's { ok, … } answer, or null when what came back is not one (a proxy's error page). */
function parseReply(body: string): ApiResult<unknown> | null {
  try {
    const parsed = JSON.parse(body) as { ok?: unknown };
    return typeof parsed === 'object' && parsed !== null && typeof parsed.ok === 'boolean' ? (parsed as ApiResult<unknown>) : null;
  } catch {
    return null;
  }
}
