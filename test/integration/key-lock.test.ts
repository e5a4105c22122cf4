// A desk on a key folder locked by a passphrase that was not given at start, over real HTTP on
// 127.0.0.1 with a real store in a temp folder: until the passphrase is typed nothing is opened and
// every procedure but keys.unlock is refused; a wrong passphrase is said in Hebrew and counts in the
// sign-in throttle (which the opened office keeps); the right one opens the store and sign-in works.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changeKeyWrapping, unlockKeyFolder } from '../../db/key-wrap';
import { openApp } from '../../main/app';
import { keyVaultOrLocked } from '../../main/config/key-vault';
import { startDeskBehindKeyLock } from '../../main/desk/key-lock';
import { startHttpServer } from '../../main/transports/http';
import type { ApiResult } from '../../shared/api/result';
import { SESSION_HEADER } from '../../shared/api/transport';
import { expectOk, OWNER, SETUP_INPUT } from '../support/app';
import { tempDir } from '../support/temp';

const PASSPHRASE = 'סיסמת-פתיחה-ארוכה-2026';
const WRONG = 'לא-זאת-הסיסמה-2026';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function folder(prefix: string): string {
  const t = tempDir(prefix);
  cleanups.push(t.cleanup);
  return t.dir;
}

/** A desk started as browser mode starts it, on `dataDir` and a key folder locked by PASSPHRASE. */
async function lockedDesk(dataDir: string, keyDir: string) {
  const clock = { now: new Date('2026-03-01T08:00:00Z') };
  const now = () => clock.now;
  const vault = await keyVaultOrLocked(keyDir, [], {});
  expect(vault).toBeNull();
  const desk = await startDeskBehindKeyLock({
    dataDir,
    deviceName: os.hostname(),
    now,
    vault,
    unlock: (passphrase) => unlockKeyFolder(keyDir, passphrase),
    openLocal: (keys, throttle) => openApp({ dataDir, keys, throttle, now }),
  });
  const server = await startHttpServer({
    current: desk.current,
    changeStream: desk.changeStream,
    staticDir: dataDir,
    port: 0,
  });
  cleanups.push(
    () => server.close(),
    () => desk.close(),
  );
  async function call(name: string, input: unknown, token: string | null = null): Promise<ApiResult<unknown>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers[SESSION_HEADER] = token;
    const response = await fetch(`${server.url}api/${name}`, { method: 'POST', headers, body: JSON.stringify(input) });
    expect(response.status).toBe(200);
    return (await response.json()) as ApiResult<unknown>;
  }
  return { desk, call, clock };
}

/** A key folder with no keys yet, locked by PASSPHRASE. */
async function lockedKeyFolder(): Promise<string> {
  const keyDir = folder('mitzui-locked-keys-');
  await changeKeyWrapping({ dir: keyDir }, { mode: 'passphrase', passphrase: PASSPHRASE });
  return keyDir;
}

describe('a desk on a key folder locked by a passphrase', { timeout: 120_000 }, () => {
  it('opens nothing and answers only keys.unlock until the right passphrase comes; then the office starts', async () => {
    const dataDir = folder('mitzui-locked-office-');
    const { desk, call } = await lockedDesk(dataDir, await lockedKeyFolder());

    for (const name of ['office.status', 'desk.status', 'auth.login', 'office.setup', 'recovery.status'])
      expect(await call(name, name === 'auth.login' ? OWNER : {})).toEqual({
        ok: false,
        error: { code: 'key_locked', message: 'מפתחות המשרד נעולים בסיסמת פתיחה: יש להקליד אותה במסך הפתיחה' },
      });
    expect(await call('keys.unlock', { passphrase: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'passphrase' },
    });
    expect(await call('keys.unlock', { passphrase: WRONG })).toEqual({
      ok: false,
      error: {
        code: 'bad_credentials',
        message: 'סיסמת הפתיחה שגויה — היא אינה פותחת את מפתחות המשרד. יש לבדוק אותה ולנסות שוב',
      },
    });
    // Nothing was made in the data folder: no store, no log, no lock.
    expect(fs.readdirSync(dataDir)).toEqual([]);
    expect(desk.app()).toBeNull();

    expect(await call('keys.unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { unlocked: true } });
    expect(fs.existsSync(path.join(dataDir, 'mitzui.sqlite'))).toBe(true);
    expect(expectOk(await call('office.status', {}))).toEqual({ setupDone: false, officeName: null });
    // Once open, there is nothing to unlock: whatever is typed changes nothing.
    expect(await call('keys.unlock', { passphrase: WRONG })).toMatchObject({
      ok: false,
      error: { code: 'bad_request', message: 'מפתחות המשרד כבר פתוחים' },
    });
    expectOk(await call('office.setup', SETUP_INPUT));
    expect(expectOk(await call('auth.login', OWNER))).toHaveProperty('token');
  });

  it('counts wrong passphrases in the sign-in throttle, which the opened office keeps', async () => {
    const dataDir = folder('mitzui-locked-office-');
    const keyDir = folder('mitzui-locked-keys-');
    const made = await openApp({ dataDir, keys: { dir: keyDir } });
    expectOk(await made.dispatch(null, 'office.setup', SETUP_INPUT));
    made.close();
    await changeKeyWrapping({ dir: keyDir }, { mode: 'passphrase', passphrase: PASSPHRASE });
    const { call, clock } = await lockedDesk(dataDir, keyDir);
    const later = (seconds: number) => (clock.now = new Date(clock.now.getTime() + seconds * 1000));

    // Three free tries, then a wait after each failure, as at sign-in.
    for (let i = 0; i < 4; i++)
      expect(await call('keys.unlock', { passphrase: WRONG })).toMatchObject({ error: { code: 'bad_credentials' } });
    expect(await call('keys.unlock', { passphrase: PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'throttled', message: 'נרשמו כמה ניסיונות כניסה שגויים — יש להמתין שנייה ולנסות שוב' },
    });
    later(1);
    expect(await call('keys.unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { unlocked: true } });

    // The address's four failures count on at sign-in: seven more (ten free) and it must wait.
    for (let i = 0; i < 7; i++)
      expect(await call('auth.login', { username: `nobody${i}`, password: 'wrong-password-1' })).toMatchObject({
        error: { code: 'bad_credentials' },
      });
    expect(await call('auth.login', OWNER)).toMatchObject({ ok: false, error: { code: 'throttled' } });
    later(1);
    expect(expectOk(await call('auth.login', OWNER))).toHaveProperty('token');
  });
});
