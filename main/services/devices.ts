// The owner's view of the desks paired with the office server: open a pairing window, list, revoke.
// On an embedded store (a desk of its own) there is nothing to pair; desk.connect joins a server.
import os from 'node:os';
import { AppError } from '../../shared/api/result';
import { firstOffice } from '../../db/repositories/offices';
import { PassedOnError } from '../desk/pair';
import { findDevice, listDevices, revokeDevice } from '../../db/repositories/devices';
import { readableFingerprint } from '../server/certificate';
import { audit, type Call } from './context';
import type { Handlers } from './handler';
import type { Session } from './sessions';
import type { DeskPairInput } from '../../shared/api/procedures/devices';

function officeServer(call: Call) {
  if (!call.officeServer) throw new AppError('bad_request', 'officeServerOnly');
  return call.officeServer;
}

async function joinServer(call: Call<Session | null>, input: DeskPairInput, localOffice: boolean): Promise<{ fingerprint: string }> {
  if (!call.deskHost) throw new AppError('bad_request', 'deskSwitchUnavailable');
  const joined = await call.deskHost.connect(input, localOffice);
  if (!joined.ok) throw new PassedOnError(joined.error);
  return joined.value;
}

type DeviceProcedure = 'devices.startPairing' | 'devices.list' | 'devices.revoke' | 'desk.status' | 'desk.pair' | 'desk.setupOnServer' | 'desk.connect' | 'desk.useLocal';

export const deviceHandlers: Handlers<DeviceProcedure> = {
  'devices.startPairing': (call) => {
    const server = officeServer(call);
    const window = server.pairing.start(call.session.staffId);
    audit(call, { action: 'pairing_started', entity: 'paired_device', details: { expiresAt: window.expiresAt.toISOString() } });
    return { code: window.code, expiresAt: window.expiresAt.toISOString(), fingerprint: readableFingerprint(server.fingerprint) };
  },
  'devices.list': (call) =>
    listDevices(call.store.db).map((row) => ({ id: row.id, name: row.name, user: row.user, pairedAt: row.createdAt, lastSeenAt: row.lastSeenAt, revokedAt: row.revokedAt })),
  'devices.revoke': (call, { id }) => {
    call.store.db.transaction(() => {
      const row = findDevice(call.store.db, id);
      if (!row) throw new AppError('not_found', 'deviceNotFound', 'id');
      if (row.revokedAt !== null) return;
      revokeDevice(call.store.db, id, call.now().toISOString(), call.session.staffId);
      audit(call, { action: 'device_revoked', entity: 'paired_device', entityId: id, details: { name: row.name } });
    });
    call.sessions.closeForDevice(id);
    return null;
  },
  'desk.status': (call) => ({ mode: 'local', deviceName: call.deskHost?.deviceName ?? os.hostname(), canSwitch: call.deskHost !== undefined }),
  'desk.pair': () => {
    throw new AppError('bad_request', 'deskOnly');
  },
  // Before the office is set up anyone at the desk chooses (the first-run screen); after, the owner.
  'desk.setupOnServer': (call, input) => {
    if (firstOffice(call.store.db)) throw new AppError('setup_done', 'setupDone');
    return joinServer(call, input, false);
  },
  'desk.connect': (call, input) => joinServer(call, input, true),
  'desk.useLocal': () => {
    throw new AppError('bad_request', 'deskOnly');
  },
};
