// `npm run server`: the office server on one data folder, until SIGINT or SIGTERM — then it stops
// taking requests, finishes those under way, closes the store and releases the folder's lock.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../app';
import { keepFilesPrivate } from '../config/config';
import { openKeyVault } from '../config/key-vault';
import { rendererDir } from '../config/paths';
import { loadServerConfig, namesOf } from '../config/server-config';
import { writeAtomically } from '../storage/atomic-file';
import { loadOrCreateCertificate, readableFingerprint, serverFolder } from './certificate';
import { startOfficeServer } from './office-server';

/** Where `server pair` finds the running server and the secret it proves itself with. */
export function consoleFile(dataDir: string): string {
  return path.join(serverFolder(dataDir), 'console.json');
}

export interface ConsoleEntry {
  url: string;
  token: string;
}

export async function runOfficeServer(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  keepFilesPrivate();
  const config = loadServerConfig(argv, env);
  const names = namesOf(config);
  const app = await openApp({ ...config, keys: await openKeyVault(config.keyDir, argv, env) });
  try {
    const certificate = await loadOrCreateCertificate({
      dataDir: config.dataDir,
      names,
      certFile: config.tlsCert,
      keyFile: config.tlsKey,
    });
    const adminToken = randomBytes(32).toString('base64url');
    const server = await startOfficeServer({
      app,
      certificate,
      host: config.host,
      port: config.port,
      names,
      staticDir: rendererDir,
      adminToken,
      logger: app.logger,
    });
    const wildcard = config.host === '0.0.0.0' || config.host === '::';
    const entry: ConsoleEntry = { url: wildcard ? `https://127.0.0.1:${server.port}/` : server.url, token: adminToken };
    writeAtomically(consoleFile(config.dataDir), JSON.stringify(entry), 0o600);
    console.error(`Mitzui office server at ${server.url} (names: ${names.join(', ')})`);
    console.error(`Data folder: ${config.dataDir}`);
    console.error(`Certificate fingerprint: ${readableFingerprint(certificate.fingerprint)}`);
    if (app.keeper.recoveryError !== null)
      console.error(`The data file would not open or check — recovery mode: ${app.keeper.recoveryError}`);

    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await server.close();
      fs.rmSync(consoleFile(config.dataDir), { force: true });
      app.close();
      // The log's last lines are on disk before the process ends.
      await app.logFlushed();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    app.close();
    throw error;
  }
}
