// A backup is the whole office: the store and every document, on real files. Documents are pooled by
// SHA-256 so an unchanged file is copied once; a restore on a new machine brings them back; a
// document whose file is nowhere is named, not an "unexpected error".
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupName,
  collectBackupPool,
  listBackups,
  rotateDailyBackups,
  takeDailyBackup,
  writeBackup,
} from '../../db/backup';
import { replaceFolderKeys } from '../../db/audit-key';
import { documentFiles, POOL_FOLDER } from '../../db/backup-documents';
import { BACKUP_KEY_FILE, openBackupKeyFile } from '../../db/backup-key-file';
import { SealBrokenError } from '../../db/move-keys';
import { readManifest } from '../../db/backup-manifest';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { verifyAuditChain } from '../../db/repositories/audit';
import { migrationsFolder } from '../../main/config/paths';
import type { InputOf } from '../../shared/api/contract';
import { expectOk, openTestApp, OWNER, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { tempDir, testKeys } from '../support/temp';
import { signedIn } from '../support/signed-in';
import { openKeyed } from '../support/keyed';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

async function testApp(): Promise<TestApp> {
  const app = await openTestApp();
  cleanups.push(() => app.dispose());
  return app;
}

/** An empty folder outside the data folder, removed after the test. */
const folder = (): string => {
  const { dir, cleanup } = tempDir('mitzui-backups-');
  cleanups.push(cleanup);
  return dir;
};

const rachel: InputOf<'clients.create'> = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי',
  birthDate: '1975-04-12',
  sex: 'female',
};

const PASSPHRASE = 'גיבוי-לדיסק-חיצוני-2026';
const PDF = Buffer.from('%PDF-1.4 a medical summary of the hospital stay');
const LETTER = Buffer.from('%PDF-1.4 the committee decision letter');

/** An office with one client and two documents; the owner's token and the documents' ids. */
async function officeWithDocuments(app: TestApp): Promise<{ token: string; ids: number[] }> {
  const token = await setUpAndLogIn(app);
  const client = expectOk(await app.call(token, 'clients.create', rachel));
  const add = async (name: string, bytes: Buffer) =>
    expectOk(
      await app.call(token, 'documents.add', {
        clientId: client.id,
        claimId: null,
        kind: 'medical_record',
        name,
        mimeType: 'application/pdf',
        contentBase64: bytes.toString('base64'),
      }),
    ).id;
  return { token, ids: [await add('סיכום אשפוז.pdf', PDF), await add('החלטת ועדה.pdf', LETTER)] };
}

/** A document file as the app stores it (documents/ab/<sha256>); returns its hash. */
function putDocument(root: string, content: string): string {
  const sha = createHash('sha256').update(content).digest('hex');
  fs.mkdirSync(path.join(root, sha.slice(0, 2)), { recursive: true });
  fs.writeFileSync(path.join(root, sha.slice(0, 2), sha), content);
  return sha;
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const officePool = (app: TestApp) => path.join(app.dataDir, 'backups', POOL_FOLDER);

async function read(app: TestApp, token: string, id: number) {
  const reply = await app.call(token, 'documents.read', { id });
  return reply.ok ? Buffer.from(reply.value.contentBase64, 'base64').toString() : reply.error;
}

describe('backups carry the documents', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await testApp();
  });

  it('pools every document by SHA-256, copies an unchanged one once, checks them, and records the audit head', async () => {
    const { token } = await officeWithDocuments(app);
    const manual = expectOk(await app.call(token, 'backup.create', {}));
    expect(manual).toMatchObject({ documents: 2, damagedDocuments: 0 });
    const pooled = documentFiles(officePool(app));
    expect(pooled.map((d) => d.sha256).sort()).toEqual([sha(LETTER), sha(PDF)].sort());
    // Pooled sealed, as the documents folder holds them: no content in the clear.
    for (const { sha256 } of pooled)
      expect(fs.readFileSync(path.join(officePool(app), sha256.slice(0, 2), sha256)).includes('%PDF')).toBe(false);
    const inode = (sha: string) => fs.statSync(path.join(officePool(app), sha.slice(0, 2), sha)).ino;
    const before = pooled.map((d) => inode(d.sha256));

    const manifest = readManifest(manual.file)!;
    expect(manifest.documents.map((d) => d.sha256).sort()).toEqual(pooled.map((d) => d.sha256).sort());
    const chain = verifyAuditChain(app.store.db);
    // The backup's own audit row is written after the copy: the head is the row before it.
    expect(manifest.auditHead!.id).toBe(chain.rows - 1);
    expect(manifest.auditHead!.hash).toMatch(/^[0-9a-f]{64}$/);

    // The daily backup lands in another folder but shares the pool: nothing is copied again.
    const daily = (await app.keeper.runDailyBackup())!;
    expect(daily.documents).toBe(2);
    expect(documentFiles(officePool(app)).map((d) => inode(d.sha256))).toEqual(before);
    expect(readManifest(daily.file)!.pool).toBe(path.join('..', POOL_FOLDER));
  });

  it('leaves out a document whose file no longer matches its hash, and says so', async () => {
    const { token } = await officeWithDocuments(app);
    const [damaged] = documentFiles(path.join(app.dataDir, 'documents'));
    fs.writeFileSync(path.join(app.dataDir, 'documents', damaged!.sha256.slice(0, 2), damaged!.sha256), 'truncated');
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    expect(backup).toMatchObject({ documents: 1, damagedDocuments: 1 });
    expect(readManifest(backup.file)!.damaged).toEqual([damaged!.sha256]);
  });

  it('restores store and documents on a new machine from a backup folder carried over', async () => {
    const { token, ids } = await officeWithDocuments(app);
    const chosen = folder();
    expectOk(await app.call(token, 'backup.create', { folder: chosen, passphrase: PASSPHRASE }));
    // The chosen folder holds all of it: the store, its manifest, the documents and the keys sealed by the passphrase.
    expect(fs.readdirSync(chosen).sort()).toEqual([
      'mitzui-2026-03-01T08-00-00-000Z.manifest.json',
      'mitzui-2026-03-01T08-00-00-000Z.sqlite',
      POOL_FOLDER,
      BACKUP_KEY_FILE,
    ]);
    await expect(openBackupKeyFile(chosen, 'not-the-passphrase')).rejects.toBeInstanceOf(SealBrokenError);

    // A new machine: a fresh office (keys of its own), the folder's content copied into its backups
    // folder, and the folder's keys opened with the passphrase in place of the fresh ones.
    const fresh = await testApp();
    const owner = await setUpAndLogIn(fresh);
    fs.cpSync(chosen, path.join(fresh.dataDir, 'backups', 'manual'), { recursive: true });
    replaceFolderKeys(testKeys, fresh.dataDir, await openBackupKeyFile(chosen, PASSPHRASE));
    const listed = expectOk(await fresh.call(owner, 'backup.list', {})).backups.map((b) => b.name);
    expect(listed).toEqual(['mitzui-2026-03-01T08-00-00-000Z.sqlite']);
    const result = expectOk(await fresh.call(owner, 'backup.restore', { backup: listed[0]!, confirm: true }));
    expect(result.missingDocuments).toEqual([]);

    const again = signedIn(await fresh.call(null, 'auth.login', OWNER)).token;
    expect(await read(fresh, again, ids[0]!)).toBe(PDF.toString());
    expect(await read(fresh, again, ids[1]!)).toBe(LETTER.toString());
  });

  it('brings deleted document files back on restore, and names a document whose file is nowhere', async () => {
    const { token, ids } = await officeWithDocuments(app);
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    // The disk loses the documents folder, and one document is gone from the pool as well.
    fs.rmSync(path.join(app.dataDir, 'documents'), { recursive: true });
    const letterSha = sha(LETTER);
    fs.rmSync(path.join(officePool(app), letterSha.slice(0, 2), letterSha));

    expect(await read(app, token, ids[0]!)).toEqual({
      code: 'not_found',
      message:
        'הקובץ של המסמך „סיכום אשפוז.pdf“ של רחל לוי חסר בתיקיית המסמכים של המשרד — יש לשחזר אותו מגיבוי או להעלות אותו מחדש',
    });

    const result = expectOk(await app.call(token, 'backup.restore', { backup: backup.name, confirm: true }));
    expect(result.missingDocuments).toEqual([{ name: 'החלטת ועדה.pdf', client: 'רחל לוי' }]);
    const owner = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    expect(await read(app, owner, ids[0]!)).toBe(PDF.toString());
    expect(await read(app, owner, ids[1]!)).toEqual({
      code: 'not_found',
      message:
        'הקובץ של המסמך „החלטת ועדה.pdf“ של רחל לוי חסר בתיקיית המסמכים של המשרד — יש לשחזר אותו מגיבוי או להעלות אותו מחדש',
    });
  });

  it('restores an uploaded store with its documents from the office pool', async () => {
    const { token, ids } = await officeWithDocuments(app);
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    fs.rmSync(path.join(app.dataDir, 'documents'), { recursive: true });
    const upload = { name: 'from-usb.sqlite', contentBase64: fs.readFileSync(backup.file).toString('base64') };
    const result = expectOk(await app.call(token, 'backup.restore', { file: upload, confirm: true }));
    expect(result).toMatchObject({ restoredFrom: 'from-usb.sqlite', missingDocuments: [] });
    const owner = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    expect(await read(app, owner, ids[1]!)).toBe(LETTER.toString());
  });

  it('restores only a backup from the list or an upload: a path on the server tells nothing', async () => {
    const { token } = await officeWithDocuments(app);
    const outside = path.join(folder(), 'secret.sqlite');
    fs.copyFileSync(expectOk(await app.call(token, 'backup.create', {})).file, outside);
    const notListed = {
      ok: false,
      error: {
        code: 'validation',
        field: 'backup',
        message: 'יש לבחור גיבוי מרשימת הגיבויים של המשרד או להעלות קובץ גיבוי',
      },
    };
    // An existing file and a missing one outside the list get the same answer.
    expect(await app.call(token, 'backup.restore', { backup: outside, confirm: true })).toEqual(notListed);
    expect(await app.call(token, 'backup.restore', { backup: `${outside}.none`, confirm: true })).toEqual(notListed);
    expect(await app.call(token, 'backup.restore', { backup: '../../secret.sqlite', confirm: true })).toEqual(
      notListed,
    );
    expect(await app.call(token, 'backup.restore', { file: outside, confirm: true } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await app.call(token, 'backup.restore', { confirm: true } as never)).toEqual(notListed);
  });
});

describe('the shared pool and daily rotation', () => {
  it('keeps a pooled document while any backup lists it, and removes it after the last one is rotated away', async () => {
    const dir = folder();
    const store = await openDatabase({
      keys: testKeys,
      file: path.join(dir, 'mitzui.sqlite'),
      backupDir: path.join(dir, 'backups'),
      migrationsFolder,
    });
    cleanups.push(() => store.close());
    const documents = path.join(dir, 'documents');
    const real = putDocument(documents, 'a scanned ID card');

    const daily = path.join(dir, 'backups', 'daily');
    const pool = path.join(dir, 'backups', POOL_FOLDER);
    const at = (day: number) => new Date(Date.parse('2026-01-01T02:00:00Z') + day * 86_400_000);
    const options = { pool };
    await takeDailyBackup(store.sqlite, daily, at(0), 2, options);
    // The file is deleted from the office (say, purged) after the first backup.
    fs.rmSync(path.join(documents, real.slice(0, 2), real));
    await takeDailyBackup(store.sqlite, daily, at(1), 2, options);
    collectBackupPool(pool, [daily]);
    expect(documentFiles(pool).map((d) => d.sha256)).toEqual([real]);

    await takeDailyBackup(store.sqlite, daily, at(2), 2, options);
    expect(listBackups(daily).map((b) => b.createdAt)).toEqual([at(2), at(1)].map((d) => d.toISOString()));
    // The rotated backup's manifest went with it.
    expect(fs.readdirSync(daily).filter((name) => name.endsWith('.manifest.json'))).toHaveLength(2);
    collectBackupPool(pool, [daily]);
    expect(documentFiles(pool)).toEqual([]);
  });

  it("rotation removes only partial files of its own, never another process's backup in progress", async () => {
    const dir = folder();
    const store = await openDatabase({
      keys: testKeys,
      file: path.join(dir, 'mitzui.sqlite'),
      backupDir: path.join(dir, 'backups'),
      migrationsFolder,
    });
    cleanups.push(() => store.close());
    const daily = path.join(dir, 'daily');
    fs.mkdirSync(daily);
    const now = new Date('2026-01-10T02:00:00Z');
    // Another process's backups in progress: under the old naming and under the new one.
    const theirs = [
      path.join(daily, 'mitzui-daily-2026-01-10T01-59-59-000Z.sqlite.partial'),
      path.join(daily, 'mitzui-daily-2026-01-10T01-59-58-000Z.sqlite.otherhost-4242-0123456789ab.partial'),
    ];
    for (const file of theirs) fs.writeFileSync(file, 'in progress');
    // A partial nobody touched for two days was left by a crash.
    const abandoned = path.join(
      daily,
      'mitzui-daily-2026-01-08T01-00-00-000Z.sqlite.otherhost-4242-0123456789ab.partial',
    );
    fs.writeFileSync(abandoned, 'crashed');
    // And the manifest of a backup whose store never arrived.
    const orphan = path.join(daily, 'mitzui-daily-2026-01-08T01-00-00-000Z.manifest.json');
    fs.writeFileSync(orphan, '{}');
    for (const file of [abandoned, orphan])
      fs.utimesSync(file, new Date('2026-01-08T01:00:00Z'), new Date('2026-01-08T01:00:00Z'));

    await writeBackup(store.sqlite, daily, backupName('daily', now));
    rotateDailyBackups(daily, 3, now);
    for (const file of theirs) expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(abandoned)).toBe(false);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(
      fs
        .readdirSync(daily)
        .filter((name) => name.endsWith('.partial'))
        .sort(),
    ).toEqual(theirs.map((f) => path.basename(f)).sort());
  });
});

describe('before-migration backups', () => {
  it('carry the documents too', async () => {
    const dir = folder();
    const file = path.join(dir, 'mitzui.sqlite');
    const store = await openDatabase({ keys: testKeys, file, backupDir: path.join(dir, 'backups'), migrationsFolder });
    store.close();
    const content = 'a signed power of attorney';
    const sha = putDocument(path.join(dir, 'documents'), content);
    // The version the build before the last migration recorded: opening migrates, backing up first.
    const lowered = openKeyed(file);
    lowered.pragma(`user_version = ${knownSchemaVersion(migrationsFolder) - 1}`);
    lowered.close();
    (await openDatabase({ keys: testKeys, file, backupDir: path.join(dir, 'backups'), migrationsFolder })).close();
    const [premigration] = listBackups(path.join(dir, 'backups')).filter((b) => b.kind === 'before-migration');
    expect(premigration).toBeDefined();
    expect(readManifest(premigration!.file)!.documents).toEqual([{ sha256: sha, size: content.length }]);
    expect(documentFiles(path.join(dir, 'backups', POOL_FOLDER)).map((d) => d.sha256)).toEqual([sha]);
  });
});
