// A fake of the parts of Electron's API the shell (main/electron/*) uses, so the shell runs in Node
// where no Electron binary can be installed. Written from Electron's documentation
// (https://www.electronjs.org/docs/latest/api/): each part `satisfies` the type the `electron`
// package ships (electron.d.ts) for the methods it fakes, and behaves as documented where the shell
// relies on it — app.whenReady resolves once ready, protocol schemes are registered only before ready,
// net.fetch reads file: URLs and rejects a missing file, ipcMain.handle takes one handler a channel,
// contextBridge.exposeInMainWorld refuses a key twice. The test drives it: it makes the app ready,
// sends IPC messages from a page at a given URL, creates web contents, asks for permissions.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Electron from 'electron';

/** A page's web contents: navigation and window-open events, and its own handler for new windows. */
export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  destroyed = false;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  printed: Electron.PrintToPDFOptions | null = null;
  /** What printToPDF answers; a test may make it fail. */
  pdf: () => Promise<Buffer> = () => Promise.resolve(Buffer.from('%PDF-1.7 fake'));

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    this.printed = options;
    return this.pdf();
  }

  /** Emits will-navigate as Chromium would; true when a listener prevented it. */
  navigate(url: string): boolean {
    return emitPreventable(this, 'will-navigate', url);
  }
  attachWebview(): boolean {
    return emitPreventable(this, 'will-attach-webview');
  }
  /** window.open or a target=_blank link: what the handler answers (Electron allows when none is set). */
  openWindow(url: string): Electron.WindowOpenHandlerResponse {
    return this.windowOpenHandler?.({ url } as Electron.HandlerDetails) ?? { action: 'allow' };
  }
}

function emitPreventable(target: EventEmitter, event: string, ...args: unknown[]): boolean {
  let prevented = false;
  target.emit(event, { preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

export function createFakeElectron(options: { userData: string; singleInstance?: boolean }) {
  let isReady = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const windows: FakeBrowserWindow[] = [];
  const errors: { title: string; content: string }[] = [];
  const opened: string[] = [];
  const shown: string[] = [];
  const contents: FakeWebContents[] = [];
  let windowMade: (window: FakeBrowserWindow) => void = () => undefined;
  let failed: (error: Error) => void = () => undefined;
  /** The first window main opens; rejected when main shows an error box instead. */
  const firstWindow = new Promise<FakeBrowserWindow>((resolve, reject) => {
    windowMade = resolve;
    failed = reject;
  });
  firstWindow.catch(() => undefined); // a test that never waits for a window is not told of its failure

  class FakeApp extends EventEmitter {
    quitCalls = 0;
    whenReadyCalls = 0;
    requestSingleInstanceLock(): boolean {
      return options.singleInstance ?? true;
    }
    quit(): void {
      this.quitCalls++;
    }
    whenReady(): Promise<void> {
      this.whenReadyCalls++;
      return ready;
    }
    isReady(): boolean {
      return isReady;
    }
    getPath(name: Parameters<Electron.App['getPath']>[0]): string {
      if (name !== 'userData') throw new Error(`The fake knows only userData, not ${name}`);
      return options.userData;
    }
  }
  const app = new FakeApp() satisfies Pick<
    Electron.App,
    'requestSingleInstanceLock' | 'quit' | 'whenReady' | 'isReady' | 'getPath'
  >;

  /** New web contents, announced as Electron does to app's web-contents-created. */
  function newContents(): FakeWebContents {
    const made = new FakeWebContents();
    contents.push(made);
    app.emit('web-contents-created', {}, made);
    return made;
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = newContents();
    visible = false;
    minimized = false;
    focused = false;
    destroyed = false;
    loaded: { url?: string; file?: string } = {};
    constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
      super();
      if (!isReady) throw new Error('Cannot create BrowserWindow before app is ready');
      windows.push(this);
      windowMade(this);
    }
    loadURL(url: string): Promise<void> {
      this.loaded = { url };
      return Promise.resolve();
    }
    loadFile(file: string): Promise<void> {
      if (!fs.existsSync(file)) return Promise.reject(new Error(`ERR_FILE_NOT_FOUND (-6) loading '${file}'`));
      this.loaded = { file };
      return Promise.resolve();
    }
    show(): void {
      this.visible = true;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.minimized = false;
    }
    focus(): void {
      this.focused = true;
    }
    destroy(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
    }
  }
  FakeBrowserWindow satisfies new (
    options?: Electron.BrowserWindowConstructorOptions,
  ) => Pick<Electron.BrowserWindow, 'loadURL' | 'loadFile' | 'show' | 'isMinimized' | 'restore' | 'focus' | 'destroy'>;

  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  class FakeIpcMain extends EventEmitter {
    handle(channel: string, listener: (event: Electron.IpcMainInvokeEvent, ...args: never[]) => unknown): void {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
    }
  }
  const ipcMain = new FakeIpcMain() satisfies Pick<Electron.IpcMain, 'handle'>;

  /** The event main's IPC listeners get for a message from a page at `url` in `sender`. */
  function ipcEvent(url: string, sender: FakeWebContents) {
    return { sender, senderFrame: { url } };
  }

  let permissionRequest: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null;
  let permissionCheck: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null;
  const defaultSession = {
    setPermissionRequestHandler(handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0]) {
      permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0]) {
      permissionCheck = handler;
    },
  } satisfies Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

  const schemes: Electron.CustomScheme[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const protocol = {
    registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]) {
      if (isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      schemes.push(...customSchemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
  } satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

  const net = {
    /** file: URLs as Chromium's network service reads them: the bytes, or a rejection for a missing file. */
    async fetch(input: string | Request): Promise<Response> {
      const url = new URL(typeof input === 'string' ? input : input.url);
      if (url.protocol !== 'file:') throw new Error(`The fake fetches file: URLs only, not ${url.protocol}`);
      const file = fileURLToPath(url);
      if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) throw new Error('net::ERR_FILE_NOT_FOUND');
      const type = file.endsWith('.html')
        ? 'text/html'
        : file.endsWith('.js')
          ? 'text/javascript'
          : 'application/octet-stream';
      return new Response(fs.readFileSync(file), { status: 200, headers: { 'content-type': type } });
    },
  } satisfies Pick<Electron.Net, 'fetch'>;

  const safeStorage = {
    isEncryptionAvailable: () => true,
    // A reversible stand-in for the OS keychain's encryption: what goes in comes back out.
    encryptString: (plainText: string) => Buffer.from(`sealed:${Buffer.from(plainText, 'utf8').toString('hex')}`),
    decryptString: (encrypted: Buffer) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith('sealed:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice('sealed:'.length), 'hex').toString('utf8');
    },
  } satisfies Pick<Electron.SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

  const shell = {
    openExternal: (url: string) => {
      opened.push(url);
      return Promise.resolve();
    },
    showItemInFolder: (fullPath: string) => void shown.push(fullPath),
  } satisfies Pick<Electron.Shell, 'openExternal' | 'showItemInFolder'>;

  const dialog = {
    showErrorBox: (title: string, content: string) => {
      errors.push({ title, content });
      failed(new Error(content));
    },
  } satisfies Pick<Electron.Dialog, 'showErrorBox'>;

  // The renderer side, for the preload.
  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld(apiKey: string, api: unknown) {
      if (exposed.has(apiKey))
        throw new Error(`Cannot bind an API on top of an existing property on the window object: ${apiKey}`);
      exposed.set(apiKey, api);
    },
  } satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>;
  const rendererContents = new FakeWebContents();
  class FakeIpcRenderer extends EventEmitter {
    readonly invoked: { channel: string; args: unknown[] }[] = [];
    readonly sentToMain: { channel: string; args: unknown[] }[] = [];
    /** Where the page is: what main sees as the sender frame's URL. */
    pageUrl = 'app://mitzui/index.html';
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      this.invoked.push({ channel, args });
      const handler = handlers.get(channel);
      if (!handler)
        throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
      return handler(ipcEvent(this.pageUrl, rendererContents), ...args);
    }
    send(channel: string, ...args: unknown[]): void {
      this.sentToMain.push({ channel, args });
      ipcMain.emit(channel, ipcEvent(this.pageUrl, rendererContents), ...args);
    }
  }
  const ipcRenderer = new FakeIpcRenderer() satisfies Pick<Electron.IpcRenderer, 'invoke' | 'send'>;

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog,
    ipcMain,
    safeStorage,
    session: { defaultSession },
    shell,
    protocol,
    net,
    contextBridge,
    ipcRenderer,
  };

  return {
    electron,
    /** The test's view of what happened and its levers. */
    windows,
    firstWindow,
    errors,
    opened,
    shown,
    contents,
    schemes,
    exposed,
    ready(): Promise<void> {
      isReady = true;
      markReady();
      app.emit('ready');
      return ready;
    },
    newContents,
    /** A message from a page at `url` to main's IPC handler, as ipcRenderer.invoke sends it. */
    invoke(channel: string, url: string, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      return Promise.resolve(handler(ipcEvent(url, rendererContents), ...args));
    },
    /** What the app: scheme's handler answers for a request to `url`. */
    request(url: string): Promise<Response> {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) return Promise.reject(new Error(`No handler for ${url}`));
      return Promise.resolve(handler(new Request(url)));
    },
    askPermission(
      permission: 'media' | 'geolocation' | 'notifications' | 'openExternal',
      origin: string,
    ): Promise<{ requested: boolean; checked: boolean }> {
      return new Promise((resolve) => {
        const page = contents[0] ?? newContents();
        const checked =
          permissionCheck?.(
            page as unknown as Electron.WebContents,
            permission,
            origin,
            {} as Electron.PermissionCheckHandlerHandlerDetails,
          ) ?? true;
        if (!permissionRequest) return resolve({ requested: true, checked });
        permissionRequest(
          page as unknown as Electron.WebContents,
          permission,
          (granted) => resolve({ requested: granted, checked }),
          {} as Electron.PermissionRequest,
        );
      });
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
