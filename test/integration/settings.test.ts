// settings.about: the data folder the running app really uses, and this build's version.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { logInAs } from '../support/staff';

let app: TestApp;
let owner: string;

beforeAll(async () => {
  app = await openTestApp();
  owner = await setUpAndLogIn(app);
});

afterAll(() => app?.dispose());

it('names the data folder, the data file and the backups folder of the running app', async () => {
  const about = expectOk(await app.call(owner, 'settings.about', {}));
  const manifest = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  expect(about.version).toBe(manifest.version);
  expect(about.dataFolder).toBe(app.dataDir);
  expect(fs.existsSync(about.databaseFile)).toBe(true);
  expect(path.dirname(about.databaseFile)).toBe(app.dataDir);
  // A backup made now lands in the folder it names.
  const backup = expectOk(await app.call(owner, 'backup.create', {}));
  expect(backup.file.startsWith(about.backupsFolder)).toBe(true);
});

it('answers every role, but only those who may make backups can', async () => {
  const clerk = await logInAs(app, 'staff');
  expect(expectOk(await app.call(clerk, 'settings.about', {})).dataFolder).toBe(app.dataDir);
  const refused = await app.call(clerk, 'backup.create', {});
  expect(refused.ok ? null : refused.error.code).toBe('forbidden');
});
