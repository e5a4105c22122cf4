// Browser mode: the HTTP API and the built renderer on 127.0.0.1, on the same embedded SQLite data
// folder as the desktop app — or, with --office URL, a desk of the office server that keeps no store
// and forwards each call there. Settings are read and checked by config/config.ts.
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { openApp } from './app';
import { keepFilesPrivate, loadConfig, type AppConfig } from './config/config';
import { rendererDir } from './config/paths';
import { deskSettingsFile } from './desk/desk-settings';
import { createDeskForward } from './desk/forward';
import { closePinnedConnections } from './desk/pinned-https';
import { startHttpServer, type RunningServer } from './transports/http';
import { createChangeStream } from './transports/change-stream';

export async function runBrowserMode(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  keepFilesPrivate();
  const config = loadConfig(argv, env);
  const { values } = parseArgs({ args: argv, options: { office: { type: 'string' } }, strict: false });
  const office = typeof values.office === 'string' ? values.office : env.MITZUI_OFFICE_SERVER;
  if (office) return runOfficeDesk(config, office);
  const { dataDir, port } = config;
  const app = await openApp({ ...config, keys: { dir: config.keyDir } });
  const changeStream = createChangeStream({ bus: app.changes, sessions: app.sessions });
  const server = await startHttpServer({ dispatch: app.dispatch, sessions: app.sessions, staticDir: rendererDir, changeStream, port });
  console.log(`Mitzui is running in browser mode at ${server.url}`);
  console.log(`Data folder: ${dataDir}`);
  if (app.keeper.recoveryError !== null) console.log(`The data file would not open or check — recovery mode: ${app.keeper.recoveryError}`);
  stopOnSignal(server, () => app.close());
}

/** A desk in office mode: its data folder holds only its pairing with the server. */
async function runOfficeDesk(config: AppConfig, office: string): Promise<void> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const desk = createDeskForward({ server: office, settingsFile: deskSettingsFile(config.dataDir), deviceName: os.hostname() });
  const server = await startHttpServer({ forward: desk.call, changeStream: desk.changeStream, staticDir: rendererDir, port: config.port });
  console.log(`Mitzui desk at ${server.url}, working on the office server ${office}`);
  stopOnSignal(server, closePinnedConnections);
}

function stopOnSignal(server: RunningServer, close: () => void): void {
  const stop = async () => {
    await server.close();
    close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
