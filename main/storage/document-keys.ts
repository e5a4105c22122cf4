// Whole-folder passes over sealed documents (the office's documents/ or a backup pool, laid out the
// same way): sealing an existing office's plain files, and rewrapping every file's key when the data
// key changes. Each file is replaced whole or not at all (temp file, fsync, rename), so a pass killed
// at any point leaves every document readable, and running it again finishes the job: a file already
// done is recognised and skipped.
import fs from 'node:fs';
import path from 'node:path';
import { documentFiles, documentPath } from '../../db/backup-documents';
import { headerOpensWith, isSealed, readHead, rewrapHeader, sealBytes } from '../../db/sealed-file';
import { replaceFile, sha256Hex } from './document-files';

/** The temp files of these passes (not of an upload in progress, which another process may be writing). */
const PASS_SUFFIX = '.sealing';

export interface FolderProgress {
  done: number;
  total: number;
}

export interface SealingReport {
  sealed: number;
  /** Sealed already (an earlier, interrupted pass; or written sealed). */
  skipped: number;
  /** Plain files whose content no longer hashes to their name: left as they are, never sealed as good. */
  damaged: string[];
}

export interface RewrapReport {
  rewrapped: number;
  /** Their header opens with the new key already. */
  skipped: number;
  /** Plain files (not sealed yet): encryptExistingDocuments seals them. */
  plain: number;
  /** Sealed files whose header opens with neither key, or is damaged. */
  failed: string[];
}

/** Removes what a killed pass left half-written: never a document, only its temp copy. */
function removeLeftovers(root: string): void {
  if (!fs.existsSync(root)) return;
  for (const shard of fs.readdirSync(root, { withFileTypes: true })) {
    if (!shard.isDirectory()) continue;
    for (const name of fs.readdirSync(path.join(root, shard.name)))
      if (name.endsWith(PASS_SUFFIX)) fs.rmSync(path.join(root, shard.name, name), { force: true });
  }
}

/** Lets the event loop turn between files. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Seals every plain document under `root` with `key` (an existing office's conversion). Each file is
 * checked against its name before it is sealed; `signal` stops the pass between two files.
 */
export async function encryptExistingDocuments(
  root: string,
  key: Buffer,
  onProgress?: (progress: FolderProgress) => void,
  signal?: AbortSignal,
): Promise<SealingReport> {
  removeLeftovers(root);
  const files = documentFiles(root);
  const report: SealingReport = { sealed: 0, skipped: 0, damaged: [] };
  for (const [index, { sha256 }] of files.entries()) {
    signal?.throwIfAborted();
    const file = documentPath(root, sha256);
    const raw = fs.readFileSync(file);
    if (isSealed(raw)) report.skipped++;
    else if (sha256Hex(raw) !== sha256) report.damaged.push(sha256);
    else {
      replaceFile(file, sealBytes(raw, key), PASS_SUFFIX);
      report.sealed++;
    }
    onProgress?.({ done: index + 1, total: files.length });
    await breathe();
  }
  return report;
}

/** The file with `head` in place of its header: the chunks are copied byte for byte, never opened. */
function replaceHeader(file: string, head: Buffer): void {
  const temp = `${file}.${path.basename(file).slice(0, 8)}${PASS_SUFFIX}`;
  try {
    fs.copyFileSync(file, temp, fs.constants.COPYFILE_FICLONE);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.writeSync(fd, head, 0, head.length, 0);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Rewraps the key of every sealed document under `root` from `oldKey` to `newKey` (a key rotation):
 * only headers change. `signal` stops the pass between two files; running it again skips the files
 * whose header already opens with the new key.
 */
export async function rewrapDocuments(
  root: string,
  oldKey: Buffer,
  newKey: Buffer,
  onProgress?: (progress: FolderProgress) => void,
  signal?: AbortSignal,
): Promise<RewrapReport> {
  removeLeftovers(root);
  const files = documentFiles(root);
  const report: RewrapReport = { rewrapped: 0, skipped: 0, plain: 0, failed: [] };
  for (const [index, { sha256 }] of files.entries()) {
    signal?.throwIfAborted();
    const file = documentPath(root, sha256);
    const head = readHead(file);
    if (!isSealed(head)) report.plain++;
    else if (headerOpensWith(head, newKey)) report.skipped++;
    else if (!headerOpensWith(head, oldKey)) report.failed.push(sha256);
    else {
      replaceHeader(file, rewrapHeader(head, oldKey, newKey));
      report.rewrapped++;
    }
    onProgress?.({ done: index + 1, total: files.length });
    await breathe();
  }
  return report;
}
