// The key folder wrapped at rest, on real files: by a passphrase (scrypt, then AES-256-GCM), or by the
// OS keychain where one can be reached. The data key stays the random one the store was made with; a
// missing or wrong passphrase opens nothing and changes nothing; the audit chain still verifies.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataKey } from '../../db/audit-key';
import {
  changeKeyWrapping,
  KeychainUnavailableError,
  PassphraseNeededError,
  PassphraseWrongError,
  SafeStorageNeededError,
  unlockKeyFolder,
  wrapModeOf,
} from '../../db/key-wrap';
import { openApp } from '../../main/app';
import { ConfigError } from '../../main/config/config';
import { keyVaultOrLocked, openKeyVault } from '../../main/config/key-vault';
import { createFakeElectron } from '../support/fake-electron';
import { expectOk, OWNER, SETUP_INPUT } from '../support/app';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';
import { tempDir } from '../support/temp';
import type { ApiResult } from '../../shared/api/result';
import type { LoginReply } from '../../shared/api/procedures/auth';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

const PASSPHRASE = 'סיסמת-פתיחה-ארוכה-2026';
const client = {
  idNumber: validId('03456789'),
  firstNameHe: 'רחל',
  lastNameHe: 'לוי',
  birthDate: '1975-04-12',
  sex: 'female' as const,
};

function folder(prefix: string): string {
  const t = tempDir(prefix);
  cleanups.push(t.cleanup);
  return t.dir;
}

/** Every key file of the folder, as its bytes lie on the disk. */
function keyFiles(dir: string): Buffer[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /-key$/.test(name))
    .map((name) => fs.readFileSync(path.join(dir, name)));
}

describe('the key folder wrapped at rest', () => {
  it(
    'is locked by a passphrase: the key files hold no key, a wrong or missing passphrase opens nothing, the right one opens the office',
    { timeout: 90_000 },
    async () => {
      const dataDir = folder('mitzui-wrapped-office-');
      const keyDir = folder('mitzui-wrapped-keys-');
      const app = await openApp({ dataDir, keys: { dir: keyDir } });
      expectOk(await app.dispatch(null, 'office.setup', SETUP_INPUT));
      const owner = app.sessions.resolve(
        signedIn((await app.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token,
      );
      expectOk(await app.dispatch(owner, 'clients.create', client));
      app.close();
      const dataKey = loadDataKey({ dir: keyDir }, dataDir)!;
      const plainFiles = keyFiles(keyDir);
      expect(plainFiles.some((bytes) => bytes.equals(dataKey))).toBe(true);

      const wrapped = await changeKeyWrapping({ dir: keyDir }, { mode: 'passphrase', passphrase: PASSPHRASE });
      expect(wrapModeOf(keyDir)).toBe('passphrase');
      // Not the data key, nor any plain key file's bytes, is on the disk any more; every file is 0600.
      for (const bytes of keyFiles(keyDir)) {
        expect(bytes.includes(dataKey)).toBe(false);
        expect(plainFiles.some((plain) => bytes.includes(plain))).toBe(false);
      }
      for (const name of fs.readdirSync(keyDir)) expect(fs.statSync(path.join(keyDir, name)).mode & 0o777).toBe(0o600);
      expect(loadDataKey(wrapped, dataDir)!.equals(dataKey)).toBe(true);

      await expect(unlockKeyFolder(keyDir)).rejects.toBeInstanceOf(PassphraseNeededError);
      await expect(unlockKeyFolder(keyDir, 'not-the-passphrase')).rejects.toBeInstanceOf(PassphraseWrongError);
      // A start (server or browser mode) says what is wrong in Hebrew and opens nothing.
      await expect(openKeyVault(keyDir, [], {})).rejects.toThrow(
        new ConfigError(
          'מפתחות המשרד נעולים בסיסמת פתיחה: יש להקליד אותה בהפעלה, או לתת אותה בקובץ (--passphrase-file או MITZUI_KEY_PASSPHRASE_FILE) או במשתנה MITZUI_KEY_PASSPHRASE',
        ),
      );
      await expect(openKeyVault(keyDir, [], { MITZUI_KEY_PASSPHRASE: 'not-the-passphrase' })).rejects.toBeInstanceOf(
        ConfigError,
      );
      const passphraseFile = path.join(folder('mitzui-passphrase-'), 'passphrase');
      fs.writeFileSync(passphraseFile, `${PASSPHRASE}\n`, { mode: 0o600 });
      const unlocked = await openKeyVault(keyDir, ['--passphrase-file', passphraseFile], {});

      const reopened = await openApp({ dataDir, keys: unlocked });
      cleanups.push(() => reopened.close());
      expect(reopened.keeper.keyProblem).toBeNull();
      const again = reopened.sessions.resolve(
        signedIn((await reopened.dispatch(null, 'auth.login', OWNER)) as ApiResult<LoginReply>).token,
      );
      const rows = expectOk(await reopened.dispatch(again, 'clients.search', { query: 'לוי' })) as {
        rows: { lastNameHe: string }[];
      };
      expect(rows.rows.map((r) => r.lastNameHe)).toEqual(['לוי']);
      expect(expectOk(await reopened.dispatch(again, 'audit.verify', {}))).toMatchObject({ ok: true });
      reopened.close();

      // Opened without the passphrase (the plain reading of a wrapped folder), the store is refused, never replaced.
      const refused = await openApp({ dataDir, keys: { dir: keyDir } });
      cleanups.push(() => refused.close());
      expect(refused.keeper.keyProblem).toBe('wrong');
      refused.close();

      // Back to plain files: the same keys, readable without a passphrase.
      const plain = await changeKeyWrapping(unlocked, { mode: 'file' });
      expect(wrapModeOf(keyDir)).toBe('file');
      expect(plain.wrap).toBeUndefined();
      expect(loadDataKey({ dir: keyDir }, dataDir)!.equals(dataKey)).toBe(true);
    },
  );

  it('uses the OS keychain where one answers, and otherwise says so and leaves the folder as it was', async () => {
    const dataDir = folder('mitzui-keychain-office-');
    const keyDir = folder('mitzui-keychain-keys-');
    const app = await openApp({ dataDir, keys: { dir: keyDir } });
    app.close();
    const dataKey = loadDataKey({ dir: keyDir }, dataDir)!;
    let vault;
    try {
      vault = await changeKeyWrapping({ dir: keyDir }, { mode: 'keychain' });
    } catch (error) {
      // No Secret Service or kernel keyring on this machine (a container, a server without a session).
      expect(error).toBeInstanceOf(KeychainUnavailableError);
      expect(wrapModeOf(keyDir)).toBe('file');
      expect(loadDataKey({ dir: keyDir }, dataDir)!.equals(dataKey)).toBe(true);
      await expect(openKeyVault(keyDir, [], {})).resolves.toEqual({ dir: keyDir });
      return;
    }
    expect(keyFiles(keyDir).some((bytes) => bytes.includes(dataKey))).toBe(false);
    const unlocked = await unlockKeyFolder(keyDir);
    expect(loadDataKey(unlocked, dataDir)!.equals(dataKey)).toBe(true);
    expect(loadDataKey(await changeKeyWrapping(vault, { mode: 'file' }), dataDir)!.equals(dataKey)).toBe(true);
  });

  it('is wrapped by the desktop app safeStorage: a plain or desktop-sealed folder is taken over, and only safeStorage opens it', async () => {
    const dataDir = folder('mitzui-safe-storage-office-');
    const keyDir = folder('mitzui-safe-storage-keys-');
    const app = await openApp({ dataDir, keys: { dir: keyDir } });
    app.close();
    const dataKey = loadDataKey({ dir: keyDir }, dataDir)!;
    const { safeStorage } = createFakeElectron({ userData: folder('mitzui-user-data-') }).electron;
    // As the desktop sealed its key files before the record: each one by safeStorage, over its base64.
    for (const name of fs.readdirSync(keyDir).filter((entry) => /-key$/.test(entry))) {
      const file = path.join(keyDir, name);
      fs.writeFileSync(file, safeStorage.encryptString(fs.readFileSync(file).toString('base64')));
    }

    const vault = (await keyVaultOrLocked(keyDir, [], {}, safeStorage))!;
    expect(wrapModeOf(keyDir)).toBe('safe-storage');
    for (const bytes of keyFiles(keyDir)) {
      expect(bytes.includes(dataKey)).toBe(false);
      expect(bytes.toString('utf8')).not.toMatch(/^sealed:/);
    }
    expect(loadDataKey(vault, dataDir)!.equals(dataKey)).toBe(true);
    const reopened = await openApp({ dataDir, keys: await unlockKeyFolder(keyDir, undefined, safeStorage) });
    cleanups.push(() => reopened.close());
    expect(reopened.keeper.keyProblem).toBeNull();
    reopened.close();

    // Browser mode or the office server on this folder: not the desktop app, so nothing opens.
    await expect(unlockKeyFolder(keyDir)).rejects.toBeInstanceOf(SafeStorageNeededError);
    await expect(openKeyVault(keyDir, [], {})).rejects.toThrow(ConfigError);
    await expect(keyVaultOrLocked(keyDir, [], {})).rejects.toThrow(/יישום שולחן העבודה/);
    // Another user's or machine's safeStorage, or none available, does not open it either.
    const other = { ...safeStorage, decryptString: () => safeStorage.decryptString(Buffer.from('not sealed')) };
    await expect(unlockKeyFolder(keyDir, undefined, other)).rejects.toBeInstanceOf(SafeStorageNeededError);
    const unavailable = { ...safeStorage, isEncryptionAvailable: () => false };
    await expect(unlockKeyFolder(keyDir, undefined, unavailable)).rejects.toBeInstanceOf(SafeStorageNeededError);

    // Back to plain files, the same keys.
    await changeKeyWrapping(vault, { mode: 'file' });
    expect(loadDataKey({ dir: keyDir }, dataDir)!.equals(dataKey)).toBe(true);
  });

  it('leaves a folder locked by a passphrase to the unlock screen in the desktop and browser mode', async () => {
    const keyDir = folder('mitzui-locked-keys-');
    await changeKeyWrapping({ dir: keyDir }, { mode: 'passphrase', passphrase: PASSPHRASE });
    const { safeStorage } = createFakeElectron({ userData: folder('mitzui-user-data-') }).electron;
    await expect(keyVaultOrLocked(keyDir, [], {}, safeStorage)).resolves.toBeNull();
    await expect(keyVaultOrLocked(keyDir, [], {})).resolves.toBeNull();
    expect(wrapModeOf(keyDir)).toBe('passphrase');
    // Given in the environment, it opens at start as before.
    expect((await keyVaultOrLocked(keyDir, [], { MITZUI_KEY_PASSPHRASE: PASSPHRASE }))?.wrap).toBeDefined();
  });
});
