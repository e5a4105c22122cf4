// What the desktop app's main process does for a desk in office mode, without Electron: the IPC
// adapter's answer goes through the forward to the office server over real TLS (and to the local
// dispatch on a desk of its own), foreign pages and bad names are refused, and the change stream is
// relayed from the server to the page's listener.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeskForward, type DeskForward } from '../../main/desk/forward';
import { deskSettingsFile } from '../../main/desk/desk-settings';
import type { RelaySignal } from '../../main/desk/change-relay';
import { closePinnedConnections } from '../../main/desk/pinned-https';
import { answerIpcCall } from '../../main/transports/ipc-answer';
import { OWNER, SETUP_INPUT, openTestApp, type TestApp } from '../support/app';
import { startTestOfficeServer, type TestOfficeServer } from '../support/office-server';
import { tempDir } from '../support/temp';

let app: TestApp;
let office: TestOfficeServer;
let folder: { dir: string; cleanup: () => void };
let desk: DeskForward;

beforeEach(async () => {
  app = await openTestApp();
  await app.call(null, 'office.setup', SETUP_INPUT);
  office = await startTestOfficeServer(app);
  folder = tempDir('mitzui-desktop-');
  desk = createDeskForward({ server: office.url, settingsFile: deskSettingsFile(folder.dir), deviceName: 'עמדת קבלה' });
  const { code } = office.server.pairing.start(null);
  expect(
    (await desk.call('desk.pair', { server: office.url, pairingCode: code, deviceName: 'עמדת קבלה' }, null)).ok,
  ).toBe(true);
});
afterEach(async () => {
  desk.changeStream.closeAll();
  closePinnedConnections();
  await office.close();
  app.dispose();
  folder.cleanup();
});

const ipc = (name: string, input: unknown, token: string | null, fromOurPage = true) =>
  answerIpcCall({ forward: desk.call }, { name, input, token }, fromOurPage);

async function signIn(): Promise<string> {
  const login = await ipc('auth.login', OWNER, null);
  if (!login.ok) throw new Error(login.error.message);
  return (login.value as { token: string }).token;
}

describe("the desktop app's IPC adapter on an office desk", () => {
  it("answers our page's calls from the office server, and refuses foreign pages and bad names", async () => {
    const token = await signIn();
    expect(await ipc('office.status', {}, token)).toEqual({
      ok: true,
      value: { setupDone: true, officeName: SETUP_INPUT.office.name },
    });
    expect(await ipc('office.status', {}, token, false)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc('../pair', {}, token)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await answerIpcCall({ forward: desk.call }, { name: 'office.status', input: {}, token: 5 }, true),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A desk of its own answers from its own dispatch.
    expect(
      await answerIpcCall(
        { dispatch: app.dispatch, sessions: app.sessions },
        { name: 'office.status', input: {}, token: null },
        true,
      ),
    ).toMatchObject({ ok: true, value: { setupDone: true } });
  });

  it("relays the server's change events to the page, and says when the ticket is refused", async () => {
    const token = await signIn();
    const other = await signIn();
    const ticket = await ipc('changes.ticket', {}, token);
    if (!ticket.ok) throw new Error(ticket.error.message);
    const signals: RelaySignal[] = [];
    const stop = desk.watch((ticket.value as { ticket: string }).ticket, (signal) => signals.push(signal));
    await expect.poll(() => signals.map((signal) => signal.kind)).toEqual(['open']);
    const created = await ipc(
      'clients.create',
      { idNumber: '000000018', firstNameHe: 'רות', lastNameHe: 'לוי', birthDate: '1970-05-01', sex: 'female' },
      other,
    );
    expect(created.ok).toBe(true);
    await expect.poll(() => signals.length).toBe(2);
    const change = signals[1]!;
    expect(change.kind).toBe('change');
    expect(JSON.parse((change as { data: string }).data)).toMatchObject({
      kind: 'client',
      id: (created as { value: { id: number } }).value.id,
    });
    stop();

    // The same single-use ticket again: refused, told once.
    const refused: RelaySignal[] = [];
    desk.watch((ticket.value as { ticket: string }).ticket, (signal) => refused.push(signal));
    await expect.poll(() => refused).toEqual([{ kind: 'error' }]);
  });
});
