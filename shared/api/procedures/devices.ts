// Desks paired with the office server (owner only), and what a desk sends to pair (desk.ts).
import { z } from 'zod';
import { owners, procedure } from '../procedure';

/** 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;

export interface PairingWindow {
  code: string;
  expiresAt: string;
  /** The server certificate's fingerprint as a readable code, to compare on the desk. */
  fingerprint: string;
}

export interface PairedDevice {
  id: number;
  name: string;
  /** The last staff member who worked on it, or who paired it; null before anyone signed in. */
  user: string | null;
  pairedAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/**
 * local: the desk's own store; `canSwitch` when this desk can join an office server from here (not on
 * the office server itself). office: `localOffice` when the desk keeps a store of its own to go back to.
 */
export type DeskStatus =
  | { mode: 'local'; deviceName: string; canSwitch: boolean }
  | { mode: 'office'; server: string; deviceName: string; localOffice: boolean; state: 'unpaired' }
  | {
      mode: 'office';
      server: string;
      deviceName: string;
      localOffice: boolean;
      state: 'paired' | 'certificate_changed';
      fingerprint: string;
    };

const pairingCode = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .length(PAIRING_CODE_LENGTH)
      .regex(new RegExp(`^[${PAIRING_ALPHABET}]+$`)),
  );

export const deviceNameInput = z.string().trim().min(1).max(80);

/** What a desk sends the server's /pair. */
export const serverPairInput = z.object({ pairingCode, deviceName: deviceNameInput });

/** The office server's address as a desk is given it: https, a host, a port. */
export const serverAddress = z
  .string()
  .trim()
  .url()
  .refine((value) => value.startsWith('https://'));

export const deskPairInput = serverPairInput.extend({ server: serverAddress });
export type DeskPairInput = z.infer<typeof deskPairInput>;

export const deviceProcedures = {
  'devices.startPairing': procedure<PairingWindow>()({ input: z.object({}), access: owners }),
  'devices.list': procedure<PairedDevice[]>()({ input: z.object({}), access: owners }),
  'devices.revoke': procedure<null>()({
    input: z.object({ id: z.number().int().positive() }),
    access: owners,
    changes: 'device',
  }),
};
