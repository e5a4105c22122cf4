// The envelope a stored document (and every copy of it: backups, move packages) is kept in. Each file
// has its own random 256-bit key; the folder's data key only wraps it, so a change of data key
// rewrites the header and never the content. The content is cut into fixed-size chunks, each sealed
// with AES-256-GCM under its own random nonce, its index and a last-chunk flag bound as additional
// data: a flipped bit, a dropped tail, or chunks reordered or swapped (also between files: each file
// has its own key) fail authentication. Chunks keep memory flat and name the damaged place, though
// documents stay under the 20 MB upload limit (NIST SP 800-38D §8.3: at most 2^32 random nonces per key).
//
// The header also holds the SHA-256 of the chunks: without the key, a backup check can tell a whole
// copy from a damaged one (a disk error, a cut-off copy); with the key, opening authenticates it all.
//
// Layout: magic "MZSEALED" | version 1 | key id (8) | chunk size (u32 BE) | SHA-256 of the chunks (32)
//         | wrap nonce (12) | wrapped file key (32) | wrap tag (16) — then chunks of nonce (12) | ciphertext | tag (16).
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';

const MAGIC = Buffer.from('MZSEALED', 'latin1');
const VERSION = 1;
const CHUNK_SIZE = 64 * 1024;
const NONCE = 12;
const TAG = 16;
const KEY_ID = 8;
const BOUND = MAGIC.length + 1 + KEY_ID + 4 + 32; // the header's part the wrap authenticates
export const HEADER_SIZE = BOUND + NONCE + 32 + TAG;

export type SealRefusal = 'wrongKey' | 'damaged' | 'truncated' | 'format';

const REASONS: Record<SealRefusal, string> = {
  wrongKey: 'was sealed with another data key',
  damaged: 'is damaged or was changed',
  truncated: 'is cut short',
  format: 'is not a sealed document',
};

/** A sealed file that will not open; `chunk` names the first chunk that failed, when one did. */
export class SealedFileError extends Error {
  constructor(
    readonly reason: SealRefusal,
    readonly chunk: number | null = null,
  ) {
    super(`The sealed file ${REASONS[reason]}${chunk === null ? '' : ` (chunk ${chunk})`}`);
  }
}

function derived(dataKey: Buffer, purpose: string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `mitzui sealed documents: ${purpose}`, length));
}

/** Names the data key in a header without giving it away. */
export function keyIdOf(dataKey: Buffer): Buffer {
  return derived(dataKey, 'key id', KEY_ID);
}

/** The data key seals the store too: documents wrap with a key of their own derived from it. */
function wrapKeyOf(dataKey: Buffer): Buffer {
  return derived(dataKey, 'wrap', 32);
}

interface Header {
  keyId: Buffer;
  chunkSize: number;
  bodySha256: Buffer;
  bound: Buffer;
  wrapNonce: Buffer;
  wrapped: Buffer;
  wrapTag: Buffer;
}

/** True when the bytes start as a sealed file does (a legacy plain document does not). */
export function isSealed(bytes: Uint8Array): boolean {
  return (
    bytes.length >= HEADER_SIZE &&
    Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC) &&
    bytes[MAGIC.length] === VERSION
  );
}

function parseHeader(bytes: Buffer): Header {
  if (!isSealed(bytes))
    throw new SealedFileError(
      bytes.length < HEADER_SIZE && bytes.subarray(0, MAGIC.length).equals(MAGIC) ? 'truncated' : 'format',
    );
  let at = MAGIC.length + 1;
  const take = (length: number) => bytes.subarray(at, (at += length));
  const keyId = take(KEY_ID);
  const chunkSize = take(4).readUInt32BE(0);
  if (chunkSize < 1 || chunkSize > 16 * 1024 * 1024) throw new SealedFileError('format');
  return {
    keyId,
    chunkSize,
    bodySha256: take(32),
    bound: bytes.subarray(0, BOUND),
    wrapNonce: take(NONCE),
    wrapped: take(32),
    wrapTag: take(TAG),
  };
}

function headerBytes(dataKey: Buffer, chunkSize: number, bodySha256: Buffer, fileKey: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(chunkSize);
  const bound = Buffer.concat([MAGIC, Buffer.of(VERSION), keyIdOf(dataKey), size, bodySha256]);
  const wrapNonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', wrapKeyOf(dataKey), wrapNonce);
  cipher.setAAD(bound);
  const wrapped = Buffer.concat([cipher.update(fileKey), cipher.final()]);
  return Buffer.concat([bound, wrapNonce, wrapped, cipher.getAuthTag()]);
}

function unwrap(header: Header, dataKey: Buffer): Buffer {
  if (!header.keyId.equals(keyIdOf(dataKey))) throw new SealedFileError('wrongKey');
  const decipher = createDecipheriv('aes-256-gcm', wrapKeyOf(dataKey), header.wrapNonce);
  decipher.setAAD(header.bound);
  decipher.setAuthTag(header.wrapTag);
  try {
    return Buffer.concat([decipher.update(header.wrapped), decipher.final()]);
  } catch {
    throw new SealedFileError('damaged');
  }
}

function chunkAad(index: number, final: boolean): Buffer {
  const aad = Buffer.alloc(MAGIC.length + 1 + 8 + 1);
  MAGIC.copy(aad);
  aad[MAGIC.length] = VERSION;
  aad.writeBigUInt64BE(BigInt(index), MAGIC.length + 1);
  aad[aad.length - 1] = final ? 1 : 0;
  return aad;
}

/** Seals `plain` under a new random file key wrapped by `dataKey`. */
export function sealBytes(plain: Uint8Array, dataKey: Buffer, chunkSize = CHUNK_SIZE): Buffer {
  const fileKey = randomBytes(32);
  const count = Math.max(1, Math.ceil(plain.length / chunkSize));
  // One buffer for the whole file, the header filled in last: a large document is copied once.
  const sealed = Buffer.allocUnsafe(HEADER_SIZE + count * (NONCE + TAG) + plain.length);
  let at = HEADER_SIZE;
  const put = (bytes: Buffer) => (at += bytes.copy(sealed, at));
  for (let index = 0; index < count; index++) {
    const nonce = randomBytes(NONCE);
    const cipher = createCipheriv('aes-256-gcm', fileKey, nonce);
    cipher.setAAD(chunkAad(index, index === count - 1));
    put(nonce);
    put(cipher.update(plain.subarray(index * chunkSize, (index + 1) * chunkSize)));
    put(cipher.final());
    put(cipher.getAuthTag());
  }
  const bodySha256 = createHash('sha256').update(sealed.subarray(HEADER_SIZE)).digest();
  headerBytes(dataKey, chunkSize, bodySha256, fileKey).copy(sealed, 0);
  return sealed;
}

/** The plain content; throws SealedFileError when the key is not the one or any byte changed. */
export function openSealed(sealed: Buffer, dataKey: Buffer): Buffer {
  const header = parseHeader(sealed);
  const fileKey = unwrap(header, dataKey);
  const record = NONCE + header.chunkSize + TAG;
  const body = sealed.subarray(HEADER_SIZE);
  if (body.length < NONCE + TAG) throw new SealedFileError('truncated', 0);
  const count = Math.ceil(body.length / record);
  const parts: Buffer[] = [];
  for (let index = 0; index < count; index++) {
    const chunk = body.subarray(index * record, (index + 1) * record);
    if (chunk.length < NONCE + TAG) throw new SealedFileError('truncated', index);
    const decipher = createDecipheriv('aes-256-gcm', fileKey, chunk.subarray(0, NONCE));
    decipher.setAAD(chunkAad(index, index === count - 1));
    decipher.setAuthTag(chunk.subarray(chunk.length - TAG));
    try {
      parts.push(decipher.update(chunk.subarray(NONCE, chunk.length - TAG)), decipher.final());
    } catch {
      // A last chunk that was never marked last: the file lost its tail at a chunk boundary.
      const cutShort = index === count - 1 && chunk.length === record;
      throw new SealedFileError(cutShort ? 'truncated' : 'damaged', index);
    }
  }
  return Buffer.concat(parts);
}

/** A document file's content: opened when sealed, as it is when plain (from before sealing). */
export function plainContent(raw: Buffer, dataKey: Buffer): Buffer {
  return isSealed(raw) ? openSealed(raw, dataKey) : raw;
}

/** The header re-made for `newKey` (the same file key, a new wrap); the chunks stay as they are. */
export function rewrapHeader(header: Buffer, oldKey: Buffer, newKey: Buffer): Buffer {
  const parsed = parseHeader(header);
  return headerBytes(newKey, parsed.chunkSize, Buffer.from(parsed.bodySha256), unwrap(parsed, oldKey));
}

/** The first HEADER_SIZE bytes of a file (fewer when it is shorter). */
export function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(HEADER_SIZE);
    return head.subarray(0, fs.readSync(fd, head, 0, HEADER_SIZE, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** The header names `dataKey` and its wrap opens with it. */
export function headerOpensWith(head: Buffer, dataKey: Buffer): boolean {
  try {
    unwrap(parseHeader(head), dataKey);
    return true;
  } catch {
    return false;
  }
}

/**
 * Without the key: the file is a sealed file and its chunks still hash to what its header recorded —
 * a whole copy, not a damaged or cut-off one. (Whoever holds the key authenticates it by opening it.)
 */
export async function sealedFileWhole(file: string): Promise<boolean> {
  let header: Header;
  try {
    header = parseHeader(readHead(file));
  } catch {
    return false;
  }
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { start: HEADER_SIZE, highWaterMark: 1024 * 1024 }))
    hash.update(chunk as Buffer);
  return hash.digest().equals(header.bodySha256);
}
