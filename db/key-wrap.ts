// How the key folder's files (each data folder's data, audit, secrets and bundle keys) are kept at
// rest. Four ways, chosen by the owner and changeable: plain files, 0600 in a 0700 folder (the
// default, for servers and tests); wrapped by the OS keychain (a random wrapping key kept in it,
// through @napi-rs/keyring); wrapped by the desktop app's Electron safeStorage (the random wrapping
// key sealed by it in the record: only the desktop app opens such a folder, the shell passing its
// safeStorage in); or wrapped by a passphrase the owner types at start (scrypt to a wrapping key). A
// wrapped file is AES-256-GCM under the wrapping key. The data key itself stays random: the
// passphrase only wraps it.
//
// The folder's choice is in key-wrap.json beside the keys, with a sealed check value, so a wrong
// passphrase is told apart from a damaged key file. A change rewraps every file one at a time (each
// written atomically): wrapping writes the record first, unwrapping removes it last, and a file
// without the wrapped prefix reads as plain — so a change cut short still opens and is finished by
// running it again.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt as scryptCallback,
  type ScryptOptions,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { KeyVault, KeyWrap } from './audit-key';

export type WrapMode = 'file' | 'passphrase' | 'keychain' | 'safe-storage';

/** Electron's safeStorage as the desktop shell passes it in (https://www.electronjs.org/docs/latest/api/safe-storage). */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

const RECORD = 'key-wrap.json';
const MAGIC = Buffer.from('MZKW1');
const BOUND = Buffer.from('mitzui key folder file v1');
const CHECK = Buffer.from('mitzui key folder check v1');
/** scrypt at 128 MiB of memory: about half a second here, once per start. */
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
/** A key file of the folder: hex name of the data folder, then which key (the audit head beside them is not secret). */
const KEY_FILE = /^[0-9a-f]{32}\.[a-z-]+-key(-next|-previous)?$/;

const recordSchema = z.discriminatedUnion('mode', [
  z.object({
    format: z.literal(1),
    mode: z.literal('passphrase'),
    salt: z.string(),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    check: z.string(),
  }),
  z.object({ format: z.literal(1), mode: z.literal('keychain'), account: z.string(), check: z.string() }),
  z.object({ format: z.literal(1), mode: z.literal('safe-storage'), sealedKey: z.string(), check: z.string() }),
]);
type WrapRecord = z.infer<typeof recordSchema>;

/** The folder is wrapped by a passphrase and none was given. */
export class PassphraseNeededError extends Error {}
/** The passphrase given does not open the folder's keys. */
export class PassphraseWrongError extends Error {}
/** The OS keychain cannot be reached (on Linux: no Secret Service, no kernel keyring). */
export class KeychainUnavailableError extends Error {}
/** The folder is wrapped by the desktop app's safeStorage, and this is not the desktop app (or it cannot open it). */
export class SafeStorageNeededError extends Error {}

/** A key folder file sealed with AES-256-GCM under `wrappingKey`; an unprefixed file reads as plain. */
export function aesKeyWrap(wrappingKey: Buffer): KeyWrap {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
      cipher.setAAD(BOUND);
      const data = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), data]);
    },
    open(sealed) {
      if (!sealed.subarray(0, MAGIC.length).equals(MAGIC)) return sealed;
      const body = sealed.subarray(MAGIC.length);
      const decipher = createDecipheriv('aes-256-gcm', wrappingKey, body.subarray(0, 12));
      decipher.setAAD(BOUND);
      decipher.setAuthTag(body.subarray(12, 28));
      return Buffer.concat([decipher.update(body.subarray(28)), decipher.final()]);
    },
  };
}

function recordFile(dir: string): string {
  return path.join(dir, RECORD);
}

export function wrapModeOf(dir: string): WrapMode {
  return readRecord(dir)?.mode ?? 'file';
}

function readRecord(dir: string): WrapRecord | null {
  try {
    return recordSchema.parse(JSON.parse(fs.readFileSync(recordFile(dir), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function writeAtomically(file: string, content: Buffer | string): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, content, { mode: 0o600, flag: 'wx', flush: true });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function scrypt(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * 2 ** 20 };
  return new Promise((resolve, reject) =>
    scryptCallback(passphrase.normalize('NFC'), salt, 32, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

function keychainAccount(dir: string): string {
  return `key-folder ${createHash('sha256').update(fs.realpathSync.native(dir)).digest('hex').slice(0, 32)}`;
}

/** The keychain entry of the folder's wrapping key (made when `create`); KeychainUnavailableError when there is no keychain. */
async function keychainKey(account: string, create: boolean): Promise<Buffer> {
  try {
    const { Entry } = await import('@napi-rs/keyring');
    const entry = new Entry('Mitzui', account);
    const stored = entry.getPassword();
    if (stored) return Buffer.from(stored, 'base64');
    if (!create) throw new KeychainUnavailableError('The keychain holds no wrapping key for this key folder');
    const key = randomBytes(32);
    entry.setPassword(key.toString('base64'));
    return key;
  } catch (error) {
    if (error instanceof KeychainUnavailableError) throw error;
    throw new KeychainUnavailableError(error instanceof Error ? error.message : String(error));
  }
}

function checked(record: WrapRecord, wrap: KeyWrap, wrong: () => Error): KeyWrap {
  try {
    if (wrap.open(Buffer.from(record.check, 'base64')).equals(CHECK)) return wrap;
  } catch {
    // falls through: the wrapping key is not this folder's
  }
  throw wrong();
}

/**
 * The wrap of a folder the desktop app seals with safeStorage. Before the record existed the desktop
 * sealed each key file with safeStorage itself: such a file (unprefixed) still opens, so a folder
 * whose change to the record was cut short opens too.
 */
function safeStorageWrap(safeStorage: SafeStorage, wrappingKey: Buffer): KeyWrap {
  const aes = aesKeyWrap(wrappingKey);
  return { seal: aes.seal, open: (sealed) => aes.open(desktopSealedOpen(safeStorage, sealed)) };
}

/** A key file as the desktop sealed it before the record (safeStorage over its base64), or the bytes as they are. */
function desktopSealedOpen(safeStorage: SafeStorage, raw: Buffer): Buffer {
  if (raw.subarray(0, MAGIC.length).equals(MAGIC)) return raw;
  try {
    return Buffer.from(safeStorage.decryptString(raw), 'base64');
  } catch {
    return raw;
  }
}

function safeStorageKey(safeStorage: SafeStorage, sealedKey: string): Buffer {
  try {
    return Buffer.from(safeStorage.decryptString(Buffer.from(sealedKey, 'base64')), 'base64');
  } catch (error) {
    throw new SafeStorageNeededError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The key folder as it is wrapped: plain, or opened with the passphrase, the keychain or (the desktop
 * app) safeStorage. Throws PassphraseNeededError, PassphraseWrongError, KeychainUnavailableError or
 * SafeStorageNeededError; nothing is written.
 */
export async function unlockKeyFolder(dir: string, passphrase?: string, safeStorage?: SafeStorage): Promise<KeyVault> {
  const record = fs.existsSync(dir) ? readRecord(dir) : null;
  if (!record) return { dir };
  if (record.mode === 'safe-storage') {
    if (!safeStorage?.isEncryptionAvailable())
      throw new SafeStorageNeededError('The key folder is wrapped by the desktop app');
    const wrap = safeStorageWrap(safeStorage, safeStorageKey(safeStorage, record.sealedKey));
    return {
      dir,
      wrap: checked(record, wrap, () => new SafeStorageNeededError('safeStorage does not open this key folder')),
    };
  }
  if (record.mode === 'keychain') {
    const wrap = aesKeyWrap(await keychainKey(record.account, false));
    return {
      dir,
      wrap: checked(
        record,
        wrap,
        () => new KeychainUnavailableError('The keychain entry does not open this key folder'),
      ),
    };
  }
  if (passphrase === undefined || passphrase === '')
    throw new PassphraseNeededError('The key folder is wrapped by a passphrase');
  const wrap = aesKeyWrap(await scrypt(passphrase, Buffer.from(record.salt, 'base64'), record));
  return {
    dir,
    wrap: checked(record, wrap, () => new PassphraseWrongError('The passphrase does not open the key folder')),
  };
}

export type WrapChoice =
  | { mode: 'file' }
  | { mode: 'passphrase'; passphrase: string }
  | { mode: 'keychain' }
  | { mode: 'safe-storage'; safeStorage: SafeStorage };

/** Every key file rewritten from the vault's wrap to `next` (undefined: plain), one at a time. */
function rewrapFiles(vault: KeyVault, next: KeyWrap | undefined): void {
  for (const name of fs.readdirSync(vault.dir).filter((entry) => KEY_FILE.test(entry))) {
    const file = path.join(vault.dir, name);
    const raw = fs.readFileSync(file);
    const plain = vault.wrap ? vault.wrap.open(raw) : raw;
    writeAtomically(file, next ? next.seal(plain) : plain);
  }
}

/**
 * Changes how the key folder is wrapped (the vault must be unlocked); returns the vault as it is now.
 * From one passphrase to another, or between passphrase and keychain, the files pass through plain.
 */
export async function changeKeyWrapping(vault: KeyVault, choice: WrapChoice): Promise<KeyVault> {
  fs.mkdirSync(vault.dir, { recursive: true, mode: 0o700 });
  if (readRecord(vault.dir)) {
    rewrapFiles(vault, undefined);
    fs.rmSync(recordFile(vault.dir), { force: true });
  }
  if (choice.mode === 'file') return { dir: vault.dir };
  let wrap: KeyWrap;
  let record: WrapRecord;
  if (choice.mode === 'passphrase') {
    const salt = randomBytes(16);
    wrap = aesKeyWrap(await scrypt(choice.passphrase, salt, SCRYPT_COST));
    record = { format: 1, mode: 'passphrase', salt: salt.toString('base64'), ...SCRYPT_COST, check: '' };
  } else if (choice.mode === 'safe-storage') {
    const key = randomBytes(32);
    const sealedKey = choice.safeStorage.encryptString(key.toString('base64')).toString('base64');
    wrap = safeStorageWrap(choice.safeStorage, key);
    record = { format: 1, mode: 'safe-storage', sealedKey, check: '' };
  } else {
    const account = keychainAccount(vault.dir);
    wrap = aesKeyWrap(await keychainKey(account, true));
    record = { format: 1, mode: 'keychain', account, check: '' };
  }
  writeAtomically(recordFile(vault.dir), JSON.stringify({ ...record, check: wrap.seal(CHECK).toString('base64') }));
  rewrapFiles({ dir: vault.dir, wrap }, wrap);
  return { dir: vault.dir, wrap };
}
