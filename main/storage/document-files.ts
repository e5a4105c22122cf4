// Content-addressed files: documents/ab/abcdef… under the data folder, each sealed with the folder's
// data key (db/sealed-file.ts). Written to a temp file, flushed and renamed, so a crash never leaves
// half a document under a real name; a file already under the name is trusted only when it opens with
// the key and its content still hashes to the name (a full disk or a crash elsewhere may have left it
// short), and is replaced otherwise. Files from before sealing (plain) still read, checked the same way.
//
// The name stays the SHA-256 of the plain content. It lets one who already holds a document's exact
// bytes confirm that the office holds it too; it tells nothing about a document one does not hold. A
// name keyed by a secret would hide even that, but every backup pool, manifest and move package names
// files the same way and is checked without the key, and a key rotation would have to rename them all
// — or, with a key of its own, one more key whose loss leaves every document unfindable. The store's
// references (documents.sha256) stay what they were.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isSealed, openSealed, plainContent, sealBytes, SealedFileError } from '../../db/sealed-file';

export function documentsDir(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'documents');
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function documentFilePath(root: string, sha256: string): string {
  return path.join(root, sha256.slice(0, 2), sha256);
}

/** The file under the name is sealed with `key` and opens to the content the name says. */
function holds(file: string, sha256: string, key: Buffer): boolean {
  try {
    const raw = fs.readFileSync(file);
    return isSealed(raw) && sha256Hex(openSealed(raw, key)) === sha256;
  } catch {
    return false;
  }
}

/** Writes every byte: writeSync may write fewer than asked (a full disk, a signal). */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
    // A write that makes no progress would loop for ever; ENOSPC normally throws before this.
    if (written <= 0) throw Object.assign(new Error('No space left to write the document'), { code: 'ENOSPC' });
    offset += written;
  }
}

/**
 * Puts `bytes` under `target`: a temp file beside it (named with `suffix`), flushed, then renamed.
 * Nothing is left behind on failure.
 */
export function replaceFile(target: string, bytes: Uint8Array, suffix = '.tmp'): void {
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.${randomBytes(6).toString('hex')}${suffix}`;
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      writeAll(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Stores the bytes, sealed, once per content; returns their hash. */
export function storeDocumentFile(root: string, bytes: Uint8Array, key: Buffer): string {
  const sha256 = sha256Hex(bytes);
  const target = documentFilePath(root, sha256);
  if (!holds(target, sha256, key)) replaceFile(target, sealBytes(bytes, key));
  return sha256;
}

/** The content does not hash to the name: the file was changed (or damaged) outside the app. */
export class DocumentChangedError extends Error {
  constructor(readonly sha256: string) {
    super(`The document file ${sha256} does not hold the content it was stored with`);
  }
}

/**
 * The document's plain content, proven to be what was stored: throws ENOENT when the file is gone,
 * SealedFileError when it will not open, DocumentChangedError when it opens to other content.
 */
export function readDocumentFile(root: string, sha256: string, key: Buffer): Buffer {
  const raw = fs.readFileSync(documentFilePath(root, sha256));
  let plain: Buffer;
  try {
    plain = plainContent(raw, key);
  } catch (error) {
    // A plain document from before sealing that happens to start like a sealed one.
    if (error instanceof SealedFileError && sha256Hex(raw) === sha256) return raw;
    throw error;
  }
  if (sha256Hex(plain) !== sha256) throw new DocumentChangedError(sha256);
  return plain;
}
