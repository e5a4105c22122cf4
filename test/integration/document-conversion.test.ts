// An existing office's plain documents sealed in place: the demo office loses nothing (every document
// and signed paper opens to its SHA-256), and a conversion killed with SIGKILL part-way leaves every
// file readable, plain or sealed, and finishes when run again.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dataKeyFor } from '../../db/audit-key';
import { documentFiles, documentPath } from '../../db/backup-documents';
import { isSealed } from '../../db/sealed-file';
import { dataFiles } from '../../main/config/paths';
import { encryptExistingDocuments } from '../../main/storage/document-keys';
import { readDocumentFile, sha256Hex } from '../../main/storage/document-files';
import { fillWithDemoOffice } from '../support/demo';
import { tempDir, testKeys } from '../support/temp';
import { openKeyed } from '../support/keyed';

const root = fileURLToPath(new URL('../..', import.meta.url));
const writer = path.join(root, 'dist', 'test-support', 'seal-writer.mjs');
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, 'test/support/seal-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
}, 60_000);

function folder(prefix: string): string {
  const { dir, cleanup } = tempDir(prefix);
  cleanups.push(cleanup);
  return dir;
}

/** Puts each document back in the clear, as an office from before sealing holds it. */
function unseal(documents: string, key: Buffer): void {
  for (const { sha256 } of documentFiles(documents))
    fs.writeFileSync(documentPath(documents, sha256), readDocumentFile(documents, sha256, key));
}

it('seals a demo office’s documents and every document and signed paper still opens to its SHA-256', async () => {
  const dataDir = folder('mitzui-convert-');
  await fillWithDemoOffice(dataDir, 30, 4);
  const key = dataKeyFor(testKeys, dataDir);
  const documents = path.join(dataDir, 'documents');
  unseal(documents, key);
  const files = documentFiles(documents);
  expect(files.length).toBeGreaterThan(0);
  expect(files.every(({ sha256 }) => !isSealed(fs.readFileSync(documentPath(documents, sha256))))).toBe(true);

  const report = await encryptExistingDocuments(documents, key);
  expect(report).toEqual({ sealed: files.length, skipped: 0, damaged: [] });

  const db = openKeyed(dataFiles(dataDir).database, { readonly: true });
  const referenced = db
    .prepare('SELECT sha256 FROM document UNION SELECT sha256 FROM signed_paper')
    .pluck()
    .all() as string[];
  db.close();
  expect(referenced.length).toBeGreaterThan(0);
  for (const sha256 of referenced) {
    const disk = fs.readFileSync(documentPath(documents, sha256));
    expect(disk.includes('%PDF'), sha256).toBe(false);
    expect(sha256Hex(readDocumentFile(documents, sha256, key))).toBe(sha256);
  }
}, 120_000);

it('finishes a conversion killed with SIGKILL part-way, losing nothing', async () => {
  const documents = folder('mitzui-convert-kill-');
  const key = randomBytes(32);
  const contents = Array.from({ length: 300 }, (_, i) =>
    Buffer.concat([Buffer.from(`%PDF-1.7 scan ${i} of ישראלה כהן\n`), randomBytes(150_000)]),
  );
  for (const bytes of contents) {
    const file = documentPath(documents, sha256Hex(bytes));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
  }

  const done = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [writer, documents, key.toString('hex')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      last = Number(chunk.toString().trim().split('\n').at(-1));
      if (last >= 40) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer exited ${code}: ${errors}`)),
    );
  });
  expect(done).toBeGreaterThanOrEqual(40);
  expect(done).toBeLessThan(contents.length);

  // Killed: each file is whole, plain or sealed, and reads as what was stored.
  const sealedNow = contents.filter((bytes) =>
    isSealed(fs.readFileSync(documentPath(documents, sha256Hex(bytes)))),
  ).length;
  expect(sealedNow).toBeGreaterThanOrEqual(40);
  expect(sealedNow).toBeLessThan(contents.length);
  for (const bytes of contents) expect(readDocumentFile(documents, sha256Hex(bytes), key).equals(bytes)).toBe(true);

  const rerun = await encryptExistingDocuments(documents, key);
  expect(rerun.sealed + rerun.skipped).toBe(contents.length);
  expect(rerun.skipped).toBe(sealedNow);
  expect(rerun.damaged).toEqual([]);
  for (const bytes of contents) {
    const file = documentPath(documents, sha256Hex(bytes));
    expect(isSealed(fs.readFileSync(file))).toBe(true);
    expect(readDocumentFile(documents, sha256Hex(bytes), key).equals(bytes)).toBe(true);
  }
  // Nothing but the documents is left: no temp file of the killed pass.
  const names = (fs.readdirSync(documents, { recursive: true }) as string[]).filter((name) =>
    fs.statSync(path.join(documents, name)).isFile(),
  );
  expect(names).toHaveLength(contents.length);
}, 120_000);
