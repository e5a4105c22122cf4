// Stored documents, sealed (AES-256-GCM per 64 KiB chunk under a file key wrapped by the data key)
// against the plain files the app kept before: writing (temp file, fsync, rename) and reading back
// with the SHA-256 check, for scan-sized files and the largest upload. The raw column is the plain
// file; the ratio is what sealing costs.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  documentFilePath,
  readDocumentFile,
  replaceFile,
  sha256Hex,
  storeDocumentFile,
} from '../main/storage/document-files';
import { MAX_DOCUMENT_BYTES } from '../shared/schemas/work';
import { scratchDir } from './store';
import { stats, timeEach, type Row } from './timing';

/** The plain read as the app did it before sealing: the file, checked against its name. */
function readPlain(root: string, sha256: string): Buffer {
  const bytes = fs.readFileSync(documentFilePath(root, sha256));
  if (sha256Hex(bytes) !== sha256) throw new Error(`${sha256} changed`);
  return bytes;
}

function sized(label: string, size: number, count: number): { label: string; contents: Buffer[] } {
  return { label, contents: Array.from({ length: count }, () => randomBytes(size)) };
}

export async function benchDocuments(count: number): Promise<Row[]> {
  const key = randomBytes(32);
  const rows: Row[] = [];
  for (const { label, contents } of [
    sized('a 500 KiB scan', 500 * 1024, count),
    sized(`the largest upload (${MAX_DOCUMENT_BYTES / 2 ** 20} MiB)`, MAX_DOCUMENT_BYTES, 5),
  ]) {
    const sealed = scratchDir('mitzui-bench-sealed-');
    const plain = scratchDir('mitzui-bench-plain-');
    try {
      const warmUp = Math.min(3, contents.length - 1);
      const writeSealed = stats(await timeEach(contents, (bytes) => storeDocumentFile(sealed.dir, bytes, key), warmUp));
      const writePlain = stats(
        await timeEach(contents, (bytes) => replaceFile(documentFilePath(plain.dir, sha256Hex(bytes)), bytes), warmUp),
      );
      const shas = contents.map(sha256Hex);
      const readSealed = stats(await timeEach(shas, (sha256) => readDocumentFile(sealed.dir, sha256, key), warmUp));
      const readBare = stats(await timeEach(shas, (sha256) => readPlain(plain.dir, sha256), warmUp));
      const size = (dir: string) =>
        shas.reduce((sum, sha256) => sum + fs.statSync(path.join(dir, sha256.slice(0, 2), sha256)).size, 0);
      const overhead = ((size(sealed.dir) / size(plain.dir) - 1) * 100).toFixed(2);
      const figures = (app: typeof writeSealed, raw: typeof writeSealed) => ({
        unit: 'ms' as const,
        app: app.p50,
        raw: raw.p50,
        appCpu: app.cpu.p50,
        rawCpu: raw.cpu.p50,
      });
      rows.push(
        {
          operation: `store ${label}, sealed vs plain, p50 (file ${overhead}% larger)`,
          ...figures(writeSealed, writePlain),
          target: '—',
          pass: null,
        },
        {
          operation: `read ${label} with its SHA-256 check, sealed vs plain, p50`,
          ...figures(readSealed, readBare),
          target: '—',
          pass: null,
        },
      );
    } finally {
      sealed.cleanup();
      plain.cleanup();
    }
  }
  return rows;
}
