// The store encrypted at rest, on real files: nothing of a client is readable in the store, its WAL
// or a backup without the data key; a missing or wrong key is refused with the file untouched and no
// new key or empty store made over it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataKey, replaceDataKey, type KeyVault } from '../../db/audit-key';
import { Database, isPlainFile } from '../../db/sqlite';
import { openApp } from '../../main/app';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { validId } from '../support/ids';
import { tempDir, testKeys } from '../support/temp';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

const client = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'זילברשטיין',
  birthDate: '1975-04-12',
  sex: 'female' as const,
  mobilePhone: '054-7654321',
};

/** Whether the bytes hold the text in any of the encodings SQLite stores text in. */
function holds(file: string, text: string): boolean {
  const bytes = fs.readFileSync(file);
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function officeWithClient(): Promise<{ app: TestApp; token: string }> {
  const app = await openTestApp();
  cleanups.push(() => app.dispose());
  const token = await setUpAndLogIn(app);
  expectOk(await app.call(token, 'clients.create', client));
  return { app, token };
}

/** An office with a client, closed: its folder, its store file and the file's hash. */
async function closedOffice(): Promise<{ dataDir: string; file: string; before: string }> {
  const { app } = await officeWithClient();
  app.close();
  const file = path.join(app.dataDir, 'mitzui.sqlite');
  return { dataDir: app.dataDir, file, before: sha(file) };
}

/** The app opens in recovery, names the key problem, and serves nothing else (no fresh set-up). */
async function expectRefused(
  options: { keys: KeyVault; dataDir: string },
  problem: 'missing' | 'wrong',
  says: string,
): Promise<void> {
  const opened = await openApp(options);
  try {
    expect(opened.keeper.keyProblem).toBe(problem);
    const status = expectOk(await opened.dispatch(null, 'recovery.status', {})) as { error: string };
    expect(status.error).toContain(says);
    expect(await opened.dispatch(null, 'office.status', {})).toMatchObject({ ok: false, error: { code: 'recovery' } });
  } finally {
    opened.close();
  }
}

describe('a store encrypted from the start', () => {
  it('gives nothing away without the key: not the file, its WAL or a backup', async () => {
    const { app, token } = await officeWithClient();
    const file = app.store.file;
    // The client's row is in the WAL until a checkpoint; look there first.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(holds(`${file}-wal`, client.lastNameHe)).toBe(false);
    expect(holds(`${file}-wal`, client.idNumber)).toBe(false);
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    app.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const copy of [file, backup.file]) {
      expect(isPlainFile(copy)).toBe(false);
      expect(holds(copy, client.lastNameHe)).toBe(false);
      expect(holds(copy, client.idNumber)).toBe(false);
      expect(holds(copy, 'insured_person')).toBe(false);
      // Plain SQLite cannot open it.
      const plain = new Database(copy, { readonly: true });
      expect(() => plain.prepare('select count(*) from sqlite_master').get()).toThrow(/not a database/);
      plain.close();
    }
    // The app reads it back, search (FTS5) included.
    expect(
      expectOk(await app.call(token, 'clients.search', { query: 'זילברשטיין' })).rows.map((r) => r.lastNameHe),
    ).toEqual([client.lastNameHe]);
  });

  it('refuses a wrong key with the file untouched and offers the recovery key', async () => {
    const { dataDir, file, before } = await closedOffice();
    replaceDataKey(testKeys, dataDir, Buffer.alloc(32, 0x42));

    await expectRefused({ keys: testKeys, dataDir }, 'wrong', 'מפתח ההצפנה שבמחשב הזה אינו פותח את קובץ הנתונים');
    expect(sha(file)).toBe(before);
    expect(loadDataKey(testKeys, dataDir)!.equals(Buffer.alloc(32, 0x42))).toBe(true);
  });

  it('refuses a store whose key folder has no key for it, and makes no key or store in its place', async () => {
    const { dataDir, file, before } = await closedOffice();
    const newMachine = tempDir('mitzui-new-machine-keys-');
    cleanups.push(newMachine.cleanup);
    const keys = { dir: newMachine.dir };

    await expectRefused({ keys, dataDir }, 'missing', 'מפתח ההצפנה שלו אינו נמצא במחשב הזה');
    expect(sha(file)).toBe(before);
    expect(loadDataKey(keys, dataDir)).toBeNull();
  });
});
