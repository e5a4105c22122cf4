// The desks that may call the office server. A desk pairs with a one-time code and gets a random
// token; it sends the token with every request, and the server finds the device by the token's hash.
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/api/result';
import { findLiveDevice, insertDevice, touchDevice, type DeviceRow } from '../../db/repositories/devices';
import type { Services } from '../services/context';
import type { PairingCodes } from './pairing-codes';

/** The request header that carries a desk's device token. */
export const DEVICE_HEADER = 'x-mitzui-device';

/** How often a device's "last seen" is written: often enough to read, rarely enough not to cost. */
const TOUCH_EVERY_MS = 60_000;

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class DeviceRegistry {
  private readonly touched = new Map<number, { at: number; staffId: number | null }>();

  constructor(
    private readonly services: Pick<Services, 'store' | 'now'>,
    private readonly codes: PairingCodes,
  ) {}

  /** Pairs a desk with a one-time code: its id and the token it must keep (shown nowhere else). */
  pair(code: string, name: string): { id: number; token: string } {
    const window = this.codes.take(code);
    if (!window) throw new AppError('forbidden', 'pairingCodeInvalid', 'pairingCode');
    const token = randomBytes(32).toString('base64url');
    const row = insertDevice(this.services.store.db, {
      name,
      tokenHash: hashOf(token),
      pairedBy: window.openedBy,
      createdAt: this.services.now().toISOString(),
    });
    return { id: row.id, token };
  }

  /** The live device a token belongs to; null when unknown or revoked. */
  deviceOf(token: string | string[] | undefined): DeviceRow | null {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
    return findLiveDevice(this.services.store.db, hashOf(token)) ?? null;
  }

  /** Notes that the device was used (by whom, when signed in), at most once a minute per device. */
  seen(deviceId: number, staffId: number | null): void {
    const now = this.services.now();
    const last = this.touched.get(deviceId);
    if (last && now.getTime() - last.at < TOUCH_EVERY_MS && (staffId === null || staffId === last.staffId)) return;
    this.touched.set(deviceId, { at: now.getTime(), staffId });
    touchDevice(this.services.store.db, deviceId, now.toISOString(), staffId);
  }
}
