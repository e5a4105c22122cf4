// A store from before service centres: its committees keep their branch once the place migration
// runs, with no service centre, and the store then holds the one-place rule.
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { Database, drizzleOf } from '../../db/sqlite';
import { migrationsFolder } from '../../main/config/paths';
import { tempDir } from '../support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The migrations a build had before the place migration. */
function migrationsBefore(dir: string, tag: string): { folder: string; count: number } {
  const folder = path.join(dir, 'migrations-before');
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, count: journal.entries.length };
}

it('keeps an old committee at its branch, with no service centre, and refuses both or neither afterwards', async () => {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const file = path.join(dir, 'm.sqlite');
  const before = migrationsBefore(dir, '0015_committee_place');

  const old = new Database(file);
  migrate(drizzleOf(old), { migrationsFolder: before.folder });
  old.pragma(`user_version = ${before.count}`);
  old.exec(`
    insert into office (name) values ('משרד');
    insert into staff_member (office_id, full_name, username, role, password_hash) values (1, 'דנה', 'dana', 'owner', 'x');
    insert into insured_person (office_id, id_number, first_name_he, last_name_he, birth_date, sex, mobile_phone, created_by, updated_by)
      values (1, '000000018', 'רחל', 'לוי', '1970-01-01', 'female', '+972523456789', 1, 1);
    insert into medical_committee (insured_person_id, committee_type, committee_date, committee_time, branch, outcome)
      values (1, 'first_tier', '2026-03-16', '09:30', 'haifa', '[{"section":"37(7)(ב)","description":null,"percent":10,"isTemporary":false,"until":null}]');`);
  // Before it, the store knew no other place than a branch.
  expect(() =>
    old
      .prepare(
        "insert into medical_committee (insured_person_id, committee_type, committee_date, branch) values (1, 'first_tier', '2026-03-17', 'yirka')",
      )
      .run(),
  ).toThrow(/CHECK/);
  old.close();

  const store = await openDatabase({
    keys: { dir: path.join(dir, 'keys') },
    file,
    backupDir: path.join(dir, 'b'),
    migrationsFolder,
  });
  try {
    expect(
      store.sqlite
        .prepare('select committee_date, committee_time, branch, service_centre, outcome from medical_committee')
        .all(),
    ).toEqual([
      {
        committee_date: '2026-03-16',
        committee_time: '09:30',
        branch: 'haifa',
        service_centre: null,
        outcome: '[{"section":"37(7)(ב)","description":null,"percent":10,"isTemporary":false,"until":null}]',
      },
    ]);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    const insert = store.sqlite.prepare(
      'insert into medical_committee (insured_person_id, committee_type, committee_date, branch, service_centre) values (1, ?, ?, ?, ?)',
    );
    insert.run('first_tier', '2026-04-01', null, 'yirka');
    expect(() => insert.run('first_tier', '2026-04-02', 'haifa', 'yirka')).toThrow(/CHECK/);
    expect(() => insert.run('first_tier', '2026-04-03', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('first_tier', '2026-04-04', null, 'haifa')).toThrow(/CHECK/);
  } finally {
    store.close();
  }
});
