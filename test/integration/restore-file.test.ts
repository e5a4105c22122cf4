// A restore at the level of files, on a real store in a temp folder: what it refuses before touching
// anything, the broken file it keeps byte for byte (its WAL too), a store that is gone, a safety copy
// that cannot be written, the staging files it leaves behind (none), the files it holds open (none),
// a backup from before encryption, the documents it names as missing with their client, and the
// owner's password read from a backup for the recovery screen without touching the backup's folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { backupName, writeBackup } from '../../db/backup';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { knownSchemaVersion, openDatabase, type Store } from '../../db/open';
import { loadDataKey } from '../../db/audit-key';
import {
  BackupRefusedError,
  documentsWithoutFile,
  ownerPasswordHashIn,
  restoreDatabase,
  type RestoreOptions,
} from '../../db/restore';
import { Database, drizzleOf, isPlainFile, openFile } from '../../db/sqlite';
import { tempDir, testKeys } from '../support/temp';

const migrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
const now = () => new Date('2026-03-01T08:00:00Z');
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function folder(): string {
  const { dir, cleanup } = tempDir('mitzui-restore-');
  cleanups.push(cleanup);
  return dir;
}

async function storeIn(dir: string): Promise<Store> {
  const store = await openDatabase({
    keys: testKeys,
    file: path.join(dir, 'mitzui.sqlite'),
    backupDir: path.join(dir, 'backups'),
    migrationsFolder,
    now,
  });
  cleanups.push(() => store.close());
  return store;
}

const officeName = (store: Store) => store.sqlite.prepare('select name from office').pluck().get();
const options = (store: Store | null, dir: string, backupFile: string): RestoreOptions => ({
  current: store,
  file: path.join(dir, 'mitzui.sqlite'),
  backupFile,
  backupDir: path.join(dir, 'backups'),
  keys: testKeys,
  migrationsFolder,
  now,
});

/** A store in `dir` holding one office, and a backup of it; the store is closed. */
async function officeWithBackup(dir: string, name = 'משרד כהן'): Promise<string> {
  const store = await storeIn(dir);
  store.sqlite.prepare('insert into office (name) values (?)').run(name);
  const backup = await writeBackup(store.sqlite, path.join(dir, 'backups'), backupName('manual', now()));
  store.close();
  return backup.file;
}

const staging = (dir: string) => fs.readdirSync(dir).filter((name) => name.includes('restoring'));

/** The files under `dir` this process holds open (Linux: /proc/self/fd). */
function openFilesUnder(dir: string): string[] {
  return fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith(`${dir}${path.sep}`));
}

describe('restoring a store file', () => {
  it('refuses the store’s own file, and a backup that is missing or a folder, touching nothing', async () => {
    const dir = folder();
    await officeWithBackup(dir);
    const store = await storeIn(dir);
    for (const [backupFile, reason] of [
      [store.file, 'current'],
      [path.join(dir, 'backups', 'none.sqlite'), 'missing'],
      [path.join(dir, 'backups'), 'missing'],
    ] as const) {
      const refused = restoreDatabase(options(store, dir, backupFile));
      await expect(refused).rejects.toThrow(BackupRefusedError);
      await expect(refused).rejects.toMatchObject({ reason, message: `Backup refused: ${reason}` });
    }
    expect(officeName(store)).toBe('משרד כהן');
    expect(staging(dir)).toEqual([]);
  });

  it('keeps a broken file and its WAL byte for byte, leaves no staging file, and holds no file open', async () => {
    const dir = folder();
    const backup = await officeWithBackup(dir);
    const file = path.join(dir, 'mitzui.sqlite');
    const garbage = Buffer.from('not a database '.repeat(400));
    const wal = Buffer.from('a WAL no database will replay '.repeat(100));
    fs.writeFileSync(file, garbage);
    fs.writeFileSync(`${file}-wal`, wal);

    const restored = await restoreDatabase(options(null, dir, backup));
    cleanups.push(() => restored.store.close());
    expect(officeName(restored.store)).toBe('משרד כהן');
    expect(fs.readFileSync(restored.safetyCopy!.file).equals(garbage)).toBe(true);
    expect(fs.readFileSync(`${restored.safetyCopy!.file}-wal`).equals(wal)).toBe(true);
    expect(staging(dir)).toEqual([]);
    restored.store.close();
    expect(openFilesUnder(dir)).toEqual([]);
  });

  it('restores where the store file is gone, from the store file itself copied, with nothing to keep or leave', async () => {
    const dir = folder();
    await officeWithBackup(dir);
    // The store file as someone copied it: in WAL mode, which a read opens its -wal and -shm beside.
    const copied = path.join(folder(), 'mitzui-copy.sqlite');
    fs.copyFileSync(path.join(dir, 'mitzui.sqlite'), copied);
    fs.rmSync(path.join(dir, 'mitzui.sqlite'));
    const restored = await restoreDatabase(options(null, dir, copied));
    cleanups.push(() => restored.store.close());
    expect(restored.safetyCopy).toBeNull();
    expect(officeName(restored.store)).toBe('משרד כהן');
    expect(staging(dir)).toEqual([]);
  });

  it('never replays the replaced file’s log into the restored one', async () => {
    const dir = folder();
    const backup = await officeWithBackup(dir, 'משרד מהגיבוי');
    const store = await storeIn(dir);
    store.sqlite.pragma('wal_autocheckpoint = 0');
    store.sqlite.prepare('update office set name = ?').run('משרד שאחרי הגיבוי');
    // The process died with the change still in its log: the file and the log as it left them.
    const file = fs.readFileSync(store.file);
    const log = fs.readFileSync(`${store.file}-wal`);
    store.close();
    fs.writeFileSync(store.file, file);
    fs.writeFileSync(`${store.file}-wal`, log);

    const restored = await restoreDatabase(options(null, dir, backup));
    cleanups.push(() => restored.store.close());
    expect(officeName(restored.store)).toBe('משרד מהגיבוי');
    expect(restored.store.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('never rolls the replaced file’s hot journal back into the restored one', async () => {
    const dir = folder();
    const backup = await officeWithBackup(dir, 'משרד מהגיבוי');
    const file = path.join(dir, 'mitzui.sqlite');
    const old = openFile(file, loadDataKey(testKeys, dir));
    old.pragma('journal_mode = DELETE');
    old.prepare('update office set name = ?').run('משרד שאחרי הגיבוי');
    // A process died mid-write: its journal holds the old file's pages, to be put back on the next open.
    old.pragma('synchronous = OFF');
    old.exec('begin immediate');
    old.prepare('update office set name = ?').run('משרד שנפל באמצע');
    const journal = fs.readFileSync(`${file}-journal`);
    old.exec('rollback');
    old.close();
    fs.writeFileSync(`${file}-journal`, journal);

    const restored = await restoreDatabase(options(null, dir, backup));
    cleanups.push(() => restored.store.close());
    expect(officeName(restored.store)).toBe('משרד מהגיבוי');
    expect(restored.store.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
  });

  it('leaves the store as it was and nothing staged when the safety copy cannot be written', async () => {
    const dir = folder();
    const backup = await officeWithBackup(dir, 'משרד מהגיבוי');
    const store = await storeIn(dir);
    store.sqlite.prepare('update office set name = ?').run('משרד היום');
    const blocked = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocked, '');
    await expect(restoreDatabase({ ...options(store, dir, backup), backupDir: blocked })).rejects.toThrow();
    expect(officeName(store)).toBe('משרד היום');
    expect(staging(dir)).toEqual([]);
  });

  it('brings a backup from before encryption back encrypted, or plain where the folder has no key yet', async () => {
    const dir = folder();
    await officeWithBackup(dir);
    const plain = path.join(folder(), 'before-encryption.sqlite');
    const raw = new Database(plain);
    migrate(drizzleOf(raw), { migrationsFolder });
    raw.pragma(`user_version = ${knownSchemaVersion(migrationsFolder)}`);
    raw.prepare('insert into office (name) values (?)').run('משרד ותיק');
    raw.close();

    const restored = await restoreDatabase(options(null, dir, plain));
    cleanups.push(() => restored.store.close());
    expect(officeName(restored.store)).toBe('משרד ותיק');
    expect(isPlainFile(restored.store.file)).toBe(false);
    restored.store.close();

    // A folder this key folder has never seen (a new machine before its first store): no key to encrypt with.
    const fresh = folder();
    const keyless = await restoreDatabase({ ...options(null, fresh, plain), keys: { dir: folder() } });
    cleanups.push(() => keyless.store.close());
    expect(officeName(keyless.store)).toBe('משרד ותיק');
  });

  it('names each live document whose file is nowhere, with its client, or none for an office paper', async () => {
    const dir = folder();
    const store = await storeIn(dir);
    store.sqlite.exec(`
      insert into office (name) values ('משרד כהן');
      insert into staff_member (office_id, full_name, username, password_hash, role) values (1, 'דנה', 'dana', 'x', 'owner');
      insert into insured_person (office_id, id_number, first_name_he, last_name_he, birth_date, sex, created_by, updated_by)
        values (1, '000000018', 'רחל', 'לוי', '1970-01-01', 'female', 1, 1);`);
    const add = store.sqlite.prepare(
      `insert into document (office_id, insured_person_id, kind, sha256, original_name, mime_type, size_bytes, deleted_at)
       values (1, ?, 'other', ?, ?, 'application/pdf', 1, ?)`,
    );
    add.run(1, 'a'.repeat(64), 'תעודת זהות.pdf', null);
    add.run(null, 'b'.repeat(64), 'נוהל המשרד.pdf', null);
    add.run(1, 'c'.repeat(64), 'נמחק.pdf', '2026-01-01T00:00:00.000Z');
    expect(documentsWithoutFile(store)).toEqual([
      { name: 'תעודת זהות.pdf', client: 'רחל לוי' },
      { name: 'נוהל המשרד.pdf', client: null },
    ]);
  });

  it('reads only an active owner’s password from a backup, leaving its folder as it was and no file open', async () => {
    const dir = folder();
    const store = await storeIn(dir);
    store.sqlite.exec(`
      insert into office (name) values ('משרד כהן');
      insert into staff_member (office_id, full_name, username, password_hash, role, active) values
        (1, 'דנה', 'dana', 'dana-hash', 'owner', 1),
        (1, 'יוסי', 'yossi', 'yossi-hash', 'lawyer', 1),
        (1, 'רות', 'ruth', 'ruth-hash', 'owner', 0);`);
    const backups = path.join(dir, 'backups');
    const backup = (await writeBackup(store.sqlite, backups, backupName('manual', now()))).file;
    store.close();
    const key = loadDataKey(testKeys, dir);
    const before = fs.readdirSync(backups).sort();
    const bytes = fs.readFileSync(backup);

    expect(ownerPasswordHashIn(backup, key, 'dana')).toBe('dana-hash');
    for (const username of ['yossi', 'ruth', 'nobody'])
      expect(ownerPasswordHashIn(backup, key, username)).toBeUndefined();
    expect(fs.readdirSync(backups).sort()).toEqual(before);
    expect(fs.readFileSync(backup).equals(bytes)).toBe(true);
    expect(openFilesUnder(dir)).toEqual([]);

    // A backup deleted while the recovery screen was open is an error, not an empty file made in its place.
    const gone = path.join(backups, 'gone.sqlite');
    expect(() => ownerPasswordHashIn(gone, key, 'dana')).toThrow();
    expect(fs.existsSync(gone)).toBe(false);
    expect(openFilesUnder(dir)).toEqual([]);
  });
});
