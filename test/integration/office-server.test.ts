// The office server over real TLS on 127.0.0.1, with desks forwarding to it as `npm run web --
// --office` does: pairing, the pinned certificate, revocation, the second factor at a desk, and a restart in the middle of work.
import https from 'node:https';
import { Secret, TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePinnedConnections } from '../../main/desk/pinned-https';
import { OWNER, SETUP_INPUT, openTestApp, type TestApp } from '../support/app';
import {
  ADMIN_TOKEN,
  forgetCertificate,
  startTestDesk,
  startTestOfficeServer,
  type TestDesk,
  type TestOfficeServer,
} from '../support/office-server';

let app: TestApp;
let office: TestOfficeServer;
const desks: TestDesk[] = [];

beforeEach(async () => {
  app = await openTestApp();
  office = await startTestOfficeServer(app);
});
afterEach(async () => {
  closePinnedConnections();
  for (const desk of desks.splice(0)) await desk.close();
  await office.close();
  app.dispose();
});

const CLIENT = {
  idNumber: '000000018',
  firstNameHe: 'רות',
  lastNameHe: 'לוי',
  birthDate: '1970-05-01',
  sex: 'female',
} as const;

async function desk(name?: string): Promise<TestDesk> {
  const started = await startTestDesk(office.url, name);
  desks.push(started);
  return started;
}

/** A desk paired with a code the server's console opened (`server pair`). */
async function pairedDesk(name = 'עמדת מזכירות'): Promise<TestDesk> {
  const started = await desk(name);
  const { code } = office.server.pairing.start(null);
  const paired = await started.call(null, 'desk.pair', { server: office.url, pairingCode: code, deviceName: name });
  expect(paired.ok).toBe(true);
  return started;
}

async function signIn(on: TestDesk): Promise<string> {
  const login = await on.call(null, 'auth.login', OWNER);
  if (!login.ok) throw new Error(login.error.message);
  return (login.value as { token: string }).token;
}

/** A raw HTTPS request to the server, trusting its certificate as a desk that pinned it would. */
function rawPost(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = https.request(new URL(path, office.url), {
      method: 'POST',
      rejectUnauthorized: false,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
      );
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

describe('office server', () => {
  it('lets a paired desk set the office up, sign in and work; the owner sees the desk listed', async () => {
    const front = await pairedDesk();
    expect(await front.call(null, 'desk.status', {})).toMatchObject({
      ok: true,
      value: { mode: 'office', state: 'paired' },
    });
    expect(await front.call(null, 'office.setup', SETUP_INPUT)).toEqual({ ok: true, value: { officeId: 1 } });
    const token = await signIn(front);
    const created = await front.call(token, 'clients.create', CLIENT);
    expect(created.ok).toBe(true);
    expect(await front.call(token, 'clients.search', { query: 'לוי' })).toMatchObject({
      ok: true,
      value: { total: 1 },
    });
    const devices = await front.call(token, 'devices.list', {});
    expect(devices).toMatchObject({
      ok: true,
      value: [{ name: 'עמדת מזכירות', user: SETUP_INPUT.owner.fullName, revokedAt: null }],
    });
    // The operations log names procedure, user and device; never what was typed.
    const lines = office.log.join('');
    expect(lines).toContain('"procedure":"clients.create"');
    expect(lines).toMatch(/"user":1,.*"procedure":"clients.create"|"procedure":"clients.create".*"user":1/);
    expect(lines).not.toContain(CLIENT.idNumber);
    expect(lines).not.toContain(OWNER.password);
  });

  it('opens pairing windows from the admin screen: one code, once', async () => {
    const front = await pairedDesk();
    await front.call(null, 'office.setup', SETUP_INPUT);
    const token = await signIn(front);
    const window = await front.call(token, 'devices.startPairing', {});
    expect(window).toMatchObject({
      ok: true,
      value: {
        code: expect.stringMatching(/^[A-Z2-9]{8}$/),
        fingerprint: expect.stringMatching(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/),
      },
    });
    const { code, fingerprint } = (window as { value: { code: string; fingerprint: string } }).value;
    const second = await desk('עמדה 2');
    expect(
      await second.call(null, 'desk.pair', {
        server: office.url,
        pairingCode: code.toLowerCase(),
        deviceName: 'עמדה 2',
      }),
    ).toEqual({ ok: true, value: { fingerprint } });
    const third = await desk('עמדה 3');
    const again = await third.call(null, 'desk.pair', { server: office.url, pairingCode: code, deviceName: 'עמדה 3' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'forbidden', field: 'pairingCode', message: expect.stringContaining('קוד הצירוף') },
    });
  });

  it('refuses a device that was never paired, in Hebrew', async () => {
    const stranger = await desk();
    expect(await stranger.call(null, 'office.status', {})).toMatchObject({
      ok: false,
      error: { code: 'desk_unpaired' },
    });
    const bare = await rawPost('/api/office.status', {});
    expect(bare.status).toBe(403);
    expect(bare.json).toMatchObject({
      ok: false,
      error: { code: 'device_refused', message: expect.stringContaining('אינו מצורף לשרת המשרד') },
    });
    const forged = await rawPost(
      '/api/office.status',
      {},
      { 'x-mitzui-device': 'made-up-token-made-up-token-made-up' },
    );
    expect(forged.status).toBe(403);
  });

  it('binds a session to the desk that signed in', async () => {
    const front = await pairedDesk();
    await front.call(null, 'office.setup', SETUP_INPUT);
    const token = await signIn(front);
    const other = await pairedDesk('עמדה 2');
    expect(await other.call(token, 'clients.search', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(await front.call(token, 'clients.search', {})).toMatchObject({ ok: true });
  });

  it('refuses a revoked desk from its next request', async () => {
    const owner = await pairedDesk('עמדת הבעלים');
    await owner.call(null, 'office.setup', SETUP_INPUT);
    const ownerToken = await signIn(owner);
    const front = await pairedDesk('עמדת מזכירות');
    const frontToken = await signIn(front);
    expect(await front.call(frontToken, 'clients.search', {})).toMatchObject({ ok: true });
    const listed = (await owner.call(ownerToken, 'devices.list', {})) as {
      ok: true;
      value: { id: number; name: string }[];
    };
    const target = listed.value.find((device) => device.name === 'עמדת מזכירות');
    expect(await owner.call(ownerToken, 'devices.revoke', { id: target!.id })).toEqual({ ok: true, value: null });
    expect(await front.call(frontToken, 'clients.search', {})).toMatchObject({
      ok: false,
      error: { code: 'device_refused' },
    });
    expect(await front.call(null, 'auth.login', OWNER)).toMatchObject({ ok: false, error: { code: 'device_refused' } });
    expect(await owner.call(ownerToken, 'clients.search', {})).toMatchObject({ ok: true });
  });

  it('blocks a desk when the server shows a new certificate, until it is paired again', async () => {
    const front = await pairedDesk();
    await front.call(null, 'office.setup', SETUP_INPUT);
    const token = await signIn(front);
    const port = office.server.port;
    await office.close();
    closePinnedConnections();
    forgetCertificate(app);
    office = await startTestOfficeServer(app, port);
    const refused = await front.call(token, 'clients.search', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'server_changed', message: expect.stringContaining('תעודת האבטחה של שרת המשרד השתנתה') },
    });
    expect(await front.call(null, 'desk.status', {})).toMatchObject({
      ok: true,
      value: { state: 'certificate_changed' },
    });
    // The owner re-pairs the desk; it pins the new certificate and works again.
    const { code } = office.server.pairing.start(null);
    expect(
      (await front.call(null, 'desk.pair', { server: office.url, pairingCode: code, deviceName: 'עמדת מזכירות' })).ok,
    ).toBe(true);
    expect(await front.call(await signIn(front), 'clients.search', {})).toMatchObject({ ok: true });
  });

  it('loses nothing when the server restarts in the middle of work', async () => {
    const front = await pairedDesk();
    await front.call(null, 'office.setup', SETUP_INPUT);
    const token = await signIn(front);
    expect((await front.call(token, 'clients.create', CLIENT)).ok).toBe(true);
    const port = office.server.port;
    await office.close();
    closePinnedConnections();
    // While it is down the desk answers with a passing state, not a failure of what was typed.
    const down = await front.call(token, 'clients.create', { ...CLIENT, idNumber: '000000026', firstNameHe: 'נועה' });
    expect(down).toMatchObject({
      ok: false,
      error: { code: 'server_unreachable', message: expect.stringContaining('מה שהוקלד נשאר בטופס') },
    });
    app = await app.restart();
    office = await startTestOfficeServer(app, port);
    // Sessions live in the server's memory: the user signs in again and the same form is sent again.
    expect(await front.call(token, 'clients.search', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    const again = await signIn(front);
    expect(
      (await front.call(again, 'clients.create', { ...CLIENT, idNumber: '000000026', firstNameHe: 'נועה' })).ok,
    ).toBe(true);
    expect(await front.call(again, 'clients.search', {})).toMatchObject({ ok: true, value: { total: 2 } });
  });

  it('answers health without a device and pairs from the console with its secret only', async () => {
    const health = await new Promise<unknown>((resolve, reject) => {
      https
        .get(new URL('/health', office.url), { rejectUnauthorized: false }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        })
        .on('error', reject);
    });
    expect(health).toEqual({ ok: true, version: expect.any(String), store: 'open' });
    expect((await rawPost('/admin/pair', {}, { 'x-mitzui-admin': 'wrong' })).status).toBe(403);
    const opened = await rawPost('/admin/pair', {}, { 'x-mitzui-admin': ADMIN_TOKEN });
    expect(opened.json).toMatchObject({ ok: true, value: { code: expect.stringMatching(/^[A-Z2-9]{8}$/) } });
  });

  it('keeps the door of browser mode: Host, JSON only, the body limit, no body read for a refused caller', async () => {
    const { code } = office.server.pairing.start(null);
    const paired = (await rawPost('/pair', { pairingCode: code, deviceName: 'בדיקה' })).json as {
      value: { token: string };
    };
    const device = { 'x-mitzui-device': paired.value.token };
    expect((await rawPost('/api/office.status', {}, { ...device, Host: 'evil.example' })).status).toBe(421);
    expect((await rawPost('/api/office.status', {}, { ...device, 'Content-Type': 'text/plain' })).status).toBe(415);
    const huge = { username: 'x'.repeat(600 * 1024), password: 'y' };
    expect((await rawPost('/api/auth.login', huge, device)).status).toBe(413);
    // Without a session the caller is answered at once: a large body is never read, so never too large.
    const refused = await rawPost('/api/clients.search', { query: 'x'.repeat(600 * 1024) }, device);
    expect(refused).toMatchObject({ status: 200, json: { ok: false, error: { code: 'unauthenticated' } } });
  });

  it('carries the live desks stream from the server to each paired desk', async () => {
    const front = await pairedDesk('עמדת קבלה');
    await front.call(null, 'office.setup', SETUP_INPUT);
    const listening = await signIn(front);
    const back = await pairedDesk('עמדת הבעלים');
    const writing = await signIn(back);
    const { ticket } = ((await front.call(listening, 'changes.ticket', {})) as { value: { ticket: string } }).value;
    const response = await fetch(`${front.url}api/events?ticket=${encodeURIComponent(ticket)}`);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes(': open')) received += decoder.decode((await reader.read()).value);
    const created = (await back.call(writing, 'clients.create', CLIENT)) as { ok: true; value: { id: number } };
    while (!received.includes('event: change')) received += decoder.decode((await reader.read()).value);
    await reader.cancel();
    expect(received).toContain(`"kind":"client","id":${created.value.id}`);
    expect(received).not.toContain(CLIENT.lastNameHe);
    // Straight at the server, the stream too wants a paired desk.
    const bare = await new Promise<number>((resolve, reject) => {
      https
        .get(new URL('/api/events?ticket=x', office.url), { rejectUnauthorized: false }, (answer) =>
          resolve(answer.statusCode ?? 0),
        )
        .on('error', reject);
    });
    expect(bare).toBe(403);
  });

  it('throttles sign-in per desk: one desk guessing does not slow another', async () => {
    const guessing = await pairedDesk('עמדה במסדרון');
    await guessing.call(null, 'office.setup', SETUP_INPUT);
    for (let i = 0; i < 11; i++)
      await guessing.call(null, 'auth.login', { username: `guess-${i}`, password: 'not-the-password' });
    expect(
      await guessing.call(null, 'auth.login', { username: 'guess-last', password: 'not-the-password' }),
    ).toMatchObject({ ok: false, error: { code: 'throttled' } });
    const front = await pairedDesk();
    expect((await front.call(null, 'auth.login', OWNER)).ok).toBe(true);
  });

  it('asks for the second factor at a desk once the owner requires it, and the session works only there', async () => {
    const front = await pairedDesk();
    expect((await front.call(null, 'office.setup', SETUP_INPUT)).ok).toBe(true);
    const token = await signIn(front);
    const codeFor = (secret: string) =>
      new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: app.clock.now.getTime() });
    const started = await front.call(token, 'auth.startSecondFactor', {});
    if (!started.ok) throw new Error(started.error.message);
    const { secret } = started.value as { secret: string };
    expect((await front.call(token, 'auth.confirmSecondFactor', { code: codeFor(secret) })).ok).toBe(true);
    expect((await front.call(token, 'auth.requireSecondFactor', { required: true })).ok).toBe(true);
    app.clock.advanceMinutes(1); // a code is good once

    // The right password alone is not a session any more, through the desk as on the server.
    const step = await front.call(null, 'auth.login', OWNER);
    expect(step).toMatchObject({ ok: true, value: { secondFactor: 'verify' } });
    expect(step.ok && 'token' in (step.value as object)).toBe(false);
    const pendingToken = (step as { value: { pendingToken: string } }).value.pendingToken;
    expect(await front.call(null, 'auth.loginSecondFactor', { pendingToken, code: '000000' })).toMatchObject({
      ok: false,
    });
    const session = await front.call(null, 'auth.loginSecondFactor', { pendingToken, code: codeFor(secret) });
    if (!session.ok) throw new Error(session.error.message);
    const sessionToken = (session.value as { token: string }).token;
    expect((await front.call(sessionToken, 'clients.create', CLIENT)).ok).toBe(true);
    // The session signed in with both factors at this desk is refused at another.
    const other = await pairedDesk('עמדה שנייה');
    expect((await other.call(sessionToken, 'clients.search', { query: 'לוי' })).ok).toBe(false);
  });
});
