// Browser mode: the HTTP API and the built renderer on 127.0.0.1, on the same embedded SQLite data
// folder as the desktop app. Options: --port/PORT (0 = any free port), --data-dir/MITZUI_DATA_DIR,
// MITZUI_IDLE_MINUTES for the inactivity timeout, MITZUI_DAILY_BACKUPS for how many daily backups to keep.
import { parseArgs } from 'node:util';
import { keepDailyBackupsFrom, openApp } from './app';
import { rendererDir, userDataDir } from './config/paths';
import { startHttpServer } from './transports/http';

const DEFAULT_PORT = 5180;

export async function runBrowserMode(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    strict: false,
  });
  const port = Number(values.port ?? env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${String(values.port ?? env.PORT)}`);
  const dataDir = String(values['data-dir'] ?? env.MITZUI_DATA_DIR ?? userDataDir(env));
  const idleMinutes = env.MITZUI_IDLE_MINUTES ? Number(env.MITZUI_IDLE_MINUTES) : undefined;

  const app = await openApp({ dataDir, idleMinutes, keepDailyBackups: keepDailyBackupsFrom(env) });
  const server = await startHttpServer({ dispatch: app.dispatch, sessions: app.sessions, staticDir: rendererDir, port });
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
