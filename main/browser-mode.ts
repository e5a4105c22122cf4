// Browser mode: the HTTP API and the built renderer on 127.0.0.1, on the same embedded SQLite data
// folder as the desktop app — or, in office mode (`--office URL`, or the mode last chosen on this
// data folder), a desk of the office server that keeps no store and forwards each call there. The
// desk can change mode while running (see desk-runner). A key folder locked by a passphrase not given
// at start is unlocked from the page (desk/key-lock). Settings are read and checked by config/config.ts.
import os from 'node:os';
import { openApp } from './app';
import { keepFilesPrivate, loadConfig, officeServerArg } from './config/config';
import { keyVaultOrLocked } from './config/key-vault';
import { unlockKeyFolder } from '../db/key-wrap';
import { rendererDir } from './config/paths';
import { startDeskBehindKeyLock } from './desk/key-lock';
import { closePinnedConnections } from './desk/pinned-https';
import { startHttpServer } from './transports/http';

export async function runBrowserMode(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  keepFilesPrivate();
  const config = loadConfig(argv, env);
  const vault = await keyVaultOrLocked(config.keyDir, argv, env);
  const desk = await startDeskBehindKeyLock({
    dataDir: config.dataDir,
    deviceName: os.hostname(),
    office: officeServerArg(argv, env),
    vault,
    unlock: (passphrase) => unlockKeyFolder(config.keyDir, passphrase),
    openLocal: (keys, throttle) => openApp({ ...config, keys, throttle }),
  });
  const server = await startHttpServer({
    current: desk.current,
    changeStream: desk.changeStream,
    staticDir: rendererDir,
    port: config.port,
  });
  if (desk.mode() === 'office') console.log(`Mitzui desk at ${server.url}, working on the office server`);
  else console.log(`Mitzui is running in browser mode at ${server.url}`);
  console.log(`Data folder: ${config.dataDir}`);
  if (vault === null) console.log('The key folder is locked by a passphrase: open the page to unlock it');
  const recoveryError = desk.app()?.keeper.recoveryError ?? null;
  if (recoveryError !== null) console.log(`The data file would not open or check — recovery mode: ${recoveryError}`);
  const stop = async () => {
    await server.close();
    desk.close();
    closePinnedConnections();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
