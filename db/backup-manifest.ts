// The manifest beside each backup (name.manifest.json beside name.sqlite): which pooled documents
// the backup needs, where the pool is, and the audit chain's head when it was taken, so a restored
// store can be compared against it; and the office's recovery bundle (its keys sealed under the
// recovery key), so the backup alone and the recovery key restore the office on a fresh install.
import fs from 'node:fs';
import path from 'node:path';
import { auditChainHead } from './repositories/audit';
import { drizzleOf, openFile } from './sqlite';
import type { PooledDocument } from './backup-documents';
import type { RecoveryBundle } from './recovery-key';

export interface BackupManifest {
  format: 1;
  /** The store file's name, in the manifest's folder. */
  store: string;
  /** The document pool, relative to the manifest's folder. */
  pool: string;
  /** Null for a store from before the audit chain (a before-migration backup of a very old file). */
  auditHead: { id: number; hash: string } | null;
  documents: PooledDocument[];
  /** Files whose content no longer matched their SHA-256 when the backup was taken. */
  damaged: string[];
  /** The recovery bundle the office had when the backup was taken; absent before a recovery key was made. */
  recovery?: RecoveryBundle;
}

export function manifestFileOf(backupFile: string): string {
  return backupFile.replace(/\.sqlite$/, '.manifest.json');
}

/** The audit chain's head as the store file holds it. */
export function auditHeadOf(file: string, key: Buffer | null): BackupManifest['auditHead'] {
  const sqlite = openFile(file, key, { readonly: true, fileMustExist: true });
  try {
    const chained =
      sqlite.prepare("SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'").get() !== undefined;
    return chained ? auditChainHead(drizzleOf(sqlite)) : null;
  } finally {
    sqlite.close();
  }
}

/** Written atomically and flushed, like the store beside it. */
export function writeManifest(backupFile: string, manifest: BackupManifest): void {
  const target = manifestFileOf(backupFile);
  const temp = `${target}.partial`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, JSON.stringify(manifest));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}

/** The manifest of a backup, or null for a store-only backup (taken before backups carried documents). */
export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFileOf(backupFile), 'utf8')) as BackupManifest;
    return manifest.format === 1 ? manifest : null;
  } catch {
    return null;
  }
}

/** The pool a manifest's documents are in, as a full path. */
export function poolOf(backupFile: string, manifest: BackupManifest): string {
  return path.resolve(path.dirname(backupFile), manifest.pool);
}
