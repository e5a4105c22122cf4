// The live desks' change stream over real HTTP on 127.0.0.1: two people in one office, each with a
// stream; what one writes the other hears as kind, id, version and who — never the record.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../main/transports/http';
import { createChangeStream, MAX_STREAMS_PER_SESSION, type ChangeStream } from '../../main/transports/change-stream';
import type { ChangeEvent } from '../../shared/api/changes';
import { expectOk, openTestApp, setUpAndLogIn, type TestApp } from '../support/app';
import { logInAs } from '../support/staff';
import { tempDir } from '../support/temp';
import { validId } from '../support/ids';

let app: TestApp;
let server: RunningServer;
let changeStream: ChangeStream;
let staticDir: { dir: string; cleanup: () => void };
const open: Stream[] = [];

beforeEach(async () => {
  app = await openTestApp();
  staticDir = tempDir('mitzui-static-');
  fs.writeFileSync(path.join(staticDir.dir, 'index.html'), '<!doctype html><title>מיצוי</title>');
  // A short beat, so that a session that timed out is noticed within the test.
  changeStream = createChangeStream({ bus: app.changes, sessions: app.sessions, heartbeatMs: 50 });
  server = await startHttpServer({
    dispatch: app.dispatch,
    sessions: app.sessions,
    staticDir: staticDir.dir,
    changeStream,
    port: 0,
  });
});
afterEach(async () => {
  for (const stream of open.splice(0)) stream.cancel();
  await server.close();
  app.dispose();
  staticDir.cleanup();
});

async function post<T>(name: string, body: unknown, token: string): Promise<T> {
  const response = await fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-mitzui-session': token },
    body: JSON.stringify(body),
  });
  return expectOk((await response.json()) as never) as T;
}

const ticketFor = async (token: string) => (await post<{ ticket: string }>('changes.ticket', {}, token)).ticket;

interface Stream {
  status: number;
  /** The raw text received so far. */
  text(): string;
  /** The next `change` event, waiting for it. */
  next(): Promise<ChangeEvent>;
  /** Resolves once the server has ended the stream, with the text it sent last. */
  ended(): Promise<string>;
  cancel(): void;
}

async function connect(ticket: string): Promise<Stream> {
  const response = await fetch(`${server.url}api/events?ticket=${encodeURIComponent(ticket)}`);
  let received = '';
  let taken = 0;
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const done = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return received;
      received += decoder.decode(chunk.value);
    }
  })();
  const changes = () =>
    [...received.matchAll(/event: change\ndata: (.*)\n\n/g)].map((match) => JSON.parse(match[1] ?? '') as ChangeEvent);
  const stream: Stream = {
    status: response.status,
    text: () => received,
    next: async () => {
      while (changes().length <= taken) {
        if (
          (await Promise.race([done.then(() => 'ended'), new Promise((resume) => setTimeout(resume, 10))])) ===
            'ended' &&
          changes().length <= taken
        ) {
          throw new Error(`stream ended before another change:\n${received}`);
        }
      }
      return changes()[taken++] as ChangeEvent;
    },
    ended: () => done,
    cancel: () => void reader.cancel().catch(() => undefined),
  };
  open.push(stream);
  return stream;
}

const PERSON = {
  idNumber: validId('01234567'),
  firstNameHe: 'רונית',
  lastNameHe: 'אברהמי',
  birthDate: '1970-05-05',
  sex: 'female' as const,
};

describe('change stream', () => {
  it("tells B of A's writes as kind, id, version and who, without the record, and not A of its own", async () => {
    const owner = await setUpAndLogIn(app);
    const lawyer = await logInAs(app, 'lawyer');
    const ownerStream = await connect(await ticketFor(owner));
    const lawyerStream = await connect(await ticketFor(lawyer));
    expect(lawyerStream.status).toBe(200);

    const created = await post<{ id: number; version: number }>('clients.create', PERSON, owner);
    const updated = await post<{ id: number; version: number }>(
      'clients.update',
      { ...PERSON, id: created.id, version: created.version, city: 'חיפה' },
      owner,
    );
    const first = await lawyerStream.next();
    const second = await lawyerStream.next();
    expect(first).toMatchObject({
      kind: 'client',
      id: created.id,
      version: created.version,
      clientId: created.id,
      procedure: 'clients.create',
      by: { staffId: 1, name: 'דנה כהן' },
    });
    expect(second).toMatchObject({
      kind: 'client',
      id: created.id,
      version: updated.version,
      procedure: 'clients.update',
    });
    expect(Object.keys(second).sort()).toEqual(['at', 'by', 'clientId', 'id', 'kind', 'procedure', 'seq', 'version']);
    for (const secret of [PERSON.firstNameHe, PERSON.lastNameHe, PERSON.idNumber, PERSON.birthDate, 'חיפה'])
      expect(lawyerStream.text()).not.toContain(secret);

    // The lawyer's own write is the first thing the owner's stream carries: none of the owner's.
    const claim = await post<{ id: number; version: number }>(
      'claims.create',
      { clientId: created.id, benefit: 'general_disability' },
      lawyer,
    );
    expect(await ownerStream.next()).toMatchObject({
      kind: 'claim',
      id: claim.id,
      version: claim.version,
      clientId: created.id,
      by: { name: 'צוות lawyer' },
    });
  });

  it("keeps from a secretary's stream the kinds only lawyers or owners may read", async () => {
    const owner = await setUpAndLogIn(app);
    const lawyer = await logInAs(app, 'lawyer');
    const secretary = await logInAs(app, 'staff');
    const lawyerStream = await connect(await ticketFor(lawyer));
    const secretaryStream = await connect(await ticketFor(secretary));

    for (let i = 0; i < 10; i++) app.throttle.fail({ username: 'lawyer-user', address: '10.0.0.9' });
    await post('auth.unlock', { kind: 'username', key: 'lawyer-user' }, owner);
    await post('backup.create', {}, owner);
    const created = await post<{ id: number }>('clients.create', PERSON, owner);

    expect((await secretaryStream.next()).kind).toBe('client');
    // A lawyer hears of the backup but not of the owner-only unlock.
    expect((await lawyerStream.next()).kind).toBe('backup');
    expect(await lawyerStream.next()).toMatchObject({ kind: 'client', id: created.id });
  });

  it('opens only with a ticket of a live session, each ticket once and only for a short while', async () => {
    const owner = await setUpAndLogIn(app);
    expect((await connect('')).status).toBe(401);
    expect((await connect('made-up')).status).toBe(401);
    // The session token itself is no ticket.
    expect((await connect(owner)).status).toBe(401);

    const ticket = await ticketFor(owner);
    expect((await connect(ticket)).status).toBe(200);
    expect((await connect(ticket)).status).toBe(401);

    const late = await ticketFor(owner);
    app.clock.advanceMinutes(1);
    expect((await connect(late)).status).toBe(401);

    // A session hoarding tickets keeps only its latest few.
    const hoard = [];
    for (let i = 0; i < 5; i++) hoard.push(await ticketFor(owner));
    expect((await connect(hoard[0] as string)).status).toBe(401);
    expect((await connect(hoard[4] as string)).status).toBe(200);
  });

  it('caps the streams one session may hold open', async () => {
    const owner = await setUpAndLogIn(app);
    for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) expect((await connect(await ticketFor(owner))).status).toBe(200);
    expect((await connect(await ticketFor(owner))).status).toBe(429);
    expect(changeStream.openCount()).toBe(MAX_STREAMS_PER_SESSION);
  });

  it('ends the stream when its session signs out or times out', async () => {
    const owner = await setUpAndLogIn(app);
    const lawyer = await logInAs(app, 'lawyer');
    const ownerStream = await connect(await ticketFor(owner));
    const lawyerStream = await connect(await ticketFor(lawyer));

    await post('auth.logout', {}, owner);
    expect(await ownerStream.ended()).toMatch(/event: end\n/);

    app.clock.advanceMinutes(31);
    expect(await lawyerStream.ended()).toMatch(/event: end\n/);
    expect(changeStream.openCount()).toBe(0);
  });
});
