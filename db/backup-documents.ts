// The office's documents in its backups. Documents are content-addressed (documents/ab/<sha256>
// beside the store), so backups share one pool of them per backups folder (mitzui-documents/ab/…):
// a file is copied into the pool once, and each backup's manifest lists the files it needs. A pool
// file stays while any manifest in the folders that share the pool still lists it.
//
// Documents are sealed (db/sealed-file.ts) and travel as they are: a copy is never opened. Without the
// key, a copy is checked whole by the SHA-256 of its chunks its header records; a plain file from
// before sealing by the SHA-256 of its content, its name.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isSealed, readHead, sealedFileWhole } from './sealed-file';

export const POOL_FOLDER = 'mitzui-documents';
const SHA256_NAME = /^[0-9a-f]{64}$/;

export interface PooledDocument {
  sha256: string;
  size: number;
}

/** The documents folder beside a store file (as the app writes it). */
export function documentsRoot(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'documents');
}

export function documentPath(root: string, sha256: string): string {
  return path.join(root, sha256.slice(0, 2), sha256);
}

/** Every content-addressed file under `root` (temporary files of a write in progress are not). */
export function documentFiles(root: string): PooledDocument[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((shard) =>
    shard.isDirectory() && /^[0-9a-f]{2}$/.test(shard.name)
      ? fs.readdirSync(path.join(root, shard.name)).flatMap((name) => {
          const stat =
            SHA256_NAME.test(name) &&
            name.startsWith(shard.name) &&
            fs.statSync(path.join(root, shard.name, name), { throwIfNoEntry: false });
          return stat && stat.isFile() ? [{ sha256: name, size: stat.size }] : [];
        })
      : [],
  );
}

/** SHA-256 of a file, read as a stream so the event loop keeps turning on large files. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** The document file is whole, as far as one can tell without the key (see above); false when it is not there. */
export async function documentFileWhole(file: string, sha256: string): Promise<boolean> {
  if (!fs.existsSync(file)) return false;
  return isSealed(readHead(file)) ? sealedFileWhole(file) : (await hashFile(file)) === sha256;
}

/**
 * Copies the file to `to` (temp file, checked whole, flushed, renamed) when it holds the document its
 * name says; false, with nothing left behind, when it does not.
 */
export async function copyVerified(from: string, to: string, sha256: string): Promise<boolean> {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const temp = `${to}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await pipeline(fs.createReadStream(from), fs.createWriteStream(temp, { flags: 'wx' }));
    if (!(await documentFileWhole(temp, sha256))) return false;
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, to);
    return true;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export interface PoolCopy {
  documents: PooledDocument[];
  /** Files in the documents folder whose content no longer matches their name: not backed up. */
  damaged: string[];
}

/**
 * Brings every document under `root` into the pool, copying only those the pool lacks, then checks
 * every pool file the backup will list.
 */
export async function poolDocuments(root: string, pool: string): Promise<PoolCopy> {
  const documents: PooledDocument[] = [];
  const damaged: string[] = [];
  for (const document of documentFiles(root)) {
    const target = documentPath(pool, document.sha256);
    const pooled = await documentFileWhole(target, document.sha256);
    if (pooled || (await copyVerified(documentPath(root, document.sha256), target, document.sha256)))
      documents.push(document);
    else damaged.push(document.sha256);
  }
  return { documents, damaged };
}

/** Copies into `root` each listed document it lacks, from the first pool holding a sound copy; the ones found nowhere. */
export async function bringBackDocuments(root: string, wanted: string[], pools: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const sha256 of new Set(wanted)) {
    const target = documentPath(root, sha256);
    if (fs.existsSync(target)) continue;
    let found = false;
    for (const pool of pools) {
      const source = documentPath(pool, sha256);
      if (fs.existsSync(source) && (await copyVerified(source, target, sha256))) {
        found = true;
        break;
      }
    }
    if (!found) missing.push(sha256);
  }
  return missing;
}

/** Removes pool files that no manifest lists any more, and empty shard folders. */
export function collectPool(pool: string, referenced: Set<string>): number {
  let removed = 0;
  for (const document of documentFiles(pool)) {
    if (referenced.has(document.sha256)) continue;
    fs.rmSync(documentPath(pool, document.sha256), { force: true });
    removed++;
  }
  if (fs.existsSync(pool)) {
    for (const shard of fs.readdirSync(pool)) {
      const dir = path.join(pool, shard);
      if (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    }
  }
  return removed;
}
