// A finished backup copied whole into another folder (a second disk or a network share): the store,
// checked by SHA-256 against the original, the documents its manifest lists, brought into that
// folder's own pool and checked the same way, and a manifest pointing at that pool. The folder is
// then complete on its own, like a backup into a chosen folder: copy its content into
// backups/manual/ on another machine and the backup appears in the list to restore.
import fs from 'node:fs';
import path from 'node:path';
import type { CreatedBackup } from '../shared/schemas/backup';
import {
  collectBackupPool,
  describeBackup,
  freePath,
  partialOf,
  rotateDailyBackups,
  syncFile,
  syncFolder,
} from './backup';
import { copyVerified, documentFileWhole, documentPath, hashFile, POOL_FOLDER } from './backup-documents';
import { manifestFileOf, poolOf, readManifest, writeManifest } from './backup-manifest';

/** Copies `backupFile` (one of ours, with its manifest) into `folder`; throws when any part cannot be copied whole. */
export async function copyBackup(backupFile: string, folder: string): Promise<CreatedBackup> {
  const manifest = readManifest(backupFile);
  if (!manifest) throw new Error(`The backup ${backupFile} has no manifest to copy`);
  fs.mkdirSync(folder, { recursive: true });
  const target = freePath(folder, path.basename(backupFile));
  const partial = partialOf(target);
  const pool = path.join(folder, POOL_FOLDER);
  const from = poolOf(backupFile, manifest);
  try {
    fs.copyFileSync(backupFile, partial);
    syncFile(partial);
    if ((await hashFile(partial)) !== (await hashFile(backupFile)))
      throw new Error(`The copy of ${backupFile} in ${folder} does not match it`);
    for (const { sha256 } of manifest.documents) {
      const to = documentPath(pool, sha256);
      const pooled = await documentFileWhole(to, sha256);
      if (!pooled && !(await copyVerified(documentPath(from, sha256), to, sha256)))
        throw new Error(`The document ${sha256} of ${backupFile} could not be copied whole`);
    }
    writeManifest(target, { ...manifest, store: path.basename(target), pool: POOL_FOLDER });
    fs.renameSync(partial, target);
    syncFolder(folder);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(manifestFileOf(target), { force: true });
    throw error;
  }
  return {
    ...describeBackup(target)!,
    documents: manifest.documents.length,
    damagedDocuments: manifest.damaged.length,
  };
}

/**
 * The daily backup's copy in the second folder, then that folder's own rotation (the same number of
 * daily backups) and the pool files none of its manifests lists any more.
 */
export async function copyDailyBackup(
  backupFile: string,
  folder: string,
  keep: number,
  now: Date,
): Promise<CreatedBackup> {
  const copy = await copyBackup(backupFile, folder);
  rotateDailyBackups(folder, keep, now);
  collectBackupPool(path.join(folder, POOL_FOLDER), [folder]);
  return copy;
}
