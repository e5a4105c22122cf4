// The owner's view of the desks paired with the office server: open a pairing window, list, revoke.
// On an embedded store (a desk of its own) there is nothing to pair.
import { AppError } from '../../shared/api/result';
import { findDevice, listDevices, revokeDevice } from '../../db/repositories/devices';
import { readableFingerprint } from '../server/certificate';
import { audit, type Call } from './context';
import type { Handlers } from './handler';

function officeServer(call: Call) {
  if (!call.officeServer) throw new AppError('bad_request', 'officeServerOnly');
  return call.officeServer;
}

export const deviceHandlers: Handlers<'devices.startPairing' | 'devices.list' | 'devices.revoke'> = {
  'devices.startPairing': (call) => {
    const server = officeServer(call);
    const window = server.pairing.start(call.session.staffId);
    audit(call, {
      action: 'pairing_started',
      entity: 'paired_device',
      details: { expiresAt: window.expiresAt.toISOString() },
    });
    return {
      code: window.code,
      expiresAt: window.expiresAt.toISOString(),
      fingerprint: readableFingerprint(server.fingerprint),
    };
  },
  'devices.list': (call) =>
    listDevices(call.store.db).map((row) => ({
      id: row.id,
      name: row.name,
      user: row.user,
      pairedAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      revokedAt: row.revokedAt,
    })),
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
};
