// Browser mode: the HTTP API and the built renderer on 127.0.0.1, on the same embedded SQLite data
// folder as the desktop app. Settings are read and checked by config/config.ts.
import { openApp } from './app';
import { keepFilesPrivate, loadConfig } from './config/config';
import { rendererDir } from './config/paths';
import { startHttpServer } from './transports/http';
import { createChangeStream } from './transports/change-stream';

export async function runBrowserMode(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  keepFilesPrivate();
  const config = loadConfig(argv, env);
  const { dataDir, port } = config;
  const app = await openApp({ ...config, keys: { dir: config.keyDir } });
  const changeStream = createChangeStream({ bus: app.changes, sessions: app.sessions });
  const server = await startHttpServer({ dispatch: app.dispatch, sessions: app.sessions, staticDir: rendererDir, changeStream, port });
  console.log(`Mitzui is running in browser mode at ${server.url}`);
  console.log(`Data folder: ${dataDir}`);
  if (app.keeper.recoveryError !== null) console.log(`The data file would not open or check — recovery mode: ${app.keeper.recoveryError}`);

  const stop = async () => {
    await server.close();
    app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
