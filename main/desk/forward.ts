// A desk in office mode keeps no store: each call the renderer makes is sent on to the office server
// over the pinned HTTPS connection, with this desk's device token and the caller's session, and the
// server's answer is handed back as it came. desk.status, desk.pair and desk.useLocal are answered here.
import { errorMessage, type ErrorKey } from '../../shared/locales/messages';
import type { ApiResult, ErrorCode } from '../../shared/api/result';
import { deskPairInput, type DeskStatus } from '../../shared/api/procedures/devices';
import { SESSION_HEADER } from '../../shared/api/transport';
import { validationError } from '../../shared/api/validation';
import { readableFingerprint } from '../security/fingerprint';
import { DEVICE_HEADER } from '../server/device-registry';
import { FolderLockedError } from '../storage/folder-lock';
import type { ChangeStream } from '../transports/change-stream';
import { relayChanges, type RelayListener } from './change-relay';
import { forwardedChangeStream } from './forward-stream';
import { CertificateChangedError, postPinned } from './pinned-https';
import { readDeskSettings, type DeskSettings } from './desk-settings';
import { originOf, pairDesk, parseReply, unreachable } from './pair';

export type Forward = (name: string, input: unknown, token: string | null) => Promise<ApiResult<unknown>>;

function failure(code: ErrorCode, key: ErrorKey): ApiResult<never> {
  return { ok: false, error: { code, message: errorMessage(key) } };
}

export interface ForwardOptions {
  /** The server this desk was started against (`--office`). */
  server: string;
  settingsFile: string;
  /** What the pairing screen offers as this desk's name. */
  deviceName: string;
  /** Present when the desk keeps an office store of its own: opens it and works on it again. */
  backToLocal?: () => Promise<void>;
  now?: () => Date;
}

export interface DeskForward {
  call: Forward;
  /** GET /api/events, passed on to the server. */
  changeStream: ChangeStream;
  /** The same stream for a page without EventSource to it (the desktop app): see change-relay. */
  watch(ticket: string, listener: RelayListener): () => void;
}

export function createDeskForward(options: ForwardOptions): DeskForward {
  const now = options.now ?? (() => new Date());
  let server = originOf(options.server);
  /** The fingerprint the server showed when it did not match the pin, until the desk is paired again. */
  let changedTo: string | null = null;
  const localOffice = options.backToLocal !== undefined;
  // Read once, not on every forwarded call: only pairing (below) writes the file while the desk runs.
  let saved: DeskSettings | null | undefined;
  const paired = () => {
    if (saved === undefined) saved = readDeskSettings(options.settingsFile);
    return saved && originOf(saved.server) === server ? saved : null;
  };

  function status(): DeskStatus {
    const settings = paired();
    if (!settings) return { mode: 'office', server, deviceName: options.deviceName, localOffice, state: 'unpaired' };
    const state = changedTo === null ? 'paired' : 'certificate_changed';
    return {
      mode: 'office',
      server,
      deviceName: settings.deviceName,
      localOffice,
      state,
      fingerprint: readableFingerprint(settings.fingerprint),
    };
  }

  async function pair(input: unknown): Promise<ApiResult<unknown>> {
    const parsed = deskPairInput.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    const result = await pairDesk(parsed.data, options.settingsFile, now());
    if (!result.ok) return result;
    server = result.value.server;
    saved = undefined;
    changedTo = null;
    return { ok: true, value: { fingerprint: result.value.fingerprint } };
  }

  const send: Forward = async (name, input, token) => {
    const settings = paired();
    if (!settings) return failure('desk_unpaired', 'deskNotPaired');
    if (changedTo !== null) return failure('server_changed', 'serverCertificateChanged');
    const headers: Record<string, string> = { [DEVICE_HEADER]: settings.deviceToken };
    if (token) headers[SESSION_HEADER] = token;
    try {
      const reply = await postPinned(
        new URL(`/api/${name}`, server),
        JSON.stringify(input ?? {}),
        headers,
        settings.fingerprint,
      );
      return parseReply(reply.body) ?? unreachable();
    } catch (error) {
      if (error instanceof CertificateChangedError) {
        changedTo = error.fingerprint;
        return failure('server_changed', 'serverCertificateChanged');
      }
      return unreachable();
    }
  };

  /** Only the office's owner, signed in on the server through this desk, takes the desk back to local. */
  async function goLocal(token: string | null): Promise<ApiResult<unknown>> {
    if (!options.backToLocal) return failure('bad_request', 'noLocalOffice');
    const me = await send('auth.me', {}, token);
    if (!me.ok) return me;
    if ((me.value as { staff: { role: string } }).staff.role !== 'owner') return failure('forbidden', 'forbidden');
    try {
      await options.backToLocal();
    } catch (error) {
      // The store would not open (another copy of the app holds the folder): the desk stays on the server.
      if (error instanceof FolderLockedError)
        return { ok: false, error: { code: 'bad_request', message: error.message } };
      throw error;
    }
    return { ok: true, value: null };
  }

  const call: Forward = async (name, input, token) => {
    if (name === 'desk.status') return { ok: true, value: status() };
    if (name === 'desk.pair') return pair(input);
    if (name === 'desk.useLocal') return goLocal(token);
    if (name === 'desk.connect' || name === 'desk.setupOnServer') return failure('bad_request', 'deskAlreadyOffice');
    return send(name, input, token);
  };

  const streamable = () => (changedTo === null ? paired() : null);
  return {
    call,
    changeStream: forwardedChangeStream(streamable),
    watch: (ticket, listener) => {
      const settings = streamable();
      if (settings) return relayChanges(settings, ticket, listener);
      listener({ kind: 'error' });
      return () => undefined;
    },
  };
}
