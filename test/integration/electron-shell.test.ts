// The Electron shell run in Node against a fake of Electron's API (test/support/fake-electron.ts), as no
// Electron binary can be installed here: the real main, preload, IPC adapter, protocol handler and PDF
// printer, over a real store in a temp folder. Calls from another origin are refused; the app: scheme
// serves only the renderer's folder, with the security headers on every answer; navigation, new
// windows, webviews and permissions are refused; a second instance hands over to the first; the
// preload exposes one bridge object and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, SIGNAL_CHANNEL, WATCH_CHANNEL } from '../../shared/api/transport';
import { SECURITY_HEADERS } from '../../main/security/csp';
import { createFakeElectron, type FakeElectron } from '../support/fake-electron';
import { tempDir } from '../support/temp';
import { loadDataKey } from '../../db/audit-key';
import { changeKeyWrapping, SafeStorageNeededError, unlockKeyFolder, wrapModeOf } from '../../db/key-wrap';

/** The process's umask, read by setting it and back (reading it alone is deprecated). */
function currentUmask(): number {
  const mask = process.umask(0o077);
  process.umask(mask);
  return mask;
}

let fake: FakeElectron;
let folder: { dir: string; cleanup: () => void };
const ENV_KEYS = ['MITZUI_DATA_DIR', 'MITZUI_KEY_DIR', 'MITZUI_OFFICE_SERVER'] as const;
const saved = {
  argv: process.argv,
  env: Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]])),
  umask: currentUmask(),
};

/** Loads a shell module afresh with `electron` resolving to the fake, as the shell imports it. */
async function load<T>(module: string): Promise<T> {
  vi.resetModules();
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
  return (await import(module)) as T;
}

beforeEach(() => {
  folder = tempDir('mitzui-shell-');
  fake = createFakeElectron({ userData: path.join(folder.dir, 'user-data') });
});
afterEach(() => {
  vi.doUnmock('electron');
  process.argv = saved.argv;
  for (const key of ENV_KEYS) {
    if (saved.env[key] === undefined) delete process.env[key];
    else process.env[key] = saved.env[key];
  }
  process.umask(saved.umask);
  folder.cleanup();
});

const headersOf = (response: Response) =>
  Object.fromEntries(Object.keys(SECURITY_HEADERS).map((key) => [key, response.headers.get(key)]));

describe('the app: scheme', () => {
  let renderer: string;
  let secret: string;
  beforeEach(async () => {
    renderer = path.join(folder.dir, 'renderer');
    fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>מיצוי</title>');
    fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    // A sibling whose name starts like the renderer's folder, and a file beside it.
    fs.mkdirSync(path.join(folder.dir, 'renderer-secret'));
    fs.writeFileSync(path.join(folder.dir, 'renderer-secret', 'key.txt'), 'SECRET');
    secret = path.join(folder.dir, 'secret.txt');
    fs.writeFileSync(secret, 'SECRET');
    const { registerAppScheme, serveRenderer } =
      await load<typeof import('../../main/electron/protocol')>('../../main/electron/protocol');
    registerAppScheme();
    await fake.ready();
    serveRenderer(renderer);
  });

  it('is registered as a standard, secure scheme before the app is ready', () => {
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer with the CSP and security headers', async () => {
    for (const url of ['app://mitzui/', 'app://mitzui/index.html', 'app://mitzui/assets/app.js']) {
      const response = await fake.request(url);
      expect(response.status).toBe(200);
      expect(headersOf(response)).toEqual(SECURITY_HEADERS);
    }
    expect(await (await fake.request('app://mitzui/')).text()).toContain('מיצוי');
    expect((await fake.request('app://mitzui/assets/app.js')).headers.get('content-type')).toBe('text/javascript');
  });

  it.each([
    ['dot segments', 'app://mitzui/../secret.txt'],
    ['encoded dot segments', 'app://mitzui/%2e%2e/secret.txt'],
    ['encoded slashes', 'app://mitzui/..%2fsecret.txt'],
    ['encoded slashes, deeper', 'app://mitzui/assets/..%2f..%2f..%2fsecret.txt'],
    ['a sibling folder with the same prefix', 'app://mitzui/..%2frenderer-secret%2fkey.txt'],
    ['an absolute path', `app://mitzui/${encodeURIComponent('/etc/passwd')}`],
  ])('refuses %s, with the security headers', async (_name, url) => {
    const response = await fake.request(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('SECRET');
    expect(headersOf(response)).toEqual(SECURITY_HEADERS);
  });

  it('refuses a path out of the folder with 403, and an absolute one finds nothing in it', async () => {
    expect((await fake.request('app://mitzui/..%2fsecret.txt')).status).toBe(403);
    expect((await fake.request('app://mitzui/..%2frenderer-secret%2fkey.txt')).status).toBe(403);
    expect((await fake.request(`app://mitzui/${encodeURIComponent(secret)}`)).status).toBe(404);
    expect((await fake.request('app://mitzui/missing.js')).status).toBe(404);
  });
});

type Bridge = {
  call(name: string, input: unknown, token: string | null): Promise<unknown>;
  watchChanges(ticket: string, listener: (signal: { kind: string }) => void): () => void;
};

describe('the main process', { timeout: 90_000 }, () => {
  beforeEach(() => {
    process.argv = [process.execPath, 'main'];
    process.env.MITZUI_DATA_DIR = path.join(folder.dir, 'data');
    // A key folder of its own: the desktop seals a plain one with safeStorage.
    process.env.MITZUI_KEY_DIR = path.join(folder.dir, 'keys');
    delete process.env.MITZUI_OFFICE_SERVER;
  });

  async function started() {
    await load('../../main/electron/main');
    expect(fake.schemes.map((s) => s.scheme)).toEqual(['app']);
    await fake.ready();
    const window = await fake.firstWindow;
    return { window, close: () => fake.electron.app.emit('window-all-closed') };
  }

  it('opens one sandboxed window on app://mitzui without Node', async () => {
    const { window, close } = await started();
    try {
      expect(fake.windows).toHaveLength(1);
      expect(window.options.webPreferences).toMatchObject({
        contextIsolation: true,
        nodeIntegration: false,
        sandbox: true,
        webSecurity: true,
      });
      expect(window.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
      expect(window.loaded).toEqual({ url: 'app://mitzui/index.html' });
      expect(window.visible).toBe(false);
      window.emit('ready-to-show');
      expect(window.visible).toBe(true);
    } finally {
      close();
    }
    expect(fake.electron.app.quitCalls).toBe(1);
  });

  it('answers IPC calls from its own pages only, through the real dispatch', async () => {
    const { close } = await started();
    try {
      const call = { name: 'office.status', input: {}, token: null };
      expect(await fake.invoke(IPC_CHANNEL, 'app://mitzui/index.html', call)).toEqual({
        ok: true,
        value: { setupDone: false, officeName: null },
      });
      for (const url of [
        'https://evil.example/',
        'app://mitzui.evil/index.html',
        'app://other/index.html',
        'file:///index.html',
        'http://127.0.0.1/',
        '',
      ]) {
        expect(await fake.invoke(IPC_CHANNEL, url, call)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      expect(
        await fake.invoke(IPC_CHANNEL, 'app://mitzui/index.html', {
          name: 'office.status/../x',
          input: {},
          token: null,
        }),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      // A change stream asked for from another origin is never started.
      const page = fake.newContents();
      fake.electron.ipcMain.emit(
        WATCH_CHANNEL,
        { sender: page, senderFrame: { url: 'https://evil.example/' } },
        { id: 1, ticket: 't' },
      );
      expect(page.sent).toEqual([]);
      fake.electron.ipcMain.emit(
        WATCH_CHANNEL,
        { sender: page, senderFrame: { url: 'app://mitzui/index.html' } },
        { id: 2, ticket: 't' },
      );
      expect(page.sent).toEqual([{ channel: SIGNAL_CHANNEL, args: [{ id: 2, kind: 'end' }] }]);
    } finally {
      close();
    }
  });

  it('seals the key folder with safeStorage, which only the desktop can open', async () => {
    const { close } = await started();
    const keyDir = process.env.MITZUI_KEY_DIR!;
    try {
      expect(
        await fake.invoke(IPC_CHANNEL, 'app://mitzui/index.html', { name: 'office.status', input: {}, token: null }),
      ).toMatchObject({ ok: true });
    } finally {
      close();
    }
    expect(wrapModeOf(keyDir)).toBe('safe-storage');
    const vault = await unlockKeyFolder(keyDir, undefined, fake.electron.safeStorage);
    const dataKey = loadDataKey(vault, process.env.MITZUI_DATA_DIR!)!;
    for (const name of fs.readdirSync(keyDir).filter((entry) => entry.endsWith('-key')))
      expect(fs.readFileSync(path.join(keyDir, name)).includes(dataKey)).toBe(false);
    await expect(unlockKeyFolder(keyDir)).rejects.toBeInstanceOf(SafeStorageNeededError);
  });

  it('starts locked on a key folder locked by a passphrase, opening nothing until the window unlocks it', async () => {
    const keyDir = process.env.MITZUI_KEY_DIR!;
    await changeKeyWrapping({ dir: keyDir }, { mode: 'passphrase', passphrase: 'סיסמת-פתיחה-ארוכה-2026' });
    const { close } = await started();
    const page = 'app://mitzui/index.html';
    const unlock = (passphrase: string) =>
      fake.invoke(IPC_CHANNEL, page, { name: 'keys.unlock', input: { passphrase }, token: null });
    try {
      expect(await fake.invoke(IPC_CHANNEL, page, { name: 'office.status', input: {}, token: null })).toMatchObject({
        ok: false,
        error: { code: 'key_locked' },
      });
      expect(await unlock('לא-זאת-הסיסמה')).toMatchObject({ ok: false, error: { code: 'bad_credentials' } });
      expect(fs.existsSync(path.join(process.env.MITZUI_DATA_DIR!, 'mitzui.sqlite'))).toBe(false);
      expect(await unlock('סיסמת-פתיחה-ארוכה-2026')).toEqual({ ok: true, value: { unlocked: true } });
      expect(await fake.invoke(IPC_CHANNEL, page, { name: 'office.status', input: {}, token: null })).toEqual({
        ok: true,
        value: { setupDone: false, officeName: null },
      });
    } finally {
      close();
    }
    // The passphrase stays the folder's lock: the desktop does not put safeStorage in its place.
    expect(wrapModeOf(keyDir)).toBe('passphrase');
  });

  it('blocks navigation away, new windows, webviews and every permission', async () => {
    const { window, close } = await started();
    try {
      const contents = window.webContents;
      expect(contents.navigate('https://evil.example/')).toBe(true);
      expect(contents.navigate('file:///etc/passwd')).toBe(true);
      expect(contents.navigate('app://mitzui.evil/')).toBe(true);
      expect(contents.navigate('app://mitzui/index.html#/clients')).toBe(false);
      expect(contents.attachWebview()).toBe(true);
      for (const url of [
        'https://www.btl.gov.il/',
        'http://example.com/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'app://mitzui/index.html',
      ]) {
        expect(contents.openWindow(url)).toEqual({ action: 'deny' });
      }
      expect(fake.opened).toEqual(['https://www.btl.gov.il/']); // only https goes to the browser
      // Contents made later (a PDF window, a devtools page) are locked down as well.
      expect(fake.newContents().navigate('https://evil.example/')).toBe(true);
      for (const permission of ['media', 'geolocation', 'notifications', 'openExternal'] as const) {
        expect(await fake.askPermission(permission, 'app://mitzui')).toEqual({ requested: false, checked: false });
      }
    } finally {
      close();
    }
  });

  it('hands a second start over to the first window, restored and focused', async () => {
    const { window, close } = await started();
    try {
      window.minimized = true;
      fake.electron.app.emit('second-instance', {}, [], folder.dir);
      expect(window.minimized).toBe(false);
      expect(window.focused).toBe(true);
    } finally {
      close();
    }
  });

  it('quits at once when another instance holds the lock, opening nothing', async () => {
    fake = createFakeElectron({ userData: path.join(folder.dir, 'user-data'), singleInstance: false });
    await load('../../main/electron/main');
    await fake.ready();
    expect(fake.electron.app.quitCalls).toBe(1);
    expect(fake.electron.app.whenReadyCalls).toBe(0);
    expect(fake.electron.app.listenerCount('second-instance')).toBe(0);
    expect(fake.windows).toEqual([]);
  });

  it('shows the error and quits when the data folder cannot be opened', async () => {
    fs.writeFileSync(path.join(folder.dir, 'data'), 'a file where the data folder should be');
    await load('../../main/electron/main');
    await fake.ready();
    await expect(fake.firstWindow).rejects.toThrow();
    expect(fake.errors).toHaveLength(1);
    expect(fake.electron.app.quitCalls).toBe(1);
    expect(fake.windows).toEqual([]);
  });
});

describe('the preload', () => {
  it('exposes one bridge, `mitzui`, with only the call function and the change stream', async () => {
    await load('../../main/electron/preload');
    expect([...fake.exposed.keys()]).toEqual(['mitzui']);
    const bridge = fake.exposed.get('mitzui') as Bridge;
    expect(Object.keys(bridge)).toEqual(['call', 'watchChanges']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('checks the procedure name before anything reaches main, and sends only a checked payload', async () => {
    await load('../../main/electron/preload');
    const bridge = fake.exposed.get('mitzui') as Bridge;
    for (const name of ['../office.status', 'office.status?x=1', '', 'office status'])
      await expect(bridge.call(name, {}, null)).rejects.toThrow('Invalid procedure name');
    await expect(bridge.call(7 as unknown as string, {}, null)).rejects.toThrow('Invalid procedure name');
    expect(fake.electron.ipcRenderer.invoked).toEqual([]);
    await expect(bridge.call('office.status', { a: 1 }, { not: 'a token' } as unknown as string)).rejects.toThrow(); // no handler in this test
    expect(fake.electron.ipcRenderer.invoked).toEqual([
      { channel: IPC_CHANNEL, args: [{ name: 'office.status', input: { a: 1 }, token: null }] },
    ]);
  });
});

describe('the PDF printer', () => {
  it('prints in a hidden sandboxed window with JavaScript off, then destroys it and its temp file', async () => {
    const { electronPdfRenderer } = await load<typeof import('../../main/electron/pdf')>('../../main/electron/pdf');
    await fake.ready();
    const pdf = await electronPdfRenderer.render('<html><body>ייפוי כוח</body></html>');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [window] = fake.windows;
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    expect(window!.webContents.printed).toEqual({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
    expect(window!.destroyed).toBe(true);
    expect(fs.existsSync(window!.loaded.file!)).toBe(false);
  });

  it('destroys the window and removes the temp file when printing fails', async () => {
    const { electronPdfRenderer } = await load<typeof import('../../main/electron/pdf')>('../../main/electron/pdf');
    await fake.ready();
    fake.electron.app.once('web-contents-created', (_event: unknown, contents: { pdf: () => Promise<Buffer> }) => {
      contents.pdf = () => Promise.reject(new Error('printing failed'));
    });
    await expect(electronPdfRenderer.render('<html></html>')).rejects.toThrow('printing failed');
    expect(fake.windows[0]!.destroyed).toBe(true);
    expect(fs.existsSync(path.dirname(fake.windows[0]!.loaded.file!))).toBe(false);
  });
});
