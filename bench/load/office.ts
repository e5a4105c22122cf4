// The office the desks work on. Without --server: the demo office of N clients (generated once into
// the temp folder, as the bench does), copied to a fresh data folder, opened by the app and served
// by browser mode's HTTP transport on loopback — so the tool works with nothing else running. With
// --server: that server as it is. Either way the owner signs in, the load staff accounts are made
// where missing, and the clients and surnames the desks will use are read through the API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../main/app';
import { closePdfRenderer } from '../../main/paperwork/pdf-renderer';
import { startHttpServer } from '../../main/transports/http';
import { BENCH_KEYS, cachedStore, workingCopy } from '../store';
import type { Random } from '../../db/demo/random';
import type { Office } from './desk';
import { agentFor, callOnce, type Target } from './transport';

export const LOAD_PASSWORD = 'Load-desk-pass-7Qm!2026';

export interface Served {
  target: Target;
  /** Where exported lists go: a folder on the server's machine. */
  exportDir: string;
  close(): Promise<void>;
}

/** The demo office on a fresh data folder, served over HTTP on 127.0.0.1. */
export async function inProcessOffice(clients: number, seed: number, log: (line: string) => void): Promise<Served> {
  const work = workingCopy(await cachedStore(clients, seed, log));
  const app = await openApp({ dataDir: work.dataDir, keys: BENCH_KEYS, idleMinutes: 24 * 60 });
  // The daily backup the app takes at start is over before the desks come in.
  await app.keeper.runDailyBackup();
  // The API only: no renderer is served, so an empty folder stands in for its files.
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitzui-load-static-'));
  const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mitzui-load-exports-'));
  const server = await startHttpServer({ dispatch: app.dispatch, sessions: app.sessions, staticDir, port: 0 });
  return {
    target: { url: new URL(server.url) },
    exportDir,
    close: async () => {
      await server.close();
      // The Chromium that drew the papers would keep the process alive.
      await closePdfRenderer();
      app.close();
      for (const dir of [staticDir, exportDir]) fs.rmSync(dir, { recursive: true, force: true });
      work.cleanup();
    },
  };
}

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/**
 * Pairs a desk with the office server by a one-time code, as "connect to the office server" does:
 * its device token. The server admits only so many pairings a minute, so a refusal for that waits.
 */
export async function pairDesk(target: Target, code: string, deviceName: string): Promise<string> {
  const agent = agentFor(target);
  try {
    for (let tries = 0; ; tries++) {
      const { result } = await callOnce(
        target,
        agent,
        { token: null, device: null },
        'pair',
        { pairingCode: code, deviceName },
        'pair',
      );
      if (result.ok) return (result.value as { token: string }).token;
      if (result.error.code !== 'rate_limited' || tries >= 30)
        throw new Error(`pair ${deviceName}: ${result.error.message}`);
      await pause(7_000);
    }
  } finally {
    agent.destroy();
  }
}

/** A desk with its own connection (and device token, on the office server), signed in; calls throw with the server's message. */
export async function signIn(target: Target, username: string, password: string, device: string | null = null) {
  const agent = agentFor(target);
  const login = await callOnce(target, agent, { token: null, device }, 'auth.login', { username, password });
  if (!login.result.ok) throw new Error(`auth.login ${username}: ${login.result.error.message}`);
  const value = login.result.value as { token?: string; secondFactor?: string };
  if (!value.token)
    throw new Error(`auth.login ${username}: the account asks for a second factor; load staff must not have one`);
  const caller = { token: value.token, device };
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const { result } = await callOnce(target, agent, caller, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as T;
  };
  return { agent, caller, call };
}

export type SignedInDesk = Awaited<ReturnType<typeof signIn>>;

/** One desk in five is a lawyer's (lawyers may export lists); the others are office staff. */
export const isLawyerDesk = (index: number) => index % 5 === 0;

const deskName = (i: number) => `load.desk${String(i).padStart(3, '0')}`;

/** The load staff, load.desk001…: one in five a lawyer, the others office staff. Made where missing. */
export async function ensureStaff(owner: SignedInDesk, count: number): Promise<string[]> {
  const existing = new Set((await owner.call<{ username: string }[]>('staff.list', {})).map((s) => s.username));
  const names = Array.from({ length: count }, (_, i) => deskName(i + 1));
  for (const [i, username] of names.entries()) {
    if (existing.has(username)) continue;
    const lawyer = isLawyerDesk(i);
    await owner.call('staff.create', {
      fullName: `עובד עומס ${i + 1}`,
      licenseNumber: lawyer ? String(90_000 + i) : null,
      username,
      password: LOAD_PASSWORD,
      role: lawyer ? 'lawyer' : 'staff',
    });
  }
  return names;
}

/** Clients spread over the office (pages of the list at random offsets) and their surnames. */
export async function readOffice(owner: SignedInDesk, random: Random, exportDir: string): Promise<Office> {
  const first = await owner.call<{ rows: { id: number; lastNameHe: string }[]; total: number }>('clients.list', {
    limit: 200,
    withTotal: true,
  });
  const rows = [...first.rows];
  for (let page = 0; page < 9 && first.total > 200; page++) {
    const offset = random.int(0, Math.max(0, first.total - 200));
    rows.push(
      ...(await owner.call<{ rows: typeof first.rows }>('clients.list', { limit: 200, offset, withTotal: false })).rows,
    );
  }
  const clientIds = [...new Set(rows.map((r) => r.id))];
  if (clientIds.length === 0) throw new Error('The office has no clients to work on');
  return {
    clientIds,
    busyClientIds: random.some(clientIds, Math.min(5, clientIds.length)),
    surnames: [...new Set(rows.map((r) => r.lastNameHe).filter((name) => name.length >= 2))],
    exportDir,
  };
}
