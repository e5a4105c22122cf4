// The key that seals the audit chain (HMAC-SHA256), kept outside the database file: whoever can edit
// the file cannot recompute the seals without it. One key per data folder, in a key folder beside the
// app's configuration (never inside the data folder), in a file named after the folder's real path.
// The desktop wraps the key with the OS keychain (Electron's safeStorage) through `wrap`; elsewhere the
// file is 0600 in a 0700 folder.
//
// A key records the first audit row it sealed (`since`). Rows before it were sealed by a key that is
// no longer here (the folder moved, or its key file was lost) and cannot be verified — unless the key
// was the first this machine ever made, when those rows come from an older build that chained them
// with plain SHA-256 (`legacyBefore`). Both facts live in the key file, out of reach of whoever edits
// the database.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export interface KeyWrap {
  seal(plain: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

export interface KeyVault {
  dir: string;
  /** Set in the desktop: the OS keychain protects the key file's contents. */
  wrap?: KeyWrap;
}

export interface AuditKey {
  key: Buffer;
  /** The first audit row sealed with this key. */
  since: number;
  /** Rows before `since` were chained by an older build with plain SHA-256. */
  legacyBefore: boolean;
}

const SUFFIX = '.audit-key';
/** The audit chain's head, recorded beside the key (db/audit-head-file.ts). */
export const HEAD_SUFFIX = '.audit-head';
const stored = z.object({
  folder: z.string(),
  since: z.number().int().min(1),
  legacyBefore: z.boolean(),
  key: z.string(),
});

function canonicalFolder(dataDir: string): string {
  return fs.realpathSync.native(dataDir);
}

function fileOf(vault: KeyVault, folder: string, suffix = SUFFIX): string {
  return path.join(vault.dir, `${createHash('sha256').update(folder).digest('hex').slice(0, 32)}${suffix}`);
}

/** A file of the data folder's in the key folder, named like its keys; `suffix` says what it holds. */
export function keyFolderFile(vault: KeyVault, dataDir: string, suffix: string): string {
  return fileOf(vault, canonicalFolder(dataDir), suffix);
}

function readKeyFile(vault: KeyVault, file: string): Buffer | null {
  try {
    const raw = fs.readFileSync(file);
    return vault.wrap ? vault.wrap.open(raw) : raw;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes a key file once (temp file, fsync, link): an existing one is never replaced. */
function installKeyFile(vault: KeyVault, file: string, plain: Buffer): void {
  fs.mkdirSync(vault.dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(vault.dir, 0o700);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, vault.wrap ? vault.wrap.seal(plain) : plain, { mode: 0o600, flag: 'wx' });
    const fd = fs.openSync(temp, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** A random 256-bit key of the folder, made on first use; `suffix` names what it is for. */
function folderKeyFor(vault: KeyVault, dataDir: string, suffix: string): Buffer {
  const file = fileOf(vault, canonicalFolder(dataDir), suffix);
  const existing = readKeyFile(vault, file);
  if (existing) return existing;
  try {
    installKeyFile(vault, file, randomBytes(32));
  } catch (error) {
    // Another process of this folder made it first.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKeyFile(vault, file)!;
}

/**
 * The key that seals small secrets kept in the store (a staff member's TOTP secret), made on first
 * use, kept beside the audit key: a copy of the data folder alone does not give the secrets away.
 */
export function secretsKeyFor(vault: KeyVault, dataDir: string): Buffer {
  return folderKeyFor(vault, dataDir, '.secrets-key');
}

const DATA_KEY = '.data-key';

/** The folder's data key as the key folder holds it; null when there is none. */
export function loadDataKey(vault: KeyVault, dataDir: string): Buffer | null {
  return readKeyFile(vault, fileOf(vault, canonicalFolder(dataDir), DATA_KEY));
}

/**
 * Makes the folder's data key (random, never derived from a password) unless it has one. Only a new
 * store, or a plain one from before encryption, may get a new key: never a store encrypted already.
 */
export function createDataKey(vault: KeyVault, dataDir: string): Buffer {
  return folderKeyFor(vault, dataDir, DATA_KEY);
}

/** The folder's data key is not in the key folder (another machine, or a lost key file). */
export class DataKeyMissingError extends Error {
  constructor(readonly folder: string) {
    super(`No data key for ${folder} in the key folder`);
  }
}

/** The folder's data key: it encrypts the store, its backups and its documents. Made with the store. */
export function dataKeyFor(vault: KeyVault, dataDir: string): Buffer {
  const key = loadDataKey(vault, dataDir);
  if (!key) throw new DataKeyMissingError(canonicalFolder(dataDir));
  return key;
}

/** Writes the folder's data key over the one it has: a rotation, once the store is rekeyed, or a recovery. */
export function replaceDataKey(vault: KeyVault, dataDir: string, key: Buffer): void {
  replaceKeyFile(vault, fileOf(vault, canonicalFolder(dataDir), DATA_KEY), key);
}

/** A data key in the middle of a rotation: `next` before the store is rekeyed, `previous` until its backups are. */
export type RotationSlot = 'next' | 'previous';

export function loadRotationKey(vault: KeyVault, dataDir: string, slot: RotationSlot): Buffer | null {
  return readKeyFile(vault, fileOf(vault, canonicalFolder(dataDir), `${DATA_KEY}-${slot}`));
}

export function replaceRotationKey(vault: KeyVault, dataDir: string, slot: RotationSlot, key: Buffer | null): void {
  const file = fileOf(vault, canonicalFolder(dataDir), `${DATA_KEY}-${slot}`);
  if (key) replaceKeyFile(vault, file, key);
  else fs.rmSync(file, { force: true });
}

const BUNDLE_KEY = '.recovery-bundle-key';

/** The key the folder's recovery bundle is sealed with (derived from the recovery key); null before one was made. */
export function loadBundleKey(vault: KeyVault, dataDir: string): Buffer | null {
  return readKeyFile(vault, fileOf(vault, canonicalFolder(dataDir), BUNDLE_KEY));
}

export function replaceBundleKey(vault: KeyVault, dataDir: string, key: Buffer): void {
  replaceKeyFile(vault, fileOf(vault, canonicalFolder(dataDir), BUNDLE_KEY), key);
}

export function loadAuditKey(vault: KeyVault, dataDir: string): AuditKey | null {
  const folder = canonicalFolder(dataDir);
  const raw = readKeyFile(vault, fileOf(vault, folder));
  if (!raw) return null;
  const parsed = stored.parse(JSON.parse(raw.toString('utf8')));
  if (parsed.folder !== folder) throw new Error(`The audit key file for ${folder} names another folder`);
  return { key: Buffer.from(parsed.key, 'base64'), since: parsed.since, legacyBefore: parsed.legacyBefore };
}

/** No key was ever made here: rows already in a store are an older build's plain chain. */
function firstKeyOnThisMachine(vault: KeyVault): boolean {
  return !fs.existsSync(vault.dir) || !fs.readdirSync(vault.dir).some((name) => name.endsWith(SUFFIX));
}

/** Writes a new key for the folder; never replaces an existing one. */
export function createAuditKey(vault: KeyVault, dataDir: string, since: number): AuditKey {
  const folder = canonicalFolder(dataDir);
  const legacyBefore = since > 1 && firstKeyOnThisMachine(vault);
  const key = randomBytes(32);
  installKeyFile(
    vault,
    fileOf(vault, folder),
    Buffer.from(JSON.stringify({ folder, since, legacyBefore, key: key.toString('base64') })),
  );
  return { key, since, legacyBefore };
}

/** A data folder's keys, as an office moving to a new machine carries them. */
export interface FolderKeys {
  audit: AuditKey;
  secrets: Buffer;
  data: Buffer;
}

/** The folder's keys; null when its audit key was never made (no store was ever opened here). */
export function folderKeysOf(vault: KeyVault, dataDir: string): FolderKeys | null {
  const audit = loadAuditKey(vault, dataDir);
  return audit && { audit, secrets: secretsKeyFor(vault, dataDir), data: dataKeyFor(vault, dataDir) };
}

/** Writes a key file over an existing one (temp file, fsync, rename): only an office's move does this. */
function replaceKeyFile(vault: KeyVault, file: string, plain: Buffer): void {
  fs.mkdirSync(vault.dir, { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, vault.wrap ? vault.wrap.seal(plain) : plain, { mode: 0o600, flag: 'wx', flush: true });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Makes these the folder's keys, replacing its own: a store moved here from another machine is sealed
 * with that machine's keys. The caller keeps the previous keys to put them back on a failed move.
 */
export function replaceFolderKeys(vault: KeyVault, dataDir: string, keys: FolderKeys): void {
  const folder = canonicalFolder(dataDir);
  const { key, since, legacyBefore } = keys.audit;
  replaceKeyFile(vault, fileOf(vault, folder, '.secrets-key'), keys.secrets);
  replaceKeyFile(vault, fileOf(vault, folder, DATA_KEY), keys.data);
  replaceKeyFile(
    vault,
    fileOf(vault, folder),
    Buffer.from(JSON.stringify({ folder, since, legacyBefore, key: key.toString('base64') })),
  );
  // The store these keys seal has its own chain: the head recorded for the one it replaces is void.
  fs.rmSync(fileOf(vault, folder, HEAD_SUFFIX), { force: true });
}
