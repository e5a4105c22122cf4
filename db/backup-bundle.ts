// The recovery bundle each backup's manifest carries (db/backup-manifest.ts) kept in step with the
// office's: a new recovery key, or the data key rotated under the backups, seals the bundle anew and
// every backup under the current data key gets it, so only the newest recovery key opens them.
// A backup under another key (one the rotation could not rekey, or a copy in a second folder that
// keeps the keys its passphrase sealed) keeps the bundle of its own key.
import { listBackups } from './backup';
import { readManifest, writeManifest } from './backup-manifest';
import { opensWith } from './sqlite';
import type { RecoveryBundle } from './recovery-key';

/** Writes `bundle` into the manifest of each backup in `folders` that `dataKey` opens (a plain one too); returns how many. */
export function resealBackupBundles(folders: string[], bundle: RecoveryBundle, dataKey: Buffer): number {
  let sealed = 0;
  for (const backup of listBackups(...folders)) {
    const manifest = readManifest(backup.file);
    if (!manifest || !opensWith(backup.file, dataKey)) continue;
    writeManifest(backup.file, { ...manifest, recovery: bundle });
    sealed++;
  }
  return sealed;
}
