// Content-addressed document files survive a full disk: every byte is written or the write fails
// cleanly, with no temporary file left and nothing under the document's name; a short file already
// under the name is not trusted.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readDocumentFile, sha256Hex, storeDocumentFile } from '../../main/storage/document-files';
import { tempDir } from '../support/temp';

let root: { dir: string; cleanup: () => void };
beforeEach(() => (root = tempDir('mitzui-docs-')));
afterEach(() => {
  vi.restoreAllMocks();
  root.cleanup();
});

const key = randomBytes(32);
const bytes = new Uint8Array(Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251));
type WriteSync = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
/** Stands in for a disk that takes at most 4 KiB per write; `fail` makes a call throw instead. */
function chunkedDisk(fail: (call: number) => boolean = () => false): void {
  const write = fs.writeSync as unknown as WriteSync;
  let calls = 0;
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Uint8Array, offset: number, length: number) => {
    if (fail(++calls)) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    return write(fd, buffer, offset, Math.min(length, 4096));
  }) as unknown as typeof fs.writeSync);
}

const filesUnder = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(dir, name)).isFile());

it('writes every byte when the disk takes a little at a time', () => {
  chunkedDisk();
  const sha256 = storeDocumentFile(root.dir, bytes, key);
  expect(sha256Hex(readDocumentFile(root.dir, sha256, key))).toBe(sha256);
});

it('leaves nothing behind when the disk is full', () => {
  chunkedDisk((call) => call > 1);
  expect(() => storeDocumentFile(root.dir, bytes, key)).toThrow(/ENOSPC/);
  expect(filesUnder(root.dir)).toEqual([]);
});

it('replaces a truncated file left under the document’s name', () => {
  const sha256 = sha256Hex(bytes);
  const target = path.join(root.dir, sha256.slice(0, 2), sha256);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes.subarray(0, 1000));
  expect(storeDocumentFile(root.dir, bytes, key)).toBe(sha256);
  expect(sha256Hex(readDocumentFile(root.dir, sha256, key))).toBe(sha256);
  if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
});
