// The daily backup's second copy (MITZUI_SECOND_BACKUP_DIR: another disk or a share), on real files:
// whole and self-contained — store, manifest and its own pool of documents — so it restores on a new
// machine; rotated like the daily folder; and a folder that cannot be written is logged, audited and
// shown with the backups, while the daily backup itself stands.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFolderKeys } from '../../db/audit-key';
import { listBackups } from '../../db/backup';
import { documentFiles, hashFile, POOL_FOLDER } from '../../db/backup-documents';
import { openBackupKeyFile } from '../../db/backup-key-file';
import { readManifest } from '../../db/backup-manifest';
import { openApp } from '../../main/app';
import type { SessionState } from '../../main/services/sessions';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { expectOk, openTestApp, OWNER, SETUP_INPUT } from '../support/app';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { tempDir, testKeys } from '../support/temp';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

const folder = (prefix: string): string => {
  const { dir, cleanup } = tempDir(prefix);
  cleanups.push(cleanup);
  return dir;
};

const PASSPHRASE = 'גיבוי-לדיסק-חיצוני-2026';
const PDF = Buffer.from('%PDF-1.4 the committee decision letter');

/** An office on a real data folder with a second backup folder, its owner signed in, one client with a document. */
async function officeWithSecondFolder(secondBackupDir: string, keepDailyBackups = 14) {
  const dataDir = folder('mitzui-data-');
  const clock = { now: new Date('2026-03-01T08:00:00Z') };
  const app = await openApp({ dataDir, keys: testKeys, secondBackupDir, keepDailyBackups, now: () => clock.now });
  cleanups.push(() => app.close());
  const call = <N extends ProcedureName>(token: string | null, name: N, input: InputOf<N>) =>
    app.dispatch(app.sessions.resolve(token) as SessionState, name, input) as Promise<ApiResult<OutputOf<N>>>;
  expectOk(await call(null, 'office.setup', SETUP_INPUT));
  const token = signedIn(await call(null, 'auth.login', OWNER)).token;
  const client = expectOk(
    await call(token, 'clients.create', {
      idNumber: validId('03456789'),
      firstNameHe: 'רחל',
      lastNameHe: 'לוי',
      birthDate: '1975-04-12',
      sex: 'female',
    }),
  );
  const document = expectOk(
    await call(token, 'documents.add', {
      clientId: client.id,
      claimId: null,
      kind: 'medical_record',
      name: 'החלטה.pdf',
      mimeType: 'application/pdf',
      contentBase64: PDF.toString('base64'),
    }),
  );
  return { app, dataDir, clock, call, token, documentId: document.id };
}

describe('the second backup folder', () => {
  it('gets a whole, self-contained copy of each daily backup that restores on a new machine', async () => {
    const second = path.join(folder('mitzui-second-'), 'nas', 'mitzui');
    const { app, dataDir, call, token, documentId } = await officeWithSecondFolder(second);

    const daily = (await app.keeper.runDailyBackup())!;
    const [copy] = listBackups(second);
    expect(copy).toMatchObject({ name: daily.name, kind: 'daily', size: daily.size });
    expect(await hashFile(copy!.file)).toBe(await hashFile(daily.file));
    // Its manifest points at the pool inside the second folder, which holds every document it lists.
    const manifest = readManifest(copy!.file)!;
    expect(manifest.pool).toBe(POOL_FOLDER);
    expect(manifest.documents).toEqual(readManifest(daily.file)!.documents);
    expect(documentFiles(path.join(second, POOL_FOLDER))).toEqual(manifest.documents);

    // The owner sees where the copy went and that it worked; the audit log says so too.
    expect(expectOk(await call(token, 'backup.list', {})).secondCopy).toEqual({
      folder: second,
      at: '2026-03-01T08:00:00.000Z',
      error: null,
    });
    // The owner seals the office's keys into the folder with a backup passphrase; the list says it holds them.
    expect(expectOk(await call(token, 'backup.list', {})).secondCopyKeys).toBe(false);
    const short = await call(token, 'backup.sealSecondCopy', { passphrase: 'קצר' });
    expect(short.ok || short.error.field).toBe('passphrase');
    expectOk(await call(token, 'backup.sealSecondCopy', { passphrase: PASSPHRASE }));
    expect(expectOk(await call(token, 'backup.list', {})).secondCopyKeys).toBe(true);
    expect(JSON.stringify(expectOk(await call(token, 'audit.list', {})))).toContain('second-copy');

    // After a restart, before the next copy, the newest copy in the folder stands for the last one.
    app.close();
    const restarted = await openApp({
      dataDir,
      keys: testKeys,
      secondBackupDir: second,
      now: () => new Date('2026-03-01T09:00:00Z'),
    });
    cleanups.push(() => restarted.close());
    expect(restarted.keeper.secondCopy).toEqual({ folder: second, at: daily.createdAt, error: null });

    // A new machine: a fresh office, the second folder's content copied into its backups folder.
    const fresh = await openTestApp();
    cleanups.push(() => fresh.dispose());
    expectOk(await fresh.call(null, 'office.setup', SETUP_INPUT));
    const owner = signedIn(await fresh.call(null, 'auth.login', OWNER)).token;
    fs.cpSync(second, path.join(fresh.dataDir, 'backups', 'manual'), { recursive: true });
    replaceFolderKeys(testKeys, fresh.dataDir, await openBackupKeyFile(second, PASSPHRASE));
    expect(
      expectOk(await fresh.call(owner, 'backup.restore', { backup: daily.name, confirm: true })).missingDocuments,
    ).toEqual([]);
    const again = signedIn(await fresh.call(null, 'auth.login', OWNER)).token;
    const read = expectOk(await fresh.call(again, 'documents.read', { id: documentId }));
    expect(Buffer.from(read.contentBase64, 'base64').toString()).toBe(PDF.toString());
  });

  it('keeps as many daily copies as the daily folder, and only the documents they list', async () => {
    const second = folder('mitzui-second-');
    const { app, clock } = await officeWithSecondFolder(second, 2);
    for (let day = 0; day < 3; day++) {
      expect(await app.keeper.runDailyBackup()).not.toBeNull();
      clock.now = new Date(clock.now.getTime() + 25 * 60 * 60 * 1000);
    }
    expect(listBackups(second).map((b) => b.name)).toEqual(
      listBackups(app.keeper.files.dailyBackups).map((b) => b.name),
    );
    expect(listBackups(second)).toHaveLength(2);
    expect(documentFiles(path.join(second, POOL_FOLDER))).toHaveLength(1);
  });

  it('logs, audits and shows a copy that failed, and the daily backup stands', async () => {
    // A file where the folder should be: nothing can be written there.
    const blocked = path.join(folder('mitzui-second-'), 'share');
    fs.writeFileSync(blocked, 'not a folder');
    const { app, call, token } = await officeWithSecondFolder(blocked);

    const daily = await app.keeper.runDailyBackup();
    expect(daily).not.toBeNull();
    expect(listBackups(app.keeper.files.dailyBackups).map((b) => b.name)).toEqual([daily!.name]);
    const status = expectOk(await call(token, 'backup.list', {})).secondCopy!;
    expect(status).toMatchObject({ folder: blocked, at: '2026-03-01T08:00:00.000Z' });
    expect(status.error).toMatch(/EEXIST|ENOTDIR/);
    const audit = JSON.stringify(expectOk(await call(token, 'audit.list', {})));
    expect(audit).toContain('second-copy');
    expect(audit).toMatch(/EEXIST|ENOTDIR/);
    expect(fs.readFileSync(blocked, 'utf8')).toBe('not a folder');
  });
});
