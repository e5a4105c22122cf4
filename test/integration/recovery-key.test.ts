// The recovery key on real files: made by the owner, confirmed with two of its groups, printed on a
// sheet; then a copy of the data folder opens with it on a "new machine" whose key folder is empty.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataKey } from '../../db/audit-key';
import { opensWith } from '../../db/sqlite';
import { corruptTablePage } from '../support/corrupt';
import { newRecoveryKey, parseRecoveryKey, recoveryKeyGroups, RecoveryKeyFormatError } from '../../db/recovery-key';
import { openApp } from '../../main/app';
import { expectOk, openTestApp, OWNER, SETUP_INPUT, setUpAndLogIn } from '../support/app';
import { readManifest } from '../../db/backup-manifest';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { tempDir, testKeys } from '../support/temp';
import type { LoginReply } from '../../shared/api/procedures/auth';
import type { ApiResult } from '../../shared/api/result';
import type { RecoveryStatus } from '../../shared/schemas/backup';

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
  lastNameHe: 'לוי',
  birthDate: '1975-04-12',
  sex: 'female' as const,
};

describe('the recovery key', () => {
  it('reads back what it shows, and catches a mistyped group by its checksum', () => {
    const key = newRecoveryKey();
    const groups = recoveryKeyGroups(key);
    expect(parseRecoveryKey(groups.join(' ')).equals(key)).toBe(true);
    // O for 0 and lower case are read as meant.
    expect(parseRecoveryKey(groups.join('-').toLowerCase().replace(/0/g, 'o')).equals(key)).toBe(true);
    const swapped = [...groups];
    swapped[3] =
      swapped[3]!.split('').reverse().join('') === swapped[3] ? 'ZZZZ' : swapped[3]!.split('').reverse().join('');
    expect(() => parseRecoveryKey(swapped.join(''))).toThrow(RecoveryKeyFormatError);
    expect(() => parseRecoveryKey(groups.slice(1).join(''))).toThrow(RecoveryKeyFormatError);
  });

  it('is confirmed by two groups, printed, and opens a copy of the folder on a new machine', async () => {
    const app = await openTestApp();
    cleanups.push(() => app.dispose());
    const token = await setUpAndLogIn(app);
    expectOk(await app.call(token, 'clients.create', client));
    expect(expectOk(await app.call(token, 'recoveryKey.state', {}))).toEqual({
      createdAt: null,
      confirmedAt: null,
      storePlain: false,
      renewDue: false,
    });

    const made = expectOk(await app.call(token, 'recoveryKey.create', {}));
    expect(made.groups).toHaveLength(14);
    expect(made.groups.every((g) => /^[0-9A-HJKMNP-TV-Z]{4}$/.test(g))).toBe(true);
    expect(Buffer.from(made.sheetBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const [i, j] = made.check;
    const wrong = await app.call(token, 'recoveryKey.confirm', { groups: [made.groups[i]!, 'ZZZZ'] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', field: 'groups' } });
    const confirmed = expectOk(
      await app.call(token, 'recoveryKey.confirm', { groups: [made.groups[i]!.toLowerCase(), made.groups[j]!] }),
    );
    expect(confirmed.confirmedAt).toBe('2026-03-01T08:00:00.000Z');
    // The key is parsed back from its groups, typed with dashes.
    const typed = made.groups.join('-');
    expect(parseRecoveryKey(typed)).toHaveLength(32);

    // A copy of the data folder on a machine with an empty key folder.
    app.close();
    const copy = tempDir('mitzui-copied-office-');
    cleanups.push(copy.cleanup);
    fs.cpSync(app.dataDir, copy.dir, { recursive: true });
    fs.rmSync(path.join(copy.dir, 'mitzui.lock'), { force: true });
    const newMachine = tempDir('mitzui-new-machine-keys-');
    cleanups.push(newMachine.cleanup);
    const keys = { dir: newMachine.dir };
    const moved = await openApp({ keys, dataDir: copy.dir });
    cleanups.push(() => moved.close());
    const status = expectOk(await moved.dispatch(null, 'recovery.status', {})) as RecoveryStatus;
    expect(status.keyProblem).toBe('missing');

    // Another office's key, or a mistyped one, is refused and changes nothing.
    const other = await moved.dispatch(null, 'recovery.openWithKey', {
      recoveryKey: typed.replace(made.groups[0]!, made.groups[0] === 'AAAA' ? 'BBBB' : 'AAAA'),
    });
    expect(other).toMatchObject({ ok: false, error: { code: 'validation', field: 'recoveryKey' } });
    expect(loadDataKey(keys, copy.dir)).toBeNull();

    expectOk(await moved.dispatch(null, 'recovery.openWithKey', { recoveryKey: typed }));
    expect(moved.keeper.keyProblem).toBeNull();
    expect(loadDataKey(keys, copy.dir)!.equals(loadDataKey(testKeys, app.dataDir)!)).toBe(true);
    const again = signedIn((await moved.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token;
    const rows = expectOk(await moved.dispatch(moved.sessions.resolve(again), 'clients.search', { query: 'לוי' })) as {
      rows: { lastNameHe: string }[];
    };
    expect(rows.rows.map((r) => r.lastNameHe)).toEqual(['לוי']);
    // The audit chain verifies with the audit key the bundle brought.
    expect(expectOk(await moved.dispatch(moved.sessions.resolve(again), 'audit.verify', {}))).toMatchObject({
      ok: true,
    });

    // The key was typed on this machine: a new one is due, after a restart too, until it is made and confirmed.
    const ownerThere = moved.sessions.resolve(again);
    expect(expectOk(await moved.dispatch(ownerThere, 'recoveryKey.state', {}))).toMatchObject({ renewDue: true });
    moved.close();
    const restarted = await openApp({ keys, dataDir: copy.dir });
    cleanups.push(() => restarted.close());
    const owner = restarted.sessions.resolve(
      signedIn((await restarted.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token,
    );
    expect(expectOk(await restarted.dispatch(owner, 'recoveryKey.state', {}))).toMatchObject({ renewDue: true });
    const renewed = expectOk(await restarted.dispatch(owner, 'recoveryKey.create', {})) as typeof made;
    expect(expectOk(await restarted.dispatch(owner, 'recoveryKey.state', {}))).toMatchObject({ renewDue: true });
    const [a, b] = renewed.check;
    expect(
      expectOk(
        await restarted.dispatch(owner, 'recoveryKey.confirm', { groups: [renewed.groups[a]!, renewed.groups[b]!] }),
      ),
    ).toMatchObject({ renewDue: false });
  });

  it('restores an office from one of its backups alone with the recovery key, on a fresh install', async () => {
    const app = await openTestApp();
    cleanups.push(() => app.dispose());
    const token = await setUpAndLogIn(app);
    expectOk(await app.call(token, 'clients.create', client));
    const before = expectOk(await app.call(token, 'backup.create', {}));
    // A backup taken before the recovery key was made carries no bundle until the key is made.
    expect(readManifest(before.file)!.recovery).toBeUndefined();
    const first = expectOk(await app.call(token, 'recoveryKey.create', {}));
    expect(readManifest(before.file)!.recovery).toBeDefined();
    // A newer recovery key replaces the bundle in the backups too: the first one opens none of them.
    const made = expectOk(await app.call(token, 'recoveryKey.create', {}));
    const backup = expectOk(await app.call(token, 'backup.create', {}));
    expect(readManifest(backup.file)!.recovery).toEqual(readManifest(before.file)!.recovery);
    app.close();

    // A fresh install on another machine: its own key folder, a new office set up, the backup copied in.
    const fresh = tempDir('mitzui-fresh-install-');
    cleanups.push(fresh.cleanup);
    const newMachine = tempDir('mitzui-fresh-install-keys-');
    cleanups.push(newMachine.cleanup);
    const keys = { dir: newMachine.dir };
    const installed = await openApp({ keys, dataDir: fresh.dir });
    cleanups.push(() => installed.close());
    expectOk(await installed.dispatch(null, 'office.setup', SETUP_INPUT));
    const owner = installed.sessions.resolve(
      signedIn((await installed.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token,
    );
    const manual = path.join(fresh.dir, 'backups', 'manual');
    fs.mkdirSync(manual, { recursive: true });
    for (const name of [backup.name, backup.name.replace(/\.sqlite$/, '.manifest.json')])
      fs.copyFileSync(path.join(path.dirname(backup.file), name), path.join(manual, name));
    const ownKey = loadDataKey(keys, fresh.dir)!;

    // Without the recovery key the fresh install's key does not open it; the first key, a mistyped one, are refused.
    expect(await installed.dispatch(owner, 'backup.restore', { backup: backup.name, confirm: true })).toMatchObject({
      ok: false,
      error: { field: 'backup' },
    });
    const old = await installed.dispatch(owner, 'backup.restore', {
      backup: backup.name,
      confirm: true,
      recoveryKey: first.groups.join(''),
    });
    expect(old).toMatchObject({ ok: false, error: { code: 'validation', field: 'recoveryKey' } });
    const mistyped = await installed.dispatch(owner, 'backup.restore', {
      backup: backup.name,
      confirm: true,
      recoveryKey: made.groups.slice(1).join(''),
    });
    expect(mistyped).toMatchObject({ ok: false, error: { code: 'validation', field: 'recoveryKey' } });
    expect(loadDataKey(keys, fresh.dir)!.equals(ownKey)).toBe(true);
    // A damaged copy of it opens with the bundle's key but fails its check: refused, and this folder's own keys are back.
    const damaged = 'mitzui-2026-01-01T00-00-00-000Z.sqlite';
    fs.copyFileSync(path.join(manual, backup.name), path.join(manual, damaged));
    fs.copyFileSync(
      path.join(manual, backup.name.replace(/\.sqlite$/, '.manifest.json')),
      path.join(manual, damaged.replace(/\.sqlite$/, '.manifest.json')),
    );
    corruptTablePage(path.join(manual, damaged), 'insured_person', loadDataKey(testKeys, app.dataDir));
    const refused = await installed.dispatch(owner, 'backup.restore', {
      backup: damaged,
      confirm: true,
      recoveryKey: made.groups.join(''),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', field: 'backup' } });
    expect(loadDataKey(keys, fresh.dir)!.equals(ownKey)).toBe(true);
    expect(installed.keeper.recoveryKeyRenewalDue()).toBeNull();

    // Uploaded without the manifest beside it, the backup has no bundle: the user is told to pick both files.
    const upload = { name: backup.name, contentBase64: fs.readFileSync(backup.file).toString('base64') };
    const alone = await installed.dispatch(owner, 'backup.restore', {
      file: upload,
      confirm: true,
      recoveryKey: made.groups.join(''),
    });
    expect(alone).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'file', message: expect.stringContaining('manifest.json') },
    });
    expect(loadDataKey(keys, fresh.dir)!.equals(ownKey)).toBe(true);

    expectOk(
      await installed.dispatch(owner, 'backup.restore', {
        backup: backup.name,
        confirm: true,
        recoveryKey: made.groups.join('-'),
      }),
    );
    expect(loadDataKey(keys, fresh.dir)!.equals(loadDataKey(testKeys, app.dataDir)!)).toBe(true);
    const again = installed.sessions.resolve(
      signedIn((await installed.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token,
    );
    const rows = expectOk(await installed.dispatch(again, 'clients.search', { query: 'לוי' })) as {
      rows: { lastNameHe: string }[];
    };
    expect(rows.rows.map((r) => r.lastNameHe)).toEqual(['לוי']);
    expect(expectOk(await installed.dispatch(again, 'audit.verify', {}))).toMatchObject({ ok: true });
    // The folder has the bundle now: the same recovery key keeps opening it; the replaced store's safety copy opens with the restored key.
    expect(expectOk(await installed.dispatch(again, 'recoveryKey.state', {}))).toMatchObject({
      createdAt: '2026-03-01T08:00:00.000Z',
      // It was typed on this machine: a new one is due.
      renewDue: true,
    });
    const safety = installed.keeper.list().find((b) => b.kind === 'before-restore')!;
    expect(opensWith(safety.file, loadDataKey(keys, fresh.dir)!)).toBe(true);
  });
});
