// Sealing a data folder's keys with AES-256-GCM (authenticated: a changed byte fails to open) under a
// key the caller derives — from a move package's passphrase, or from the office's recovery key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { FolderKeys } from './audit-key';

export interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

const plainKeys = z.object({
  audit: z.object({ key: z.string(), since: z.number().int().min(1), legacyBefore: z.boolean() }),
  secrets: z.string(),
  data: z.string(),
});

const b64 = (buffer: Buffer) => buffer.toString('base64');

/** The key did not open the seal, or the sealed bytes (or what they are bound to) changed. */
export class SealBrokenError extends Error {
  constructor() {
    super('The sealed keys did not open');
  }
}

/** The folder's keys sealed under `key`; `bound` is vouched for by the seal without being in it. */
export function sealFolderKeys(keys: FolderKeys, key: Buffer, bound: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(bound);
  const plain = JSON.stringify({
    audit: { ...keys.audit, key: b64(keys.audit.key) },
    secrets: b64(keys.secrets),
    data: b64(keys.data),
  });
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

export function openFolderKeys(sealed: Sealed, key: Buffer, bound: Buffer): FolderKeys {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(bound);
  let plain: string;
  try {
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SealBrokenError();
  }
  const parsed = plainKeys.parse(JSON.parse(plain));
  return {
    audit: { ...parsed.audit, key: Buffer.from(parsed.audit.key, 'base64') },
    secrets: Buffer.from(parsed.secrets, 'base64'),
    data: Buffer.from(parsed.data, 'base64'),
  };
}
