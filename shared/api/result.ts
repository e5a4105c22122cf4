// Every procedure answers with one of these shapes, on every transport.
import { errorMessage, type ErrorKey } from '../locales/messages';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'duplicate'
  | 'bad_credentials'
  | 'setup_done'
  | 'setup_required'
  | 'bad_request'
  | 'internal'
  /** Too many calls or reads in a short time: wait and try again. */
  | 'rate_limited'
  /** The store would not open or check: only the recovery procedures answer. */
  | 'recovery'
  /** The key folder waits for its passphrase: only keys.unlock answers. */
  | 'key_locked'
  | 'network'
  /** Too many failed sign-ins: wait, or the key is locked for a while. */
  | 'throttled'
  /** A desk in office mode cannot reach its server: a passing state, the call may be made again. */
  | 'server_unreachable'
  /** The server shows a certificate other than the one this desk pinned: stop until re-paired. */
  | 'server_changed'
  /** The server does not know this desk, or its pairing was revoked. */
  | 'device_refused'
  /** A desk in office mode that has not been paired yet. */
  | 'desk_unpaired';

export interface ApiError {
  code: ErrorCode;
  /** Hebrew, fit to show a user. */
  message: string;
  /** The input field that caused it, as named in the procedure's input schema. */
  field?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A failure a service raises on purpose; dispatch turns it into `{ ok: false }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, key: ErrorKey, field?: string, vars: Record<string, string | number> = {}) {
    super(errorMessage(key, vars));
    this.code = code;
    this.field = field;
  }

  toApiError(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
