// The office was brought to this folder by its recovery key, or by its keys from a backup folder: the
// key (or the sheet beside that backup) was used on another machine, so the owner is asked for a new
// recovery key until one is made and confirmed. A small file in the data folder says since when; it
// survives restarts and is removed when the new key is confirmed.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const FILE = 'mitzui-recovery-renewal.json';
const schema = z.object({ since: z.string() });

function fileOf(dataDir: string): string {
  return path.join(dataDir, FILE);
}

/** Since when a new recovery key is due; null when none is. */
export function renewalDueSince(dataDir: string): string | null {
  try {
    return schema.parse(JSON.parse(fs.readFileSync(fileOf(dataDir), 'utf8'))).since;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Written atomically (temp file, flush, rename). */
export function markRenewalDue(dataDir: string, at: Date): void {
  const file = fileOf(dataDir);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(temp, JSON.stringify({ since: at.toISOString() }), { mode: 0o600, flag: 'wx', flush: true });
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

export function clearRenewal(dataDir: string): void {
  fs.rmSync(fileOf(dataDir), { force: true });
}
