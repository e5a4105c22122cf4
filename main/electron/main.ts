// The Electron shell, kept thin: one sandboxed window, the IPC adapter, locked-down navigation and
// permissions. Everything else is the same code browser mode runs.
import { app, BrowserWindow, dialog, ipcMain, safeStorage, session, shell } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../app';
import { keepFilesPrivate, loadConfig, officeServerArg } from '../config/config';
import { appRoot, rendererDir } from '../config/paths';
import { unlockKeyFolder } from '../../db/key-wrap';
import { keyVaultOrLocked } from '../config/key-vault';
import type { DeskRunner } from '../desk/desk-runner';
import { startDeskBehindKeyLock } from '../desk/key-lock';
import { closePinnedConnections } from '../desk/pinned-https';
import { setFolderOpener } from '../paperwork/folder-opener';
import { setPdfRenderer } from '../paperwork/pdf-renderer';
import { registerIpc } from './ipc';
import { electronPdfRenderer } from './pdf';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';

let mainWindow: BrowserWindow | null = null;
let desk: DeskRunner | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'מיצוי',
    show: false,
    webPreferences: {
      preload: path.join(appRoot, 'dist', 'main', 'preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

keepFilesPrivate();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(async () => {
    lockDown();
    try {
      // MITZUI_DATA_DIR points both modes at another data folder (tests, a second office). A broken
      // data file does not throw here: the app starts in recovery and the window offers a restore.
      // The desk's mode (its own store, or the office server's desk) is the one last chosen, or --office.
      // The key folder is sealed by the OS (safeStorage: DPAPI, Keychain, libsecret) where it can be,
      // or locked by a passphrase the window asks for.
      const argv = process.argv.slice(2);
      const config = loadConfig(argv, process.env, app.getPath('userData'));
      desk = await startDeskBehindKeyLock({
        dataDir: config.dataDir,
        deviceName: os.hostname(),
        office: officeServerArg(argv, process.env),
        vault: await keyVaultOrLocked(config.keyDir, argv, process.env, safeStorage),
        unlock: (passphrase) => unlockKeyFolder(config.keyDir, passphrase, safeStorage),
        openLocal: (keys, throttle) => openApp({ ...config, keys, throttle }),
      });
    } catch (error) {
      dialog.showErrorBox('מיצוי', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    setPdfRenderer(electronPdfRenderer);
    setFolderOpener((file) => shell.showItemInFolder(file));
    registerIpc(ipcMain, desk);
    serveRenderer(rendererDir);
    createWindow();
  });

  app.on('window-all-closed', () => {
    desk?.close();
    closePinnedConnections();
    app.quit();
  });
}
