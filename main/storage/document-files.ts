// Content-addressed files: documents/ab/abcdef… under the data folder. Written to a temp file,
// flushed and renamed, so a crash never leaves half a document under a real name.
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

/** Stores the bytes once per content; returns their hash. */
export function storeDocumentFile(root: string, bytes: Uint8Array): string {
  const sha256 = sha256Hex(bytes);
  const target = pathOf(root, sha256);
  if (fs.existsSync(target)) return sha256;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  return sha256;
}

export function readDocumentFile(root: string, sha256: string): Buffer {
  return fs.readFileSync(pathOf(root, sha256));
}
