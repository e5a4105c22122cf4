// An office server over real TLS on 127.0.0.1 on a test app's data folder, and desks that forward to
// it through their own browser-mode HTTP server, each with its own settings file.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { InputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { loadOrCreateCertificate, serverFolder } from '../../main/server/certificate';
import { startOfficeServer, type OfficeServer } from '../../main/server/office-server';
import { createLogger } from '../../main/logging/logger';
import { createDeskForward } from '../../main/desk/forward';
import { deskSettingsFile } from '../../main/desk/desk-settings';
import { startHttpServer, type RunningServer } from '../../main/transports/http';
import type { TestApp } from './app';
import { tempDir } from './temp';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestOfficeServer {
  server: OfficeServer;
  url: string;
  /** Every line the server logged. */
  log: string[];
  staticDir: string;
  close(): Promise<void>;
}

/** Starts the server; `port` again after a restart, so desks find it where they paired with it. */
export async function startTestOfficeServer(app: TestApp, port = 0): Promise<TestOfficeServer> {
  const names = ['127.0.0.1', 'localhost'];
  const certificate = await loadOrCreateCertificate({ dataDir: app.dataDir, names });
  const staticDir = path.join(app.dataDir, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html dir="rtl"><title>מיצוי</title></html>');
  const log: string[] = [];
  const logStream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      log.push(chunk.toString('utf8'));
      done();
    },
  });
  const server = await startOfficeServer({
    app,
    certificate,
    host: '127.0.0.1',
    port,
    names,
    staticDir,
    logger: createLogger(logStream),
    adminToken: ADMIN_TOKEN,
  });
  return { server, url: server.url, log, staticDir, close: () => server.close() };
}

/** A new certificate at the next start: the server was re-keyed (or someone stands in its place). */
export function forgetCertificate(app: TestApp): void {
  fs.rmSync(serverFolder(app.dataDir), { recursive: true, force: true });
}

export interface TestDesk {
  url: string;
  call<N extends ProcedureName>(token: string | null, name: N, input: InputOf<N>): Promise<ApiResult<unknown>>;
  settingsFile: string;
  close(): Promise<void>;
}

/** A desk in office mode (what `npm run web -- --office URL` starts), on a data folder of its own. */
export async function startTestDesk(serverUrl: string, deviceName = 'עמדת מזכירות'): Promise<TestDesk> {
  const folder = tempDir('mitzui-desk-');
  const settingsFile = deskSettingsFile(folder.dir);
  const desk = createDeskForward({ server: serverUrl, settingsFile, deviceName });
  const http: RunningServer = await startHttpServer({
    forward: desk.call,
    changeStream: desk.changeStream,
    staticDir: folder.dir,
    port: 0,
  });
  return {
    url: http.url,
    settingsFile,
    call: async (token, name, input) => {
      const response = await fetch(`${http.url}api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { 'x-mitzui-session': token } : {}) },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiResult<unknown>;
    },
    close: async () => {
      await http.close();
      folder.cleanup();
    },
  };
}
