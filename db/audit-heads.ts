// The audit heads recorded outside the log — in the manifests of the office's backups — that the
// live chain must still contain. Rows cut off the end of the log leave no break in the chain itself;
// a head a backup recorded and the log no longer holds is how they show. Backups taken before the
// latest restore (or an office moved in from a desk) recorded a log that was replaced on purpose, so
// they are not compared. The head recorded in the key folder after each commit (db/audit-head-file.ts)
// is compared too: it shows rows cut off after the newest backup.
import type { AuditHead } from '../shared/api/procedures/audit';
import type { BackupInfo } from '../shared/schemas/backup';
import { readAuditHead } from './audit-head-file';
import { readManifest } from './backup-manifest';
import type { Db } from './open';
import { prepared } from './statements';

export function recordedHeads(db: Db, backups: BackupInfo[], headFile: string | undefined): AuditHead[] {
  const recorded = headFile ? readAuditHead(headFile) : null;
  const lastRestore = prepared(
    db,
    "SELECT at FROM audit_log WHERE action IN ('restore', 'move_in') ORDER BY id DESC LIMIT 1",
  )
    .pluck()
    .get() as string | undefined;
  return backups
    .filter(
      (backup) => backup.kind !== 'before-restore' && (lastRestore === undefined || backup.createdAt > lastRestore),
    )
    .flatMap((backup) => readManifest(backup.file)?.auditHead ?? [])
    .concat(recorded ?? []);
}
