// A load run: the office served (or the given server), N desks signed in, the day's mix for the set
// time, then every confirmed write read back. Returns the figures; bench/load.ts prints them.
import os from 'node:os';
import { Random } from '../../db/demo/random';
import { DEMO_PASSWORD, DEMO_USERNAME } from '../../db/demo/staff';
import { runDesk } from './desk';
import { Ledger, verify, type ReadBack, type Verification, type Write } from './ledger';
import {
  ensureStaff,
  inProcessOffice,
  isLawyerDesk,
  LOAD_PASSWORD,
  pairDesk,
  readOffice,
  signIn,
  type Served,
  type SignedInDesk,
} from './office';
import { Recorder } from './report';
import type { Target } from './transport';

export interface LoadOptions {
  users: number;
  minutes: number;
  /** Another server; without it the demo office is served in this process. */
  server?: Target;
  /** Size and seed of the demo office served in this process. */
  clients: number;
  seed: number;
  /** Mean pause between a desk's actions, in seconds. */
  thinkSeconds: number;
  owner: { username: string; password: string };
  log: (line: string) => void;
}

export const LOAD_DEFAULTS = {
  users: 50,
  minutes: 3,
  clients: 10_000,
  seed: 1,
  thinkSeconds: 7.5,
  owner: { username: DEMO_USERNAME, password: DEMO_PASSWORD },
};

export interface LoadResult {
  recorder: Recorder;
  seconds: number;
  conflicts: { explained: number; unexplained: number };
  writes: number;
  verification: Verification;
  /** CPU seconds this process used during the desks' part (in-process: server and desks together). */
  cpuSeconds: number;
  target: string;
}

/** Reads each record back as the owner: notes and tasks by their client, a list fetched once per client. */
function readBackAs(owner: SignedInDesk): ReadBack {
  const notes = new Map<number, Promise<{ id: number; version: number; body: string }[]>>();
  const tasks = new Map<number, Promise<{ id: number; version: number; doneAt: string | null }[]>>();
  const once = <T>(cache: Map<number, Promise<T>>, key: number, load: () => Promise<T>) => {
    if (!cache.has(key)) cache.set(key, load());
    return cache.get(key)!;
  };
  return async (write: Write) => {
    if (write.kind === 'client') {
      const client = await owner.call<{ version: number; street: string | null }>('clients.get', { id: write.id });
      return { version: client.version, value: client.street ?? '' };
    }
    if (write.kind === 'claim') {
      const claim = await owner.call<{ version: number; status: string }>('claims.get', { id: write.id });
      return { version: claim.version, value: claim.status };
    }
    if (write.kind === 'note') {
      const note = (
        await once(notes, write.clientId, () => owner.call('notes.list', { clientId: write.clientId }))
      ).find((n) => n.id === write.id);
      return note ? { version: note.version, value: note.body } : null;
    }
    const task = (
      await once(tasks, write.clientId, () => owner.call('tasks.list', { clientId: write.clientId, limit: 2000 }))
    ).find((t) => t.id === write.id);
    return task ? { version: task.version, value: task.doneAt ? 'done' : 'open' } : null;
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { log } = options;
  const random = new Random(options.seed);
  const served: Served = options.server
    ? { target: options.server, exportDir: os.tmpdir(), close: () => Promise.resolve() }
    : await inProcessOffice(options.clients, options.seed, log);
  try {
    const { target } = served;
    // The office server admits paired desks only: the owner's desk pairs by the code given, then
    // opens a pairing window for each desk as the admin screen does.
    const ownerDevice = target.pairingCode ? await pairDesk(target, target.pairingCode, 'load: owner') : null;
    const owner = await signIn(target, options.owner.username, options.owner.password, ownerDevice);
    const office = await readOffice(owner, random, served.exportDir);
    const usernames = await ensureStaff(owner, options.users);
    log(
      `${office.clientIds.length} clients to work on (${office.busyClientIds.length} busy files), ${options.users} desks signing in…`,
    );
    const desks: SignedInDesk[] = [];
    for (const username of usernames) {
      const device = ownerDevice
        ? await pairDesk(
            target,
            (await owner.call<{ code: string }>('devices.startPairing', {})).code,
            `load: ${username}`,
          )
        : null;
      desks.push(await signIn(target, username, LOAD_PASSWORD, device));
    }

    const recorder = new Recorder();
    const ledger = new Ledger();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const until = started + options.minutes * 60_000;
    log(`Running ${options.users} desks for ${options.minutes} min against ${target.url.href}…`);
    await Promise.all(
      desks.map((desk, index) =>
        runDesk({
          index,
          lawyer: isLawyerDesk(index),
          target,
          agent: desk.agent,
          caller: desk.caller,
          random: new Random(options.seed * 1000 + index + 1),
          office,
          recorder,
          ledger,
          until,
          thinkMs: options.thinkSeconds * 1000,
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    log(`Reading back ${ledger.writes} confirmed writes…`);
    const verification = await verify(ledger, readBackAs(owner));
    const judged = ledger.judgeConflicts();
    for (const desk of [owner, ...desks]) desk.agent.destroy();
    return {
      recorder,
      seconds,
      conflicts: { explained: judged.explained, unexplained: judged.unexplained.length },
      writes: ledger.writes,
      verification,
      cpuSeconds: (used.user + used.system) / 1e6,
      target: options.server
        ? target.url.href
        : `in-process demo office of ${options.clients} clients at ${target.url.href}`,
    };
  } finally {
    await served.close();
  }
}
