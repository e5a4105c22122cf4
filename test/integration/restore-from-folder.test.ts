// A fresh install restores an office from a backup folder outside it (a USB stick) on real files: the
// folder holds the backups and the keys sealed by the owner's backup passphrase. A wrong passphrase,
// a folder without keys or a damaged newest backup change nothing; the right one brings the office.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataKey } from '../../db/audit-key';
import { openApp } from '../../main/app';
import type { LoginReply } from '../../shared/api/procedures/auth';
import type { ApiResult } from '../../shared/api/result';
import { corruptTablePage } from '../support/corrupt';
import { expectOk, openTestApp, OWNER, SETUP_INPUT, setUpAndLogIn } from '../support/app';
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

const client = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי',
  birthDate: '1975-04-12',
  sex: 'female' as const,
};
const PASSPHRASE = 'the-usb-stick-passphrase';

function temp(prefix: string): string {
  const made = tempDir(prefix);
  cleanups.push(made.cleanup);
  return made.dir;
}

describe('restoring from a backup folder with its sealed keys', () => {
  it('opens the keys with the passphrase, restores the newest backup, and changes nothing when refused', async () => {
    const app = await openTestApp();
    cleanups.push(() => app.dispose());
    const token = await setUpAndLogIn(app);
    expectOk(await app.call(token, 'clients.create', client));
    const usb = temp('mitzui-usb-');
    const backup = expectOk(await app.call(token, 'backup.create', { folder: usb, passphrase: PASSPHRASE }));
    app.close();

    const keys = { dir: temp('mitzui-fresh-keys-') };
    const dataDir = temp('mitzui-fresh-');
    const installed = await openApp({ keys, dataDir });
    cleanups.push(() => installed.close());
    expectOk(await installed.dispatch(null, 'office.setup', SETUP_INPUT));
    const owner = installed.sessions.resolve(
      signedIn((await installed.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token,
    );
    const ownKey = loadDataKey(keys, dataDir)!;
    const restore = (input: object) =>
      installed.dispatch(owner, 'backup.restoreFromFolder', {
        folder: usb,
        passphrase: PASSPHRASE,
        confirm: true,
        ...input,
      });

    expect(await restore({ passphrase: 'not-the-usb-passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'passphrase', message: expect.stringContaining('סיסמת הגיבוי') },
    });
    expect(await restore({ folder: temp('mitzui-empty-') })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'folder' },
    });
    expect(await restore({ folder: 'relative/path' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'folder' },
    });
    expect(await restore({ confirm: false })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'confirm' },
    });
    expect(loadDataKey(keys, dataDir)!.equals(ownKey)).toBe(true);

    // A damaged newer backup beside it opens with the folder's keys but fails its check: this folder's own keys are back.
    const damaged = path.join(usb, 'mitzui-2099-01-01T00-00-00-000Z.sqlite');
    fs.copyFileSync(backup.file, damaged);
    corruptTablePage(damaged, 'insured_person', loadDataKey(testKeys, app.dataDir));
    expect(await restore({})).toMatchObject({ ok: false, error: { code: 'validation', field: 'folder' } });
    expect(loadDataKey(keys, dataDir)!.equals(ownKey)).toBe(true);
    fs.rmSync(damaged);
    // Refused restores leave no new recovery key due.
    expect(installed.keeper.recoveryKeyRenewalDue()).toBeNull();

    expect(expectOk(await restore({}))).toMatchObject({ restoredFrom: backup.name });
    expect(loadDataKey(keys, dataDir)!.equals(loadDataKey(testKeys, app.dataDir)!)).toBe(true);
    const again = installed.sessions.resolve(
      signedIn((await installed.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token,
    );
    const rows = expectOk(await installed.dispatch(again, 'clients.search', { query: 'לוי' })) as {
      rows: { lastNameHe: string }[];
    };
    expect(rows.rows.map((r) => r.lastNameHe)).toEqual(['לוי']);
    expect(expectOk(await installed.dispatch(again, 'audit.verify', {}))).toMatchObject({ ok: true });
    // The keys came from the folder, as they were on the other machine: the owner must make a new recovery key.
    expect(expectOk(await installed.dispatch(again, 'recoveryKey.state', {}))).toMatchObject({ renewDue: true });
  });
});
