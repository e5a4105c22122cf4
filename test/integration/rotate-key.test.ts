// Data key rotation on real files, killed with SIGKILL at random points many times: each time the
// office opens (the interrupted rotation finished or dropped), every row is there, the audit chain
// verifies, its backups open with the folder's key, and the recovery key still opens a copy.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDataKey, loadRotationKey } from '../../db/audit-key';
import { checkDatabaseFileOffThread } from '../../db/file-check';
import { documentFiles, documentsRoot } from '../../db/backup-documents';
import { readDocumentFile, sha256Hex } from '../../main/storage/document-files';
import { openRecoveryBundle, readRecoveryBundle } from '../../db/recovery-key';
import { tableCounts } from '../../db/move-package';
import { verifyAuditChain } from '../../db/repositories/audit';
import { openApp } from '../../main/app';
import { fillWithDemoOffice, DEMO_LOGIN } from '../support/demo';
import { tempDir, testKeys } from '../support/temp';
import { bundleChild, runAndKill } from '../support/killed-child';

let rotator: string;
const KILLS = 6;
const data = tempDir('mitzui-rotate-');

beforeAll(async () => {
  rotator = await bundleChild('rotate-writer');
  await fillWithDemoOffice(data.dir, 150, 4);
}, 120_000);
afterAll(() => data.cleanup());

it(`loses nothing when a rotation is killed ${KILLS} times`, async () => {
  const first = await openApp({ keys: testKeys, dataDir: data.dir });
  const login = await first.dispatch(null, 'auth.login', DEMO_LOGIN);
  expect(login.ok).toBe(true);
  await first.keeper.backup(first.keeper.files.manualBackups);
  const recoveryKey = first.keeper.makeRecoveryKey();
  const counts = tableCounts(first.store.sqlite);
  delete counts.audit_log;
  first.close();
  const keys = new Set<string>();

  for (let kill = 0; kill < KILLS; kill++) {
    await runAndKill(rotator, [data.dir], 50 + ((kill * 397) % 2000));
    const app = await openApp({ keys: testKeys, dataDir: data.dir });
    try {
      expect(app.keeper.recoveryError).toBeNull();
      expect(String(app.store.sqlite.pragma('integrity_check', { simple: true }))).toBe('ok');
      const now = tableCounts(app.store.sqlite);
      delete now.audit_log;
      expect(now).toEqual(counts);
      expect(verifyAuditChain(app.store.db)).toMatchObject({ ok: true });
      expect(loadRotationKey(testKeys, data.dir, 'next')).toBeNull();
      expect(loadRotationKey(testKeys, data.dir, 'previous')).toBeNull();
      const key = loadDataKey(testKeys, data.dir)!;
      keys.add(key.toString('hex'));
      for (const backup of app.keeper.list())
        expect(await checkDatabaseFileOffThread(backup.file, key), backup.name).not.toBeNull();
      // Every document, and every file of the backups' pool, opens with the folder's key of the moment.
      for (const root of [documentsRoot(app.store.file), app.keeper.pool]) {
        const stored = documentFiles(root);
        expect(stored.length, root).toBeGreaterThan(0);
        for (const { sha256 } of stored) expect(sha256Hex(readDocumentFile(root, sha256, key))).toBe(sha256);
      }
      // The recovery bundle follows the key.
      expect(openRecoveryBundle(readRecoveryBundle(data.dir)!, recoveryKey).data.equals(key)).toBe(true);
    } finally {
      app.close();
    }
  }
  // The key really changed along the way.
  expect(keys.size).toBeGreaterThan(1);
  expect(fs.existsSync(`${path.join(data.dir, 'mitzui.sqlite')}-journal`)).toBe(false);
}, 300_000);
