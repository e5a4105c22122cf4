// The office's recovery key: 256 random bits the owner writes down (or prints) at setup, shown as
// 14 groups of 4 Crockford base32 characters — 52 for the key, 4 for a checksum (20 bits of its
// SHA-256) that catches a mistyped group. It opens the recovery bundle kept in the data folder: the
// folder's keys (data, audit, secrets) sealed with AES-256-GCM under a key derived from it (HKDF-SHA256;
// the recovery key is random, so no slow password hashing is needed). A copy of the data folder and the
// recovery key open the office on a machine whose key folder is empty.
//
// The derived key is kept in the key folder with the other keys, so the bundle can be sealed again
// when the data key rotates without asking for the recovery key; whoever holds the key folder holds
// the data key anyway.
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FolderKeys } from './audit-key';
import { openFolderKeys, sealFolderKeys } from './key-seal';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;
const KEY_CHARS = 52;
const CHECK_CHARS = 4;
export const RECOVERY_GROUPS = (KEY_CHARS + CHECK_CHARS) / GROUP;

export const BUNDLE_FILE = 'mitzui-recovery.json';
const BOUND = Buffer.from('mitzui recovery bundle v1');

/** The recovery key as typed did not parse: a wrong length, a character not in it, or a failed checksum. */
export class RecoveryKeyFormatError extends Error {
  constructor() {
    super('The recovery key is mistyped');
  }
}

function toBase32(bytes: Buffer, chars: number): string {
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  bits <<= BigInt(chars * 5 - bytes.length * 8);
  let text = '';
  for (let i = chars - 1; i >= 0; i--) text += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return text;
}

function checksum(key: Buffer): string {
  return toBase32(createHash('sha256').update(key).digest().subarray(0, 3), CHECK_CHARS + 1).slice(0, CHECK_CHARS);
}

/** The key in groups, checksum last. */
export function recoveryKeyGroups(key: Buffer): string[] {
  const text = toBase32(key, KEY_CHARS) + checksum(key);
  return Array.from({ length: RECOVERY_GROUPS }, (_, i) => text.slice(i * GROUP, (i + 1) * GROUP));
}

/** A new random recovery key. */
export function newRecoveryKey(): Buffer {
  return randomBytes(32);
}

/** The key from what the owner typed: spaces and dashes ignored, O read as 0 and I or L as 1. */
export function parseRecoveryKey(typed: string): Buffer {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (text.length !== KEY_CHARS + CHECK_CHARS || [...text].some((c) => !ALPHABET.includes(c)))
    throw new RecoveryKeyFormatError();
  let bits = 0n;
  for (const c of text.slice(0, KEY_CHARS)) bits = (bits << 5n) | BigInt(ALPHABET.indexOf(c));
  bits >>= BigInt(KEY_CHARS * 5 - 256);
  const key = Buffer.from(bits.toString(16).padStart(64, '0'), 'hex');
  if (checksum(key) !== text.slice(KEY_CHARS)) throw new RecoveryKeyFormatError();
  return key;
}

/** The key that seals the bundle, derived from the recovery key. */
export function bundleKeyOf(recoveryKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, 'mitzui', 'recovery bundle v1', 32));
}

const bundleSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  /** When the owner typed two groups back: the key was written down. */
  confirmedAt: z.string().nullable(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});
export type RecoveryBundle = z.infer<typeof bundleSchema>;

export function bundleFileOf(dataDir: string): string {
  return path.join(dataDir, BUNDLE_FILE);
}

/** The data folder's bundle, or null when no recovery key was made for it. */
export function readRecoveryBundle(dataDir: string): RecoveryBundle | null {
  let raw: string;
  try {
    raw = fs.readFileSync(bundleFileOf(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return bundleSchema.parse(JSON.parse(raw));
}

/** Written atomically (temp file, flush, rename). */
export function writeRecoveryBundle(dataDir: string, bundle: RecoveryBundle): void {
  const file = bundleFileOf(dataDir);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify(bundle), { mode: 0o600, flag: 'wx', flush: true });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The folder's keys sealed under the bundle key; `previous` keeps its dates. */
export function sealRecoveryBundle(
  keys: FolderKeys,
  bundleKey: Buffer,
  at: Date,
  previous?: RecoveryBundle | null,
): RecoveryBundle {
  return {
    format: 1,
    createdAt: previous?.createdAt ?? at.toISOString(),
    confirmedAt: previous?.confirmedAt ?? null,
    ...sealFolderKeys(keys, bundleKey, BOUND),
  };
}

/** The keys the bundle holds; SealBrokenError when the recovery key is not this bundle's. */
export function openRecoveryBundle(bundle: RecoveryBundle, recoveryKey: Buffer): FolderKeys {
  return openFolderKeys(bundle, bundleKeyOf(recoveryKey), BOUND);
}
