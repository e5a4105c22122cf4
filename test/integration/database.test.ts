// Opening the store: pragmas, migrations, refusal of a newer file, backup before migrating.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, knownSchemaVersion, openDatabase } from '../../db/open';
import { migrationsFolder } from '../../main/config/paths';
import { verifyAuditChain } from '../../db/repositories/audit';
import { tempDir } from '../support/temp';

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
    const store = await openDatabase({ file: path.join(dir, 'm.sqlite'), backupDir: path.join(dir, 'b'), migrationsFolder });
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(migrationsFolder));
    expect(() => store.sqlite.prepare("insert into staff_member (office_id, full_name, username, role, password_hash) values (99, 'x', 'x', 'owner', 'h')").run()).toThrow(/FOREIGN KEY/);
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
    await expect(openDatabase({ file, backupDir: path.join(dir, 'b'), migrationsFolder })).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openDatabase({ file, backupDir: path.join(dir, 'b'), migrationsFolder })).rejects.toThrow(/גרסה חדשה יותר/);
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
    migrate(drizzle(old), { migrationsFolder: v1 });
    old.pragma('user_version = 1');
    old.exec(`
      insert into office (name) values ('משרד');
      insert into staff_member (office_id, full_name, username, role, password_hash) values (1, 'דנה', 'dana', 'owner', 'x');
      insert into insured_person (office_id, id_number, first_name_he, last_name_he, birth_date, sex, mobile_phone, created_by, updated_by)
        values (1, '000000018', 'רחל', 'לוי', '1970-01-01', 'female', '+972523456789', 1, 1);
      insert into audit_log (office_id, staff_id, action, entity, entity_id) values (1, 1, 'create', 'insured_person', 1);`);
    old.close();

    const current = await openDatabase({ file, backupDir: path.join(dir, 'b'), migrationsFolder });
    const row = current.sqlite.prepare('select first_name_he, mobile_phone, preferred_language, is_housewife, deleted_at from insured_person').get();
    expect(row).toEqual({ first_name_he: 'רחל', mobile_phone: '+972523456789', preferred_language: 'he', is_housewife: 0, deleted_at: null });
    expect(current.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(current.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditChain(current.db)).toMatchObject({ ok: true, rows: 1 }); // the old row is sealed into the chain
    expect(current.sqlite.prepare("select count(*) from client_search where client_search match 'רחל'").pluck().get()).toBe(1);
    current.close();
    expect(fs.readdirSync(path.join(dir, 'b')).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
  });

  it('backs the file up before applying a new migration, keeping the old data readable', async () => {
    const dir = folder();
    const file = path.join(dir, 'm.sqlite');
    const backupDir = path.join(dir, 'b');
    const first = await openDatabase({ file, backupDir, migrationsFolder });
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
    const upgraded = await openDatabase({ file, backupDir, migrationsFolder: later, now });
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    expect(upgraded.sqlite.prepare('select note from office').get()).toEqual({ note: null });
    upgraded.close();

    const backups = fs.readdirSync(backupDir).filter((name) => name.endsWith('.sqlite'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toBe(`before-migration-v${journal.entries.length - 1}-to-v${journal.entries.length}-2026-05-01T10-00-00-000Z.sqlite`);
    const old = new Database(path.join(backupDir, backups[0]!), { readonly: true });
    expect(old.prepare('select name from office').get()).toEqual({ name: 'משרד ישן' });
    expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
    old.close();
  });
});
