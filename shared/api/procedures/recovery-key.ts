// The office's recovery key (owner only): made at setup or on demand, shown once with a printable
// sheet, confirmed by typing two of its groups back (recovery.openWithKey uses it).
import { z } from 'zod';
import { owners, procedure } from '../procedure';

export interface RecoveryKeyState {
  /** When the current recovery key was made; null: none yet. */
  createdAt: string | null;
  /** When the owner typed two of its groups back. */
  confirmedAt: string | null;
  /** The store was made before encryption and not converted yet (security.encryptStore). */
  storePlain: boolean;
  /**
   * The office came here by its recovery key or by a backup folder's keys (used on another machine):
   * a new recovery key is due until one is made and confirmed.
   */
  renewDue: boolean;
}

export interface NewRecoveryKey {
  /** 14 groups of 4 characters, the checksum last. Shown once: the app keeps no copy. */
  groups: string[];
  /** The two groups (0-based) the owner is asked to type back. */
  check: [number, number];
  /** The printable sheet (PDF) with the groups and a QR code of the key. */
  sheetBase64: string;
}

const group = z.string().trim().max(10);
export const recoveryKeyText = z.string().trim().min(1).max(200);

export const recoveryKeyProcedures = {
  'recoveryKey.state': procedure<RecoveryKeyState>()({ input: z.object({}), access: owners }),
  'recoveryKey.create': procedure<NewRecoveryKey>()({ input: z.object({}), access: owners, changes: 'office' }),
  'recoveryKey.confirm': procedure<RecoveryKeyState>()({
    input: z.object({ groups: z.tuple([group, group]) }),
    access: owners,
  }),
};
