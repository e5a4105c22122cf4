// Opening the store: pragmas, migrations, refusal of a newer file, backup before migrating.
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, knownSchemaVersion, openDatabase } from '../../db/open';
import { loadDataKey } from '../../db/audit-key';
import { Database, drizzleOf, isPlainFile, openFile } from '../../db/sqlite';
import { migrationsFolder } from '../../main/config/paths';
import { verifyAuditChain } from '../../db/repositories/audit';
import { tempDir, testKeys } from '../support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys and the current schema version', async () => {
    const dir = folder();
    const store = await openDatabase({
      keys: testKeys,
      file: path.join(dir, 'm.sqlite'),
      backupDir: path.join(dir, 'b'),
      migrationsFolder,
    });
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(migrationsFolder));
    expect(() =>
      store.sqlite
        .prepare(
          "insert into staff_member (office_id, full_name, username, role, password_hash) values (99, 'x', 'x', 'owner', 'h')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    store.close();
    expect(fs.existsSync(path.join(dir, 'b'))).toBe(false); // a new file needs no backup
  });

  it('refuses a file written by a newer version and leaves it untouched', async () => {
    const dir = folder();
    const file = path.join(dir, 'm.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    const before = fs.readFileSync(file);
    await expect(
      openDatabase({ keys: testKeys, file, backupDir: path.join(dir, 'b'), migrationsFolder }),
    ).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(
      openDatabase({ keys: testKeys, file, backupDir: path.join(dir, 'b'), migrationsFolder }),
    ).rejects.toThrow(/גרסה חדשה יותר/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('upgrades a walking-skeleton (v1) store to the case store and keeps its clients', async () => {
    const dir = folder();
    const file = path.join(dir, 'm.sqlite');
    const v1 = path.join(dir, 'migrations-v1');
    fs.cpSync(migrationsFolder, v1, { recursive: true });
    const journalPath = path.join(v1, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
    journal.entries = journal.entries.slice(0, 1);
    fs.writeFileSync(journalPath, JSON.stringify(journal));

    // What the walking-skeleton build did when it opened a new file.
    const old = new Database(file);
    migrate(drizzleOf(old), { migrationsFolder: v1 });
    old.pragma('user_version = 1');
    old.exec(`
      insert into office (name) values ('משרד');
      insert into staff_member (office_id, full_name, username, role, password_hash) values (1, 'דנה', 'dana', 'owner', 'x');
      insert into insured_person (office_id, id_number, first_name_he, last_name_he, birth_date, sex, mobile_phone, created_by, updated_by)
        values (1, '000000018', 'רחל', 'לוי', '1970-01-01', 'female', '+972523456789', 1, 1);
      insert into audit_log (office_id, staff_id, action, entity, entity_id) values (1, 1, 'create', 'insured_person', 1);`);
    old.close();

    const current = await openDatabase({
      keys: { dir: path.join(dir, 'keys') },
      file,
      backupDir: path.join(dir, 'b'),
      migrationsFolder,
    });
    const row = current.sqlite
      .prepare('select first_name_he, mobile_phone, preferred_language, is_housewife, deleted_at from insured_person')
      .get();
    expect(row).toEqual({
      first_name_he: 'רחל',
      mobile_phone: '+972523456789',
      preferred_language: 'he',
      is_housewife: 0,
      deleted_at: null,
    });
    expect(current.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(current.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The skeleton wrote its row without a seal; nothing seals it after the fact, and the log says so.
    expect(verifyAuditChain(current.db)).toMatchObject({ ok: false, brokenAt: 1, reason: 'unsealed' });
    expect(
      current.sqlite.prepare("select count(*) from client_search where client_search match 'רחל'").pluck().get(),
    ).toBe(1);
    // The index the spelling-keys migration made anew is filled at open, keys included.
    expect(current.sqlite.prepare('select name_keys from client_search').pluck().get()).toBe('רחל ל');
    current.close();
    expect(fs.readdirSync(path.join(dir, 'b')).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
  });

  it('keys the chain an older build sealed with plain SHA-256, on the first key this machine makes only', async () => {
    const dir = folder();
    const legacyStore = (name: string) => {
      const file = path.join(dir, name, 'mitzui.sqlite');
      fs.mkdirSync(path.dirname(file));
      const old = new Database(file);
      migrate(drizzleOf(old), { migrationsFolder });
      old.pragma(`user_version = ${knownSchemaVersion(migrationsFolder)}`);
      let prev = '0'.repeat(64);
      for (const action of ['setup', 'login']) {
        const id = old
          .prepare("insert into audit_log (at, action, entity) values ('2026-01-01T00:00:00.000Z', ?, 'office')")
          .run(action).lastInsertRowid;
        const row = old
          .prepare('select id, at, office_id, staff_id, action, entity, entity_id, details from audit_log where id = ?')
          .raw()
          .get(id) as unknown[];
        const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify(row)).digest('hex');
        old.prepare('update audit_log set prev_hash = ?, hash = ? where id = ?').run(prev, hash, id);
        prev = hash;
      }
      old.close();
      return file;
    };
    const keys = { dir: path.join(dir, 'keys') };
    const upgraded = await openDatabase({
      keys,
      file: legacyStore('first'),
      backupDir: path.join(dir, 'b'),
      migrationsFolder,
    });
    expect(verifyAuditChain(upgraded.db)).toMatchObject({ ok: true, rows: 3 });
    expect(upgraded.sqlite.prepare('select action from audit_log where id = 3').pluck().get()).toBe(
      'audit_chain_keyed',
    );
    upgraded.close();
    // Once keys exist here, a store with rows and no key is one whose key was lost: its older rows are unverifiable.
    const second = await openDatabase({
      keys,
      file: legacyStore('second'),
      backupDir: path.join(dir, 'b2'),
      migrationsFolder,
    });
    expect(verifyAuditChain(second.db)).toMatchObject({ ok: false, reason: 'unverifiable', verifiableFrom: 3 });
    second.close();
  });

  it('backs the file up before applying a new migration, keeping the old data readable', async () => {
    const dir = folder();
    const file = path.join(dir, 'm.sqlite');
    const backupDir = path.join(dir, 'b');
    const first = await openDatabase({ keys: testKeys, file, backupDir, migrationsFolder });
    first.sqlite.prepare("insert into office (name) values ('משרד ישן')").run();
    first.close();

    // A later build: the same migrations plus one more.
    const later = path.join(dir, 'migrations');
    fs.cpSync(migrationsFolder, later, { recursive: true });
    const journalPath = path.join(later, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
    const last = journal.entries[journal.entries.length - 1];
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_test_note' });
    fs.writeFileSync(journalPath, JSON.stringify(journal));
    fs.writeFileSync(path.join(later, '9999_test_note.sql'), 'ALTER TABLE `office` ADD `note` text;');

    const now = () => new Date('2026-05-01T10:00:00Z');
    const upgraded = await openDatabase({ keys: testKeys, file, backupDir, migrationsFolder: later, now });
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    expect(upgraded.sqlite.prepare('select note from office').get()).toEqual({ note: null });
    upgraded.close();

    const backups = fs.readdirSync(backupDir).filter((name) => name.endsWith('.sqlite'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toBe(
      `before-migration-v${journal.entries.length - 1}-to-v${journal.entries.length}-2026-05-01T10-00-00-000Z.sqlite`,
    );
    // Encrypted under the store's key, as the store is.
    const backup = path.join(backupDir, backups[0]!);
    expect(isPlainFile(backup)).toBe(false);
    const old = openFile(backup, loadDataKey(testKeys, dir), { readonly: true });
    expect(old.prepare('select name from office').get()).toEqual({ name: 'משרד ישן' });
    expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
    old.close();
  });
});
