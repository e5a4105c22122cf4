// What every service function receives: the store, the clock, the sessions, the keeper and the caller.
import type { Store } from '../../db/open';
import { appendAudit, type AuditEntry } from '../../db/repositories/audit';
import type { Session, SessionStore } from './sessions';
import type { LoginThrottle } from './login-throttle';
import type { PendingSecondFactor } from './pending-second-factor';
import type { StoreKeeper } from '../store-keeper';
import type { TrustedKey } from '../../shared/rules/packs/publisher-key';
import type { PairingCodes } from '../server/pairing-codes';
import type { ChangeBus } from './changes';
import type { ApiResult } from '../../shared/api/result';
import type { DeskPairInput } from '../../shared/api/procedures/devices';
import type { InboxFolder } from '../inbox/watched-folder';

export interface Services {
  store: Store;
  sessions: SessionStore;
  now: () => Date;
  /** Holds the store `store` reads from; backups, restore and the recovery state. */
  keeper: StoreKeeper;
  /** Failed sign-ins per username and per client address. */
  throttle: LoginThrottle;
  /** Sign-ins waiting for their second factor, and enrolments waiting for their first code. */
  pendingSecondFactor: PendingSecondFactor;
  /** The keys a parameter pack's signature may come from: the publisher's. */
  trustedPackKeys: readonly TrustedKey[];
  /** Tells the open change streams what each write changed. */
  changes: ChangeBus;
  /** Present when this process is the office server: its pairing window and certificate. */
  officeServer?: OfficeServerParts;
  /** Present on a desk that can join an office server from here (browser mode, the desktop app). */
  deskHost?: DeskHost;
  /** The inbox's watched folder, where the store is this process's own (not on a desk of a server). */
  inboxFolder?: InboxFolder;
}

export interface DeskHost {
  /** What the pairing screen offers as this desk's name. */
  deviceName: string;
  /**
   * Pairs with the server and, once this call has been answered, closes the local store and works on
   * the server. `localOffice`: the store is an office to come back to (it was set up).
   */
  connect(input: DeskPairInput, localOffice: boolean): Promise<ApiResult<{ fingerprint: string }>>;
}

export interface OfficeServerParts {
  pairing: PairingCodes;
  /** The certificate's SHA-256, lowercase hex. */
  fingerprint: string;
}

/** Where a call came from: the peer address over HTTP, 'local' over Electron IPC. */
export interface CallOrigin {
  clientAddress: string;
  /** The paired desk the call came through, on the office server. */
  deviceId?: number;
}

export interface Call<S extends Session | null = Session> extends Services {
  session: S;
  origin: CallOrigin;
}

/**
 * Writes one audit row, stamped with the caller and the clock. better-sqlite3 has one connection, so
 * inside a service's transaction this row commits or rolls back with the write it records.
 */
export function audit(
  call: Call<Session | null>,
  entry: Omit<AuditEntry, 'at' | 'officeId' | 'staffId'> & Partial<AuditEntry>,
): void {
  appendAudit(call.store.db, {
    at: call.now().toISOString(),
    officeId: call.session?.officeId ?? null,
    staffId: call.session?.staffId ?? null,
    ...entry,
  });
}
