// The office's files are private to the account that runs the app: browser mode, started as a user
// would with the usual umask 022, leaves its data folder 0700 and every file in it 0600 — the store,
// its WAL, backups, documents and the lock. (Windows relies on the profile folder's ACL: SECURITY.md.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { callApi } from '../e2e/http-api';
import { startWebServer, type WebServer } from '../e2e/server';
import { OWNER, SETUP_INPUT } from '../support/app';
import { validId } from '../support/ids';
import { signedIn } from '../support/signed-in';

let server: WebServer;
beforeAll(async () => {
  execFileSync(process.execPath, ['main/build.mjs'], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
  process.umask(0o022);
  server = await startWebServer();
});
afterAll(() => server?.stop());

it.skipIf(process.platform === 'win32')('keeps the data folder 0700 and its files 0600', async () => {
  await callApi(server.url, null, 'office.setup', SETUP_INPUT);
  const { token } = signedIn(await callApi(server.url, null, 'auth.login', OWNER));
  const client = await callApi(server.url, token, 'clients.create', {
    idNumber: validId('31313131'),
    firstNameHe: 'נועה',
    lastNameHe: 'בר',
    birthDate: '1975-05-05',
    sex: 'female',
  });
  await callApi(server.url, token, 'documents.add', {
    clientId: client.id,
    kind: 'medical_record',
    name: 'סיכום אשפוז.pdf',
    mimeType: 'application/pdf',
    contentBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
  });
  await callApi(server.url, token, 'backup.create', {});

  expect(fs.statSync(server.dataDir).mode & 0o777).toBe(0o700);
  const entries = fs.readdirSync(server.dataDir, { recursive: true }) as string[];
  const modes = entries.map((name) => {
    const stat = fs.statSync(path.join(server.dataDir, name));
    return [name, (stat.mode & 0o777).toString(8), stat.isDirectory()] as const;
  });
  expect(modes.some(([name]) => name.startsWith('documents'))).toBe(true);
  expect(modes.some(([name]) => name.startsWith('backups'))).toBe(true);
  expect(modes.filter(([, mode, dir]) => mode !== (dir ? '700' : '600'))).toEqual([]);
});
