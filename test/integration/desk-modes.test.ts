// A desk's mode, chosen while it runs and kept in its data folder: a fresh desk joins the office
// server on its first run and comes back as an office desk after a restart without --office; a desk
// with its own office joins only through its owner, keeps that office, and goes back to it the same
// (not while another copy of the app holds the folder).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { openApp } from '../../main/app';
import { startDeskRunner, type DeskRunner } from '../../main/desk/desk-runner';
import { deskModeFile, readDeskMode } from '../../main/desk/desk-settings';
import { closePinnedConnections } from '../../main/desk/pinned-https';
import { lockDataFolder } from '../../main/storage/folder-lock';
import { startHttpServer, type RunningServer } from '../../main/transports/http';
import { OWNER, SETUP_INPUT, openTestApp, type TestApp } from '../support/app';
import { startTestOfficeServer, type TestOfficeServer } from '../support/office-server';
import { tempDir, testKeys } from '../support/temp';

let app: TestApp;
let office: TestOfficeServer;
let folder: { dir: string; cleanup: () => void };
const running: { desk: DeskRunner; http: RunningServer }[] = [];

beforeEach(async () => {
  app = await openTestApp();
  await app.call(null, 'office.setup', SETUP_INPUT);
  office = await startTestOfficeServer(app);
  folder = tempDir('mitzui-desk-');
});
afterEach(async () => {
  for (const { desk, http } of running.splice(0)) {
    await http.close();
    desk.close();
  }
  closePinnedConnections();
  await office.close();
  app.dispose();
  folder.cleanup();
});

/** What `npm run web` starts on the desk's folder: `--office` only when given. */
async function startDesk(officeArg?: string) {
  const desk = await startDeskRunner({
    dataDir: folder.dir,
    deviceName: 'עמדת קבלה',
    office: officeArg,
    openLocal: () => openApp({ dataDir: folder.dir, keys: testKeys }),
  });
  const http = await startHttpServer({
    current: desk.current,
    changeStream: desk.changeStream,
    staticDir: folder.dir,
    port: 0,
  });
  running.push({ desk, http });
  const call = async <N extends ProcedureName>(
    token: string | null,
    name: N,
    input: InputOf<N>,
  ): Promise<ApiResult<unknown>> => {
    const response = await fetch(`${http.url}api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { 'x-mitzui-session': token } : {}) },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiResult<unknown>;
  };
  const stop = async () => {
    running.splice(
      running.findIndex((entry) => entry.desk === desk),
      1,
    );
    await http.close();
    desk.close();
  };
  return { desk, call, stop };
}

async function signIn(call: Awaited<ReturnType<typeof startDesk>>['call']): Promise<string> {
  const login = await call(null, 'auth.login', OWNER);
  if (!login.ok) throw new Error(login.error.message);
  return (login.value as { token: string }).token;
}

const pairing = () => ({
  server: office.url,
  pairingCode: office.server.pairing.start(null).code,
  deviceName: 'עמדת קבלה',
});

/** The store closes once the joining call is answered: the folder's lock is free again. */
async function lockFreed(): Promise<void> {
  await expect
    .poll(() => {
      try {
        lockDataFolder(folder.dir).release();
        return true;
      } catch {
        return false;
      }
    })
    .toBe(true);
}

describe('desk modes', () => {
  it('a fresh desk joins the server on its first run, and starts as the office desk again without --office', async () => {
    const first = await startDesk();
    expect(await first.call(null, 'desk.status', {})).toEqual({
      ok: true,
      value: { mode: 'local', deviceName: 'עמדת קבלה', canSwitch: true },
    });
    const joined = await first.call(null, 'desk.setupOnServer', pairing());
    expect(joined.ok).toBe(true);
    expect(first.desk.mode()).toBe('office');
    await lockFreed();
    expect(await first.call(null, 'desk.status', {})).toMatchObject({
      ok: true,
      value: { mode: 'office', state: 'paired', localOffice: false },
    });
    await first.stop();

    const again = await startDesk();
    expect(again.desk.mode()).toBe('office');
    expect(readDeskMode(deskModeFile(folder.dir))).toEqual({
      mode: 'office',
      server: new URL(office.url).origin,
      localOffice: false,
    });
    const token = await signIn(again.call);
    expect(await again.call(token, 'office.status', {})).toEqual({
      ok: true,
      value: { setupDone: true, officeName: SETUP_INPUT.office.name },
    });
    // Nothing to go back to.
    expect(await again.call(token, 'desk.useLocal', {})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses the first-run join once the desk has an office of its own', async () => {
    const desk = await startDesk();
    await desk.call(null, 'office.setup', { ...SETUP_INPUT, office: { ...SETUP_INPUT.office, name: 'משרד מקומי' } });
    expect(await desk.call(null, 'desk.setupOnServer', pairing())).toMatchObject({
      ok: false,
      error: { code: 'setup_done' },
    });
    expect(await desk.call(null, 'desk.connect', pairing())).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(desk.desk.mode()).toBe('local');
  });

  it("a local office's owner moves the desk onto the server and back; each mode survives a restart", async () => {
    const local = await startDesk();
    await local.call(null, 'office.setup', { ...SETUP_INPUT, office: { ...SETUP_INPUT.office, name: 'משרד מקומי' } });
    const localToken = await signIn(local.call);
    expect(await local.call(localToken, 'desk.connect', { ...pairing(), pairingCode: 'ZZZZZZZZ' })).toMatchObject({
      ok: false,
      error: { field: 'pairingCode' },
    });
    expect(local.desk.mode()).toBe('local');
    expect((await local.call(localToken, 'desk.connect', pairing())).ok).toBe(true);
    await lockFreed();
    expect(await local.call(null, 'desk.status', {})).toMatchObject({
      ok: true,
      value: { mode: 'office', state: 'paired', localOffice: true },
    });
    await local.stop();

    const onServer = await startDesk();
    const token = await signIn(onServer.call);
    expect(await onServer.call(token, 'office.status', {})).toMatchObject({
      ok: true,
      value: { officeName: SETUP_INPUT.office.name },
    });
    expect(await onServer.call(null, 'desk.useLocal', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    // Another copy of the app holds the folder: the desk stays on the server and says why.
    const held = lockDataFolder(folder.dir);
    expect(await onServer.call(token, 'desk.useLocal', {})).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(onServer.desk.mode()).toBe('office');
    held.release();
    expect(await onServer.call(token, 'desk.useLocal', {})).toEqual({ ok: true, value: null });
    expect(onServer.desk.mode()).toBe('local');
    expect(await onServer.call(null, 'office.status', {})).toMatchObject({
      ok: true,
      value: { officeName: 'משרד מקומי' },
    });
    await onServer.stop();

    expect((await startDesk()).desk.mode()).toBe('local');
    expect(fs.existsSync(deskModeFile(folder.dir))).toBe(true);
  });

  it('keeps the store to go back to when a desk with an office of its own is started with --office', async () => {
    const local = await startDesk();
    await local.call(null, 'office.setup', { ...SETUP_INPUT, office: { ...SETUP_INPUT.office, name: 'משרד מקומי' } });
    await local.stop();
    const onServer = await startDesk(office.url);
    expect(await onServer.call(null, 'desk.status', {})).toMatchObject({
      ok: true,
      value: { mode: 'office', state: 'unpaired', localOffice: true },
    });
  });
});
