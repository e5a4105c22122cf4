// Backup, restore and start-up recovery on real SQLite files: what an office relies on when a disk,
// a cable or a person fails.
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupName, beforeMigrationName, listBackups, takeDailyBackup, writeBackup } from '../../db/backup';
import { checkDatabaseFileOffThread, copyStoreOffThread } from '../../db/file-check';
import { Database, drizzleOf, isPlainFile, openFile } from '../../db/sqlite';
import { knownSchemaVersion, openDatabase } from '../../db/open';
import { auditLog } from '../../db/schema';
import { migrationsFolder } from '../../main/config/paths';
import type { InputOf } from '../../shared/api/contract';
import { expectOk, openTestApp, OWNER, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { corruptMiddle, corruptTablePage } from '../support/corrupt';
import { logInAs } from '../support/staff';
import { tempDir, testKeys } from '../support/temp';
import { signedIn } from '../support/signed-in';

const PASSPHRASE = 'גיבוי-לדיסק-חיצוני-2026';
const cleanups: (() => void)[] = [];
let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
  cleanups.push(() => app.dispose());
});
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

function folder(): string {
  const t = tempDir('mitzui-backups-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const rachel: InputOf<'clients.create'> = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי-אברהם',
  birthDate: '1975-04-12',
  sex: 'female',
  mobilePhone: '054-7654321',
};

/** A file as the browser uploads it for a restore. */
function upload(file: string): { name: string; contentBase64: string } {
  return { name: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
}

/** The damaged file still opens and reads its schema: only a full check finds the damage. */
function inspectOpens(file: string, key: Buffer | null): void {
  const db = openFile(file, key, { readonly: true, fileMustExist: true });
  try {
    expect(db.prepare('select count(*) from sqlite_master').pluck().get()).toBeGreaterThan(0);
  } finally {
    db.close();
  }
}

/** Reads a database file the way a person inspecting a backup would: read-only, checked. */
function inspect<T>(file: string, read: (db: Database.Database) => T): T {
  const db = openFile(file, app.keeper.storeKey(), { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return read(db);
  } finally {
    db.close();
  }
}

const lastNames = (db: Database.Database) =>
  db.prepare('select last_name_he from insured_person order by id').pluck().all();

async function lastNamesNow(token: string): Promise<string[]> {
  return expectOk(await app.call(token, 'clients.search', {})).rows.map((c) => c.lastNameHe);
}

function auditRows(action: string) {
  return app.store.db
    .select()
    .from(auditLog)
    .all()
    .filter((row) => row.action === action);
}

/** The office set up with one client; returns the owner's session token. */
async function officeWithClient(): Promise<string> {
  const token = await setUpAndLogIn(app);
  expectOk(await app.call(token, 'clients.create', rachel));
  return token;
}

describe('backup on demand', () => {
  let token: string;
  beforeEach(async () => {
    token = await officeWithClient();
  });

  it('writes a whole, integrity-checked copy with the data into the chosen folder, and audits it', async () => {
    const target = folder();
    const backup = expectOk(await app.call(token, 'backup.create', { folder: target, passphrase: PASSPHRASE }));
    expect(backup).toMatchObject({
      kind: 'manual',
      name: 'mitzui-2026-03-01T08-00-00-000Z.sqlite',
      createdAt: '2026-03-01T08:00:00.000Z',
    });
    expect(backup.file).toBe(path.join(target, backup.name));
    expect(backup.size).toBe(fs.statSync(backup.file).size);
    // One self-contained store file, its manifest and the keys sealed by the passphrase: no WAL beside it, no partial left behind.
    expect(fs.readdirSync(target).sort()).toEqual([
      backup.name.replace('.sqlite', '.manifest.json'),
      backup.name,
      'mitzui-keys.json',
    ]);
    inspect(backup.file, (db) => {
      expect(lastNames(db)).toEqual(['לוי-אברהם']);
      expect(db.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(migrationsFolder));
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    });
    expect(auditRows('backup')).toMatchObject([
      { entity: 'database', staffId: 1, details: { kind: 'manual', file: backup.file } },
    ]);

    // A second backup in the same millisecond gets a name of its own rather than overwriting.
    const again = expectOk(await app.call(token, 'backup.create', { folder: target, passphrase: PASSPHRASE }));
    expect(again.name).toBe('mitzui-2026-03-01T08-00-00-000Z-2.sqlite');
    expect(listBackups(target).map((b) => b.name)).toEqual([again.name, backup.name]);
  });

  it('backs up into the office folder when none is chosen, and lists every kind newest first', async () => {
    const manual = expectOk(await app.call(token, 'backup.create', {}));
    expect(path.dirname(manual.file)).toBe(path.join(app.dataDir, 'backups', 'manual'));
    app.clock.advanceMinutes(20);
    const daily = await app.keeper.runDailyBackup();
    const listed = expectOk(await app.call(token, 'backup.list', {}));
    expect(listed.folder).toBe(path.join(app.dataDir, 'backups'));
    expect(listed.backups.map((b) => [b.kind, b.name])).toEqual([
      ['daily', daily?.name],
      ['manual', manual.name],
    ]);
  });

  it('copies and checks on a worker thread, so the app keeps answering meanwhile; a damaged copy fails the check', async () => {
    const copy = path.join(folder(), 'copy.sqlite');
    const key = app.keeper.storeKey();
    let checked = false;
    const checking = copyStoreOffThread(app.store.file, copy, key).then((result) => {
      checked = true;
      return result;
    });
    // On this thread the check would have finished before the request even started.
    expect(await lastNamesNow(token)).toEqual(['לוי-אברהם']);
    expect(checked).toBe(false);
    expect(await checking).toEqual({ schemaVersion: knownSchemaVersion(migrationsFolder) });
    inspect(copy, (db) => expect(db.pragma('journal_mode', { simple: true })).toBe('delete'));

    // The copy is encrypted under the store's key, as the store is.
    expect(isPlainFile(copy)).toBe(false);
    expect(await checkDatabaseFileOffThread(copy, key)).toEqual({
      schemaVersion: knownSchemaVersion(migrationsFolder),
    });
    expect(await checkDatabaseFileOffThread(copy, Buffer.alloc(32, 1))).toBeNull();

    corruptMiddle(copy);
    expect(await checkDatabaseFileOffThread(copy, key)).toBeNull();
    const notSqlite = path.join(folder(), 'note.sqlite');
    fs.writeFileSync(notSqlite, 'not a database');
    expect(await checkDatabaseFileOffThread(notSqlite, key)).toBeNull();
  });

  it('copies a store whose log a reader pins, with every row committed before the copy', async () => {
    const key = app.keeper.storeKey();
    // A reader in the middle of a transaction keeps the log from being emptied: the file copy cannot
    // be taken safely, and the copy falls back to VACUUM INTO.
    const reader = openFile(app.store.file, key, { readonly: true, fileMustExist: true });
    cleanups.push(() => reader.close());
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM insured_person').get();
    expectOk(await app.call(token, 'clients.create', { ...rachel, idNumber: validId('04567891'), lastNameHe: 'כהן' }));
    expect(fs.statSync(`${app.store.file}-wal`).size).toBeGreaterThan(0);
    const pinned = path.join(folder(), 'pinned.sqlite');
    expect(await copyStoreOffThread(app.store.file, pinned, key)).not.toBeNull();
    reader.exec('COMMIT');
    // Unpinned, the log empties and the file's pages are copied as they are.
    const copied = path.join(folder(), 'copied.sqlite');
    expect(await copyStoreOffThread(app.store.file, copied, key)).not.toBeNull();
    for (const copy of [pinned, copied]) {
      expect(isPlainFile(copy)).toBe(false);
      expect(fs.existsSync(`${copy}-wal`)).toBe(false);
      inspect(copy, (db) => {
        expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
        expect(db.prepare('SELECT last_name_he FROM insured_person ORDER BY last_name_he').pluck().all()).toEqual([
          'כהן',
          'לוי-אברהם',
        ]);
      });
    }
  });

  it('refuses a copy that opens but fails integrity_check, as a backup and as a restore', async () => {
    const key = app.keeper.storeKey();
    const good = path.join(folder(), 'good.sqlite');
    expect(await copyStoreOffThread(app.store.file, good, key)).not.toBeNull();
    corruptTablePage(good, 'insured_person', key);
    inspectOpens(good, key);
    // A backup taken from it is refused, whether the copy or its check finds the damage first.
    expect(
      await copyStoreOffThread(good, path.join(folder(), 'from-damaged.sqlite'), key).catch(() => null),
    ).toBeNull();
    expect(await checkDatabaseFileOffThread(good, key)).toBeNull();
  });

  it('names the folder when it does not exist, is a file, or is not a full path', async () => {
    const missing = await app.call(token, 'backup.create', {
      folder: path.join(folder(), 'אין-כזו'),
      passphrase: PASSPHRASE,
    });
    expect(missing).toEqual({
      ok: false,
      error: { code: 'validation', field: 'folder', message: 'התיקייה שנבחרה לגיבוי אינה קיימת' },
    });
    const file = path.join(folder(), 'note.txt');
    fs.writeFileSync(file, 'x');
    expect(await app.call(token, 'backup.create', { folder: file, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { field: 'folder', message: 'התיקייה שנבחרה לגיבוי אינה קיימת' },
    });
    const relative = await app.call(token, 'backup.create', { folder: 'backups/here', passphrase: PASSPHRASE });
    expect(relative).toEqual({
      ok: false,
      error: { code: 'validation', field: 'folder', message: 'יש לציין נתיב מלא לתיקיית הגיבוי' },
    });
    // A folder outside the office needs the passphrase that seals the keys it carries.
    for (const input of [{ folder: folder() }, { folder: folder(), passphrase: 'קצרה' }]) {
      expect(await app.call(token, 'backup.create', input)).toEqual({
        ok: false,
        error: {
          code: 'validation',
          field: 'passphrase',
          message: 'יש להקליד סיסמת גיבוי, לפחות 12 תווים — בלעדיה לא ניתן לשחזר את הגיבוי מהתיקייה במחשב אחר',
        },
      });
    }
  });
});

describe('daily backups', () => {
  it('keeps the last N daily backups and leaves the manual and pre-migration ones alone', async () => {
    const dir = folder();
    const store = await openDatabase({
      keys: testKeys,
      file: path.join(dir, 'm.sqlite'),
      backupDir: path.join(dir, 'b'),
      migrationsFolder,
    });
    cleanups.push(() => store.close());
    const daily = path.join(dir, 'daily');
    const start = Date.parse('2026-01-01T02:00:00Z');
    const at = (days: number) => new Date(start + days * 24 * 3_600_000);
    // Backups a person made into the same folder, and one named like the pre-migration copies.
    const manual = await writeBackup(store.sqlite, daily, backupName('manual', at(-30)));
    const premigration = await writeBackup(store.sqlite, daily, beforeMigrationName(1, 2, at(-40)));

    for (let day = 0; day < 6; day++) expect(await takeDailyBackup(store.sqlite, daily, at(day), 3)).not.toBeNull();

    const left = listBackups(daily);
    expect(left.filter((b) => b.kind === 'daily').map((b) => b.createdAt)).toEqual(
      [at(5), at(4), at(3)].map((d) => d.toISOString()),
    );
    expect(left.map((b) => b.name)).toEqual(expect.arrayContaining([manual.name, premigration.name]));
  });

  it('takes a daily backup once the newest is 24 hours old, and not before', async () => {
    await setUpAndLogIn(app);
    const first = await app.keeper.runDailyBackup();
    expect(first).toMatchObject({ kind: 'daily', createdAt: '2026-03-01T08:00:00.000Z' });
    expect(path.dirname(first!.file)).toBe(path.join(app.dataDir, 'backups', 'daily'));

    app.clock.advanceMinutes(23 * 60 + 59);
    expect(await app.keeper.runDailyBackup()).toBeNull();
    app.clock.advanceMinutes(1);
    expect(await app.keeper.runDailyBackup()).toMatchObject({ createdAt: '2026-03-02T08:00:00.000Z' });
    expect(app.keeper.list().filter((b) => b.kind === 'daily')).toHaveLength(2);
    expect(
      auditRows('backup').map((row) => [row.entity, row.officeId, row.staffId, (row.details as { kind: string }).kind]),
    ).toEqual([
      ['database', 1, null, 'daily'],
      ['database', 1, null, 'daily'],
    ]);
  });

  it('takes one at start when the newest is older than 24 hours', async () => {
    await setUpAndLogIn(app);
    await app.keeper.runDailyBackup();
    app.clock.advanceMinutes(25 * 60);
    app = await app.restart();
    await vi.waitFor(() => expect(app.keeper.list().filter((b) => b.kind === 'daily')).toHaveLength(2));
    app.clock.advanceMinutes(60);
    app = await app.restart();
    expect(await app.keeper.runDailyBackup()).toBeNull();
    expect(app.keeper.list().filter((b) => b.kind === 'daily')).toHaveLength(2);
  });
});

describe('restore', () => {
  let token: string;
  beforeEach(async () => {
    token = await officeWithClient();
  });

  it('brings the backed-up data back, keeps the replaced file as a safety copy, and signs everyone out', async () => {
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    app.clock.advanceMinutes(10);
    const [created] = expectOk(await app.call(token, 'clients.search', {})).rows;
    expectOk(await app.call(token, 'clients.update', { ...rachel, id: created!.id, version: 1, lastNameHe: 'לוי' }));
    expectOk(
      await app.call(token, 'clients.create', {
        ...rachel,
        idNumber: validId('20000001'),
        firstNameHe: 'משה',
        lastNameHe: 'כהן',
      }),
    );
    expect(await lastNamesNow(token)).toEqual(['כהן', 'לוי']);

    app.clock.advanceMinutes(10);
    const result = expectOk(await app.call(token, 'backup.restore', { backup: backup.name, confirm: true }));
    expect(result.restoredFrom).toBe(backup.name);
    expect(result.safetyCopy).toMatchObject({
      kind: 'before-restore',
      name: 'before-restore-2026-03-01T08-20-00-000Z.sqlite',
    });
    expect(path.dirname(result.safetyCopy!.file)).toBe(path.join(app.dataDir, 'backups'));
    inspect(result.safetyCopy!.file, (db) => expect(lastNames(db)).toEqual(['לוי', 'כהן']));

    expect(await app.call(token, 'clients.search', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    const again = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    expect(await lastNamesNow(again)).toEqual(['לוי-אברהם']);
    expect(auditRows('restore')).toMatchObject([
      {
        entity: 'database',
        officeId: 1,
        staffId: 1,
        details: { from: backup.name, safetyCopy: result.safetyCopy!.file, byStaffId: 1 },
      },
    ]);
    expect(app.store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.readdirSync(app.dataDir).sort()).toEqual([
      'backups',
      'logs',
      'mitzui.lock',
      'mitzui.sqlite',
      'mitzui.sqlite-shm',
      'mitzui.sqlite-wal',
    ]);
  });

  // The first version recorded schema version 1, the lowest a store of this app carries.
  it.each([
    ['the first version', 1],
    ['the version before this one', -1],
  ])('migrates a backup taken by %s', async (_, kept) => {
    const dir = folder();
    const older = path.join(dir, 'migrations');
    fs.cpSync(migrationsFolder, older, { recursive: true });
    const journalPath = path.join(older, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
    journal.entries = journal.entries.slice(0, kept);
    fs.writeFileSync(journalPath, JSON.stringify(journal));
    // The file as the previous build left it: its migrations applied and its version recorded.
    const file = path.join(dir, 'older.sqlite');
    const raw = new Database(file);
    migrate(drizzleOf(raw), { migrationsFolder: older });
    raw.pragma(`user_version = ${journal.entries.length}`);
    raw.exec("insert into office (name) values ('משרד ותיק')");
    raw.close();

    expectOk(await app.call(token, 'backup.restore', { file: upload(file), confirm: true }));
    expect(expectOk(await app.call(null, 'office.status', {}))).toEqual({ setupDone: true, officeName: 'משרד ותיק' });
    expect(app.store.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(migrationsFolder));
    expect(app.keeper.list().map((b) => b.kind)).toContain('before-migration');
  });

  it('asks for an explicit confirmation', async () => {
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    const reply = await app.call(token, 'backup.restore', { backup: backup.name, confirm: false as true });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'validation',
        field: 'confirm',
        message: 'יש לאשר את השחזור — הנתונים הנוכחיים יוחלפו בנתוני הגיבוי',
      },
    });
  });

  it('refuses an uploaded file that is corrupt, foreign or from a newer version, and a name not in the list — and the data stays', async () => {
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    const dir = folder();
    const broken = path.join(dir, 'broken.sqlite');
    fs.copyFileSync(backup.file, broken);
    corruptMiddle(broken);
    const foreign = path.join(dir, 'foreign.sqlite');
    new Database(foreign).exec('create table t (x)').close();
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(backup.file, newer);
    const raised = openFile(newer, app.keeper.storeKey());
    raised.pragma('user_version = 999');
    raised.close();

    const refusal = async (file: string) => {
      const reply = await app.call(token, 'backup.restore', { file: upload(file), confirm: true });
      expect(reply).toMatchObject({ ok: false, error: { code: 'validation', field: 'file' } });
      return !reply.ok && reply.error.message;
    };
    const corruptMessage = 'קובץ הגיבוי פגום או שאינו גיבוי של מיצוי. הוא לא שוחזר, והנתונים הנוכחיים לא שונו';
    expect(await refusal(broken)).toBe(corruptMessage);
    expect(await refusal(foreign)).toBe(corruptMessage);
    expect(await refusal(newer)).toBe(
      'הגיבוי נוצר בגרסה חדשה יותר של מיצוי ואי אפשר לשחזר אותו בגרסה זו — יש לעדכן את מיצוי. הנתונים הנוכחיים לא שונו',
    );
    expect(await app.call(token, 'backup.restore', { backup: 'none.sqlite', confirm: true })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'backup', message: 'הגיבוי אינו ברשימת הגיבויים של המשרד' },
    });

    // Same session, same data, nothing staged or set aside.
    expect(await lastNamesNow(token)).toEqual(['לוי-אברהם']);
    expect(app.keeper.list().map((b) => b.kind)).toEqual(['manual']);
    expect(fs.readdirSync(app.dataDir).filter((name) => /restoring|upload/.test(name))).toEqual([]);
    expect(auditRows('restore')).toEqual([]);
  });
});

describe('who may back up and restore', () => {
  it('lets the owner and a lawyer back up but not staff; only the owner restores', async () => {
    const owner = await setUpAndLogIn(app);
    const lawyer = await logInAs(app, 'lawyer');
    const staff = await logInAs(app, 'staff');
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'אין לך הרשאה לבצע פעולה זו' } };

    expect(await app.call(staff, 'backup.create', {})).toEqual(forbidden);
    expect(await app.call(staff, 'backup.list', {})).toEqual(forbidden);
    const backup = expectOk(await app.call(lawyer, 'backup.create', {}));
    expect(expectOk(await app.call(lawyer, 'backup.list', {})).backups).toHaveLength(1);

    expect(await app.call(staff, 'backup.restore', { backup: backup.name, confirm: true })).toEqual(forbidden);
    expect(await app.call(lawyer, 'backup.restore', { backup: backup.name, confirm: true })).toEqual(forbidden);
    expectOk(await app.call(owner, 'backup.restore', { backup: backup.name, confirm: true }));
  });
});

describe('recovery at start', () => {
  it('opens in recovery when the file is corrupt, answers nothing else, and restoreLatest brings the data back', async () => {
    const token = await officeWithClient();
    const good = await app.keeper.runDailyBackup();
    app.clock.advanceMinutes(20);
    // A newer backup that has itself gone bad is passed over.
    const bad = expectOk(await app.call(token, 'backup.create', {}));
    corruptMiddle(bad.file);
    app.close();
    const database = path.join(app.dataDir, 'mitzui.sqlite');
    corruptMiddle(database);
    const garbage = fs.readFileSync(database);

    app = await app.restart();
    expect(app.keeper.recoveryError).toEqual(expect.any(String));
    const inRecovery = {
      ok: false,
      error: {
        code: 'recovery',
        message: 'קובץ הנתונים של המשרד אינו תקין ומיצוי פועל במצב שחזור — יש לשחזר גיבוי במסך השחזור',
      },
    };
    expect(await app.call(null, 'office.status', {})).toEqual(inRecovery);
    expect(await app.call(null, 'auth.login', OWNER)).toEqual(inRecovery);

    const status = expectOk(await app.call(null, 'recovery.status', {}));
    expect(status.error).toBe(app.keeper.recoveryError);
    expect(status.latest?.file).toBe(good!.file);

    expect(await app.call(null, 'recovery.restoreLatest', { ...OWNER, confirm: false as true })).toMatchObject({
      ok: false,
      error: { field: 'confirm' },
    });
    const restored = expectOk(await app.call(null, 'recovery.restoreLatest', { ...OWNER, confirm: true }));
    expect(restored.restoredFrom).toBe(good!.name);
    // The broken file is kept byte for byte, in case someone can still rescue something from it.
    expect(fs.readFileSync(restored.safetyCopy!.file).equals(garbage)).toBe(true);

    expect(app.keeper.recoveryError).toBeNull();
    expect(await app.call(null, 'recovery.status', {})).toEqual({
      ok: false,
      error: { code: 'bad_request', message: 'קובץ הנתונים תקין ואין צורך בשחזור' },
    });
    const again = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    expect(await lastNamesNow(again)).toEqual(['לוי-אברהם']);
    expect(auditRows('restore')).toMatchObject([
      { officeId: null, staffId: null, details: { from: good!.name, byStaffId: null } },
    ]);

    // And the restored store is the one the app opens next time.
    app = await app.restart();
    expect(app.keeper.recoveryError).toBeNull();
  });

  it('opens in recovery when the file opens but fails quick_check', async () => {
    await setUpAndLogIn(app);
    const key = app.keeper.storeKey();
    app.close();
    corruptTablePage(path.join(app.dataDir, 'mitzui.sqlite'), 'audit_log_at', key);

    app = await app.restart();
    // The check runs on a worker after the store opened; signing in waits for it and is refused.
    expect(await app.call(null, 'auth.login', OWNER)).toMatchObject({ ok: false, error: { code: 'recovery' } });
    expect(expectOk(await app.call(null, 'recovery.status', {})).error).toMatch(
      /^בדיקת התקינות של קובץ הנתונים נכשלה: .+/,
    );
  });

  it('never offers a backup over a file from a newer version: it says to install that version, and restores nothing', async () => {
    await officeWithClient();
    const good = await app.keeper.runDailyBackup();
    expect(good).not.toBeNull();
    app.close();
    const database = path.join(app.dataDir, 'mitzui.sqlite');
    const raw = openFile(database, app.keeper.storeKey());
    raw.pragma('user_version = 999');
    raw.close();
    const newer = fs.readFileSync(database);

    app = await app.restart();
    const install = {
      ok: false,
      error: {
        code: 'recovery',
        message:
          'קובץ הנתונים של המשרד עודכן בגרסה חדשה יותר של מיצוי — יש להתקין את הגרסה החדשה. הקובץ לא שונה, ואין לשחזר במקומו גיבוי ישן',
      },
    };
    expect(await app.call(null, 'office.status', {})).toEqual(install);
    const status = expectOk(await app.call(null, 'recovery.status', {}));
    expect(status).toEqual({
      error: expect.stringContaining('גרסה חדשה יותר של מיצוי'),
      latest: null,
      newerVersion: true,
      keyProblem: null,
    });
    expect(await app.call(null, 'recovery.restoreLatest', { ...OWNER, confirm: true })).toEqual(install);
    expect(fs.readFileSync(database).equals(newer)).toBe(true);
    expect(app.keeper.list().map((b) => b.kind)).toEqual(['daily']);
  });

  it('restores from the recovery screen only for an owner whose password the backup knows', async () => {
    const owner = await officeWithClient();
    await logInAs(app, 'lawyer', 'levi');
    const good = await app.keeper.runDailyBackup();
    // A password changed after the backup: the backup's own password is the one that counts.
    const changed = { ...OWNER, password: 'changed-later-42' };
    expectOk(
      await app.call(owner, 'auth.changePassword', { currentPassword: OWNER.password, newPassword: changed.password }),
    );
    app.close();
    corruptMiddle(path.join(app.dataDir, 'mitzui.sqlite'));
    app = await app.restart();

    const refused = {
      ok: false,
      error: {
        code: 'bad_credentials',
        field: 'password',
        message: 'שם המשתמש או הסיסמה אינם של בעל משרד כפי שהם רשומים בגיבוי — השחזור לא בוצע',
      },
    };
    expect(
      await app.call(null, 'recovery.restoreLatest', { ...OWNER, password: 'wrong-password', confirm: true }),
    ).toEqual(refused);
    expect(
      await app.call(null, 'recovery.restoreLatest', { username: 'nobody', password: OWNER.password, confirm: true }),
    ).toEqual(refused);
    expect(
      await app.call(null, 'recovery.restoreLatest', { username: 'levi', password: 'password-123', confirm: true }),
    ).toEqual(refused);
    expect(await app.call(null, 'recovery.restoreLatest', { ...changed, confirm: true })).toEqual(refused);
    expect(await app.call(null, 'recovery.restoreLatest', { confirm: true } as never)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(app.keeper.recoveryError).not.toBeNull();

    expect(expectOk(await app.call(null, 'recovery.restoreLatest', { ...OWNER, confirm: true })).restoredFrom).toBe(
      good!.name,
    );
    expect(app.keeper.recoveryError).toBeNull();
  });

  it('locks the recovery restore for a while after five wrong passwords in a row', async () => {
    await officeWithClient();
    await app.keeper.runDailyBackup();
    app.close();
    corruptMiddle(path.join(app.dataDir, 'mitzui.sqlite'));
    app = await app.restart();
    const wrong = { ...OWNER, password: 'guess-number-x', confirm: true as const };
    for (let i = 0; i < 5; i++)
      expect(await app.call(null, 'recovery.restoreLatest', wrong)).toMatchObject({
        ok: false,
        error: { code: 'bad_credentials', field: 'password' },
      });
    const locked = {
      ok: false,
      error: {
        code: 'bad_credentials',
        message:
          'היו יותר מדי ניסיונות שחזור עם שם משתמש או סיסמה שגויים — השחזור נחסם לזמן קצר. נסו שוב בעוד כמה דקות',
      },
    };
    // Even the right password waits out the lock.
    expect(await app.call(null, 'recovery.restoreLatest', { ...OWNER, confirm: true })).toEqual(locked);
    app.clock.advanceMinutes(1);
    // One more miss locks for twice as long.
    expect(await app.call(null, 'recovery.restoreLatest', wrong)).toMatchObject({
      ok: false,
      error: { field: 'password' },
    });
    app.clock.advanceMinutes(1);
    expect(await app.call(null, 'recovery.restoreLatest', { ...OWNER, confirm: true })).toEqual(locked);
    app.clock.advanceMinutes(1);
    expectOk(await app.call(null, 'recovery.restoreLatest', { ...OWNER, confirm: true }));
  });

  it('checks each backup once per size and time, not on every status call', async () => {
    await officeWithClient();
    const good = (await app.keeper.runDailyBackup())!;
    // Whole seconds, which a file's time keeps exactly when set again below.
    const taken = new Date('2026-03-01T08:00:01Z');
    fs.utimesSync(good.file, taken, taken);
    app.close();
    corruptMiddle(path.join(app.dataDir, 'mitzui.sqlite'));
    app = await app.restart();
    expect(expectOk(await app.call(null, 'recovery.status', {})).latest?.file).toBe(good.file);

    // Damage the backup but keep its size and time: a second status does not read it again.
    corruptMiddle(good.file);
    fs.utimesSync(good.file, taken, taken);
    expect(expectOk(await app.call(null, 'recovery.status', {})).latest?.file).toBe(good.file);
    // Once its time changes it is checked again, and passed over.
    fs.utimesSync(good.file, taken, new Date(taken.getTime() + 1000));
    expect(expectOk(await app.call(null, 'recovery.status', {})).latest).toBeNull();
  });
});
