// The audit chain's head (its newest row's id and seal) recorded outside the store, in the key folder
// beside the folder's audit key, after each commit that added audit rows. Rows cut off the end of the
// log leave no break in the chain itself; against this head they show, even after the newest backup.
// The record only moves forward along the same chain: once the chain no longer holds the recorded head
// it is left as it is, so the app's next row does not paper over the cut. A restore or an office's move
// replaces the chain on purpose and voids the record (forgetAuditHead, replaceFolderKeys).
// What it does not cover: rows cut within moments of a crash, before the record was written; and
// whoever can write the key folder can rewrite this file as they could re-seal the chain.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import type { AuditHead } from '../shared/api/procedures/audit';
import { HEAD_SUFFIX, keyFolderFile, type KeyVault } from './audit-key';

const stored = z.object({ id: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export function auditHeadFile(vault: KeyVault, dataDir: string): string {
  return keyFolderFile(vault, dataDir, HEAD_SUFFIX);
}

/** The recorded head; null when none was recorded yet. A damaged record is reported, not ignored. */
export function readAuditHead(file: string): AuditHead | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return stored.parse(JSON.parse(raw));
}

/** Atomically (temp file, rename): a crash leaves the previous record whole. */
export function writeAuditHead(file: string, head: AuditHead): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify(head), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Before a store replaced on purpose (a restore) is opened: its chain is not the recorded one. */
export function forgetAuditHead(vault: KeyVault, dataDir: string): void {
  fs.rmSync(auditHeadFile(vault, dataDir), { force: true });
}
