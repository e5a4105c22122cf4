// An office whose store was made before encryption, converted by its owner: the store, its backup and
// its documents end up encrypted, every row and document is still there and the audit chain verifies;
// nothing of the client is left readable in the data folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadDataKey } from '../../db/audit-key';
import { documentFiles, documentsRoot } from '../../db/backup-documents';
import { checkDatabaseFileOffThread } from '../../db/file-check';
import { tableCounts } from '../../db/move-package';
import { verifyAuditChain } from '../../db/repositories/audit';
import { Database, isPlainFile } from '../../db/sqlite';
import { readDocumentFile, sha256Hex } from '../../main/storage/document-files';
import { expectOk, openTestApp, OWNER, setUpAndLogIn, type TestApp } from '../support/app';
import { signedIn } from '../support/signed-in';
import { validId } from '../support/ids';
import { openKeyed } from '../support/keyed';
import { testKeys } from '../support/temp';

let app: TestApp | undefined;
afterEach(() => app?.dispose());

const NAME = 'זילברשטיין';
const LETTER = Buffer.from(`%PDF-1.4 החלטה בעניין ${NAME}`, 'utf8');

/** Every file under `folder`, however deep. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const signIn = async () => signedIn(await app!.call(null, 'auth.login', OWNER)).token;

const holds = (file: string, text: string) => {
  const bytes = fs.readFileSync(file);
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
};

/** The office as a build before encryption left it: a plain store, a plain backup, a plain document. */
async function plainOffice(): Promise<string> {
  app = await openTestApp();
  const token = await setUpAndLogIn(app);
  expectOk(
    await app.call(token, 'clients.create', {
      idNumber: validId('03456789'),
      firstNameHe: 'רחל',
      lastNameHe: NAME,
      birthDate: '1975-04-12',
      sex: 'female',
    }),
  );
  app.close();
  const file = path.join(app.dataDir, 'mitzui.sqlite');
  const db = openKeyed(file);
  db.pragma('journal_mode = DELETE');
  db.pragma("rekey = ''");
  db.close();
  expect(isPlainFile(file)).toBe(true);
  // A document stored before encryption: plain bytes under their SHA-256.
  const documentSha = sha256Hex(LETTER);
  const target = path.join(documentsRoot(file), documentSha.slice(0, 2), documentSha);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, LETTER);
  app = await app.restart();
  await app.keeper.backup(app.keeper.files.manualBackups);
  return documentSha;
}

it('encrypts a plain office on the owner’s request and loses nothing', async () => {
  const documentSha = await plainOffice();
  const owner = await signIn();
  const file = app!.store.file;
  await app!.keeper.whenChecked();
  expect(app!.keeper.list().every((backup) => isPlainFile(backup.file))).toBe(true);
  expect(holds(file, NAME)).toBe(true);
  const before = tableCounts(app!.store.sqlite);

  expect(await app!.call(owner, 'security.encryptStore', { confirm: false as true })).toMatchObject({
    ok: false,
    error: { field: 'confirm' },
  });
  expect(expectOk(await app!.call(owner, 'recoveryKey.state', {})).storePlain).toBe(true);
  const done = expectOk(await app!.call(owner, 'security.encryptStore', { confirm: true }));
  expect(done.rows).toBe(Object.values(before).reduce((sum, count) => sum + count, 0));
  expect(expectOk(await app!.call(owner, 'recoveryKey.state', {})).storePlain).toBe(false);
  const backups = app!.keeper.list();
  expect(done).toMatchObject({ backups: backups.length, damagedDocuments: 0 });
  expect(backups.length).toBeGreaterThanOrEqual(1);
  expect(done.documents).toBeGreaterThanOrEqual(1);

  const key = loadDataKey(testKeys, app!.dataDir)!;
  expect(isPlainFile(file)).toBe(false);
  const plain = new Database(file, { readonly: true });
  expect(() => plain.prepare('select count(*) from sqlite_master').get()).toThrow(/not a database/);
  plain.close();
  const after = tableCounts(app!.store.sqlite);
  expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  expect(verifyAuditChain(app!.store.db)).toMatchObject({ ok: true });
  for (const backup of backups) expect(await checkDatabaseFileOffThread(backup.file, key), backup.name).not.toBeNull();
  expect(readDocumentFile(documentsRoot(file), documentSha, key).equals(LETTER)).toBe(true);
  expect(documentFiles(documentsRoot(file)).length).toBeGreaterThanOrEqual(1);
  // Nothing of the client is readable anywhere in the data folder any more.
  app!.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  for (const each of filesUnder(app!.dataDir)) expect(holds(each, NAME), each).toBe(false);

  expect(await app!.call(owner, 'security.encryptStore', { confirm: true })).toMatchObject({
    ok: false,
    error: { message: 'קובץ הנתונים של המשרד מוצפן כבר — אין מה להמיר' },
  });

  // The converted office opens as any encrypted one.
  app = await app!.restart();
  expect(app.keeper.recoveryError).toBeNull();
  expect(expectOk(await app.call(await signIn(), 'clients.list', {})).rows.map((r) => r.lastNameHe)).toEqual([NAME]);
});
