// Stored documents are sealed per file: the bytes on disk give no content away, any change to them
// (a flipped byte, a cut-off tail, chunks swapped) is refused with a clear error, files from before
// sealing still open, and the data key can be rotated by rewrapping headers only.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFiles, documentFileWhole, documentPath } from '../../db/backup-documents';
import { HEADER_SIZE, openSealed, sealBytes, SealedFileError } from '../../db/sealed-file';
import { encryptExistingDocuments, rewrapDocuments } from '../../main/storage/document-keys';
import {
  DocumentChangedError,
  readDocumentFile,
  sha256Hex,
  storeDocumentFile,
} from '../../main/storage/document-files';
import { tempDir } from '../support/temp';

const CLIENT = 'ישראלה כהן-מזרחי';
const CHUNK = 64 * 1024;
const RECORD = 12 + CHUNK + 16;

/** A scan-sized document that names its client again and again, with bytes a `strings` search would find. */
function clientDocument(size = 200_000): Buffer {
  const line = Buffer.from(`%PDF-1.7 ${CLIENT} Medical summary for Israela Cohen-Mizrahi ID 012345674\n`);
  return Buffer.concat(Array.from({ length: Math.ceil(size / line.length) }, () => line)).subarray(0, size);
}

/** Runs of printable bytes, as `strings` prints them (ASCII and UTF-8 Hebrew alike). */
function holdsText(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'utf8'));
}

let root: { dir: string; cleanup: () => void };
beforeEach(() => (root = tempDir('mitzui-sealed-')));
afterEach(() => root.cleanup());

function reason(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof SealedFileError) return error.reason;
    if (error instanceof DocumentChangedError) return 'changed';
    throw error;
  }
  return 'opened';
}

describe('a stored document', () => {
  const key = randomBytes(32);

  it('holds no plaintext on disk and opens to its SHA-256', () => {
    const bytes = clientDocument();
    const sha256 = storeDocumentFile(root.dir, bytes, key);
    const disk = fs.readFileSync(documentPath(root.dir, sha256));
    for (const text of [CLIENT, 'Israela', '012345674', '%PDF', bytes.subarray(1000, 1016).toString('latin1')])
      expect(holdsText(disk, text), text).toBe(false);
    expect(sha256Hex(readDocumentFile(root.dir, sha256, key))).toBe(sha256);
  });

  it('refuses a flipped byte, a cut-off file, swapped chunks and another office’s key', () => {
    const bytes = clientDocument(3 * CHUNK + 500);
    const sha256 = storeDocumentFile(root.dir, bytes, key);
    const file = documentPath(root.dir, sha256);
    const sealed = fs.readFileSync(file);
    const tryWith = (changed: Buffer, withKey = key) => {
      fs.writeFileSync(file, changed);
      return reason(() => readDocumentFile(root.dir, sha256, withKey));
    };

    const flipped = Buffer.from(sealed);
    flipped[HEADER_SIZE + RECORD + 100]! ^= 1;
    expect(tryWith(flipped)).toBe('damaged');
    const flippedHeader = Buffer.from(sealed);
    flippedHeader[HEADER_SIZE - 20]! ^= 1;
    expect(tryWith(flippedHeader)).toBe('damaged');
    expect(tryWith(sealed.subarray(0, HEADER_SIZE + 2 * RECORD))).toBe('truncated'); // cut at a chunk boundary
    expect(tryWith(sealed.subarray(0, sealed.length - 7))).toBe('damaged'); // cut inside the last chunk
    expect(tryWith(sealed.subarray(0, HEADER_SIZE))).toBe('truncated');
    const body = (i: number) => sealed.subarray(HEADER_SIZE + i * RECORD, HEADER_SIZE + (i + 1) * RECORD);
    expect(
      tryWith(
        Buffer.concat([sealed.subarray(0, HEADER_SIZE), body(1), body(0), sealed.subarray(HEADER_SIZE + 2 * RECORD)]),
      ),
    ).toBe('damaged');
    expect(tryWith(sealed, randomBytes(32))).toBe('wrongKey');
    const other = sealBytes(clientDocument(1000), key); // a whole, good file of another document under this name
    expect(tryWith(other)).toBe('changed');
    expect(tryWith(sealed)).toBe('opened');
    expect(() => openSealed(flipped, key)).toThrow(/damaged or was changed \(chunk 1\)/);
  });

  it('is checked whole without the key: a copy with a flipped byte or a lost tail is not', async () => {
    const sha256 = storeDocumentFile(root.dir, clientDocument(), key);
    const file = documentPath(root.dir, sha256);
    const sealed = fs.readFileSync(file);
    expect(await documentFileWhole(file, sha256)).toBe(true);
    const flipped = Buffer.from(sealed);
    flipped[sealed.length - 3]! ^= 0x10;
    fs.writeFileSync(file, flipped);
    expect(await documentFileWhole(file, sha256)).toBe(false);
    fs.writeFileSync(file, sealed.subarray(0, HEADER_SIZE + RECORD));
    expect(await documentFileWhole(file, sha256)).toBe(false);
  });

  it('opens an empty document and one of an exact number of chunks', () => {
    for (const bytes of [Buffer.alloc(0), clientDocument(2 * CHUNK)])
      expect(openSealed(sealBytes(bytes, key), key).equals(bytes)).toBe(true);
  });

  it('still reads a plain file from before sealing, and refuses one changed since', () => {
    const bytes = clientDocument();
    const sha256 = sha256Hex(bytes);
    fs.mkdirSync(path.dirname(documentPath(root.dir, sha256)), { recursive: true });
    fs.writeFileSync(documentPath(root.dir, sha256), bytes);
    expect(readDocumentFile(root.dir, sha256, key).equals(bytes)).toBe(true);
    fs.appendFileSync(documentPath(root.dir, sha256), 'x');
    expect(reason(() => readDocumentFile(root.dir, sha256, key))).toBe('changed');
  });

  it('seals a plain file anew when the same content is stored again', () => {
    const bytes = clientDocument();
    const sha256 = sha256Hex(bytes);
    fs.mkdirSync(path.dirname(documentPath(root.dir, sha256)), { recursive: true });
    fs.writeFileSync(documentPath(root.dir, sha256), bytes);
    storeDocumentFile(root.dir, bytes, key);
    expect(holdsText(fs.readFileSync(documentPath(root.dir, sha256)), CLIENT)).toBe(false);
  });
});

describe('whole-folder passes', () => {
  /** Plain files as an office from before sealing has them. */
  function plainFolder(count: number): Buffer[] {
    const contents = Array.from({ length: count }, (_, i) =>
      Buffer.concat([Buffer.from(`${i} `), clientDocument(10_000 + i * 1000)]),
    );
    for (const bytes of contents) {
      const file = documentPath(root.dir, sha256Hex(bytes));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    return contents;
  }

  it('seals an existing folder, keeps damaged files as they are, and a second pass changes nothing', async () => {
    const key = randomBytes(32);
    const contents = plainFolder(12);
    const damaged = sha256Hex(contents[3]!);
    fs.appendFileSync(documentPath(root.dir, damaged), 'x');
    const progress: number[] = [];
    const report = await encryptExistingDocuments(root.dir, key, (p) => progress.push(p.done));
    expect(report).toEqual({ sealed: 11, skipped: 0, damaged: [damaged] });
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const bytes of contents.filter((_, i) => i !== 3)) {
      const sha256 = sha256Hex(bytes);
      expect(holdsText(fs.readFileSync(documentPath(root.dir, sha256)), CLIENT)).toBe(false);
      expect(readDocumentFile(root.dir, sha256, key).equals(bytes)).toBe(true);
    }
    expect(await encryptExistingDocuments(root.dir, key)).toEqual({ sealed: 0, skipped: 11, damaged: [damaged] });
  });

  it('rewraps under a new key touching headers only; the old key is refused after; a stopped pass resumes', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const contents = Array.from({ length: 8 }, (_, i) => clientDocument(CHUNK + i));
    const shas = contents.map((bytes) => storeDocumentFile(root.dir, bytes, oldKey));
    const before = new Map(shas.map((sha256) => [sha256, fs.readFileSync(documentPath(root.dir, sha256))]));

    const stop = new AbortController();
    await expect(
      rewrapDocuments(root.dir, oldKey, newKey, (p) => p.done === 3 && stop.abort(), stop.signal),
    ).rejects.toThrow();
    const resumed = await rewrapDocuments(root.dir, oldKey, newKey);
    expect(resumed).toEqual({ rewrapped: 5, skipped: 3, plain: 0, failed: [] });

    for (const [i, sha256] of shas.entries()) {
      const after = fs.readFileSync(documentPath(root.dir, sha256));
      expect(after.subarray(HEADER_SIZE).equals(before.get(sha256)!.subarray(HEADER_SIZE))).toBe(true);
      expect(readDocumentFile(root.dir, sha256, newKey).equals(contents[i]!)).toBe(true);
      expect(reason(() => readDocumentFile(root.dir, sha256, oldKey))).toBe('wrongKey');
    }
    expect(documentFiles(root.dir)).toHaveLength(8);
    const strangers = await rewrapDocuments(root.dir, randomBytes(32), randomBytes(32));
    expect([strangers.rewrapped, strangers.failed.toSorted()]).toEqual([0, shas.toSorted()]);
  });
});
