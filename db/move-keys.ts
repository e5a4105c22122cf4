// The data folder's keys (audit chain, store secrets, data key) travel inside a move package sealed by a
// passphrase the owner types on the desk and again on the server: scrypt turns it into an AES-256-GCM
// key, and the package's figures (counts, documents, audit head) and the store's SHA-256 are bound to
// the seal as additional data, so a package changed on the way fails to open rather than verifying
// against figures an attacker rewrote. Without the passphrase the package gives no key away.
import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import type { FolderKeys } from './audit-key';
import { openFolderKeys, sealFolderKeys, SealBrokenError } from './key-seal';

export { SealBrokenError };

// OWASP Password Storage Cheat Sheet (2024, "scrypt"): N=2^17, r=8, p=1 at least.
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const MAXMEM = 256 * 1024 * 1024;

export const sealedKeysSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.literal(SCRYPT.N),
  r: z.literal(SCRYPT.r),
  p: z.literal(SCRYPT.p),
  salt: z.string().max(100),
  iv: z.string().max(100),
  tag: z.string().max(100),
  data: z.string().max(10_000),
});
export type SealedKeys = z.infer<typeof sealedKeysSchema>;

/** A 256-bit key from a passphrase typed by a person (scrypt, OWASP's cost). */
export function keyFromPassphrase(passphrase: string, salt: Buffer): Promise<Buffer> {
  const options: ScryptOptions = { ...SCRYPT, maxmem: MAXMEM };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `bound`: the figures' exact bytes and the store's SHA-256, which the seal vouches for. */
export async function sealKeys(keys: FolderKeys, passphrase: string, bound: Buffer): Promise<SealedKeys> {
  const salt = randomBytes(16);
  return {
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    ...sealFolderKeys(keys, await keyFromPassphrase(passphrase, salt), bound),
  };
}

export async function openKeys(sealed: SealedKeys, passphrase: string, bound: Buffer): Promise<FolderKeys> {
  return openFolderKeys(sealed, await keyFromPassphrase(passphrase, Buffer.from(sealed.salt, 'base64')), bound);
}
