// The data folder's keys (audit chain, store secrets, data key) travel inside a move package sealed by a
// passphrase the owner types on the desk and again on the server: scrypt turns it into an AES-256-GCM
// key, and the package's figures (counts, documents, audit head) and the store's SHA-256 are bound to
// the seal as additional data, so a package changed on the way fails to open rather than verifying
// against figures an attacker rewrote. Without the passphrase the package gives no key away.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import type { FolderKeys } from './audit-key';

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

const plainKeys = z.object({ audit: z.object({ key: z.string(), since: z.number().int().min(1), legacyBefore: z.boolean() }), secrets: z.string(), data: z.string() });

/** The passphrase did not open the keys, or the package's figures or store changed since sealing. */
export class SealBrokenError extends Error {
  constructor() {
    super('The move package keys did not open');
  }
}

function derive(passphrase: string, salt: Buffer): Promise<Buffer> {
  const options: ScryptOptions = { ...SCRYPT, maxmem: MAXMEM };
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `bound`: the figures' exact bytes and the store's SHA-256, which the seal vouches for. */
export async function sealKeys(keys: FolderKeys, passphrase: string, bound: Buffer): Promise<SealedKeys> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await derive(passphrase, salt), iv);
  cipher.setAAD(bound);
  const plain = JSON.stringify({ audit: { ...keys.audit, key: keys.audit.key.toString('base64') }, secrets: keys.secrets.toString('base64'), data: keys.data.toString('base64') });
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const b64 = (buffer: Buffer) => buffer.toString('base64');
  return { kdf: 'scrypt', ...SCRYPT, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

export async function openKeys(sealed: SealedKeys, passphrase: string, bound: Buffer): Promise<FolderKeys> {
  const decipher = createDecipheriv('aes-256-gcm', await derive(passphrase, Buffer.from(sealed.salt, 'base64')), Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(bound);
  let plain: string;
  try {
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SealBrokenError();
  }
  const parsed = plainKeys.parse(JSON.parse(plain));
  return { audit: { ...parsed.audit, key: Buffer.from(parsed.audit.key, 'base64') }, secrets: Buffer.from(parsed.secrets, 'base64'), data: Buffer.from(parsed.data, 'base64') };
}
