// Content-addressed files: documents/ab/abcdef… under the data folder. Written to a temp file,
// flushed and renamed, so a crash never leaves half a document under a real name; a file already
// under the name is trusted only when its bytes still hash to it (a full disk or a crash elsewhere
// may have left it short), and is replaced otherwise.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function documentsDir(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'documents');
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function pathOf(root: string, sha256: string): string {
  return path.join(root, sha256.slice(0, 2), sha256);
}

function holds(file: string, sha256: string): boolean {
  try {
    return sha256Hex(fs.readFileSync(file)) === sha256;
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

/** Stores the bytes once per content; returns their hash. Nothing is left behind on failure. */
export function storeDocumentFile(root: string, bytes: Uint8Array): string {
  const sha256 = sha256Hex(bytes);
  const target = pathOf(root, sha256);
  if (holds(target, sha256)) return sha256;
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
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
  return sha256;
}

export function readDocumentFile(root: string, sha256: string): Buffer {
  return fs.readFileSync(pathOf(root, sha256));
}
