// One simulated member of staff through an office day: a search typed letter by letter, files opened,
// clients edited from the version they read, notes and tasks written, claims moved on the board, a
// client's rights checked, a paper drawn, a list exported — each followed by a pause to think, as at
// a desk. Every call is timed; every write the server confirms goes into the ledger.
import type http from 'node:http';
import type { Random } from '../../db/demo/random';
import type { Ledger } from './ledger';
import type { Recorder } from './report';
import { callOnce, type Caller, type Target } from './transport';

/** What the desks share: clients to work on (a few busy ones everyone touches) and surnames to type. */
export interface Office {
  clientIds: number[];
  /** The files several desks open at once: where two edits meet, and conflicts are expected. */
  busyClientIds: number[];
  surnames: string[];
  exportDir: string;
}

export interface DeskOptions {
  index: number;
  /** A lawyer's desk also exports lists (office staff may not). */
  lawyer: boolean;
  target: Target;
  agent: http.Agent;
  caller: Caller;
  random: Random;
  office: Office;
  recorder: Recorder;
  ledger: Ledger;
  /** Wall-clock end of the run (performance.now()). */
  until: number;
  /** Mean pause between actions, in ms; each pause is drawn between half and one and a half times it. */
  thinkMs: number;
}

const KEYSTROKE_MS = [120, 320] as const;
const CLAIM_MOVES: Record<string, string> = { draft: 'ready', ready: 'filed', filed: 'in_committee' };

const sleep = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

class Desk {
  private seq = 0;
  private readonly openTasks: { id: number; version: number; clientId: number }[] = [];

  constructor(private readonly o: DeskOptions) {}

  private get now(): number {
    return performance.now();
  }

  /** A call whose error answers are all errors, except a stale version when `conflict` says whose. */
  private async call<T>(
    name: string,
    input: unknown,
    conflict?: { kind: 'client' | 'task' | 'claim'; id: number; readVersion: number },
  ): Promise<T | null> {
    let reply;
    try {
      reply = await callOnce(this.o.target, this.o.agent, this.o.caller, name, input);
    } catch (error) {
      this.o.recorder.add(name, 0, 0, error instanceof Error ? error.message : String(error));
      return null;
    }
    const { result, ms, busy } = reply;
    if (result.ok) {
      this.o.recorder.add(name, ms, busy);
      return result.value as T;
    }
    if (result.error.code === 'conflict' && conflict) {
      this.o.recorder.add(name, ms, busy);
      this.o.ledger.conflict({ ...conflict, desk: this.o.index });
      return null;
    }
    this.o.recorder.add(name, ms, busy, `${result.error.code}: ${result.error.message}`);
    return null;
  }

  private client(): number {
    const { office, random } = this.o;
    return random.chance(0.2) ? random.pick(office.busyClientIds) : random.pick(office.clientIds);
  }

  private async think(factor = 1): Promise<void> {
    const { random, thinkMs } = this.o;
    const ms = thinkMs * factor * (0.5 + random.next());
    await sleep(Math.max(0, Math.min(ms, this.o.until - this.now)));
  }

  private marker(): string {
    return `בדיקת עומס ${this.o.index}-${++this.seq}`;
  }

  /** The client list's search box, a letter at a time (each keystroke a query), then one of the rows opened. */
  private async searchAsYouType(): Promise<void> {
    const surname = this.o.random.pick(this.o.office.surnames);
    let rows: { id: number }[] = [];
    for (let length = 2; length <= Math.min(surname.length, 5); length++) {
      const page = await this.call<{ rows: { id: number }[] }>('clients.list', {
        query: surname.slice(0, length),
        limit: 100,
        withTotal: true,
      });
      rows = page?.rows ?? [];
      await sleep(this.o.random.int(...KEYSTROKE_MS));
    }
    if (rows.length > 0) await this.openFile(this.o.random.pick(rows).id);
  }

  /** The top bar's search, a letter at a time. */
  private async globalSearch(): Promise<void> {
    const surname = this.o.random.pick(this.o.office.surnames);
    for (let length = 2; length <= Math.min(surname.length, 4); length++) {
      await this.call('search.global', { query: surname.slice(0, length), limit: 5 });
      await sleep(this.o.random.int(...KEYSTROKE_MS));
    }
  }

  private async openFile(id = this.client()): Promise<void> {
    await this.call('clients.file', { id });
    await this.call('tasks.list', { clientId: id, limit: 200 });
  }

  /** Reads the client, types for a while, saves with the version read. */
  private async editClient(): Promise<void> {
    const id = this.client();
    const client = await this.call<Record<string, unknown> & { version: number }>('clients.get', { id });
    if (!client) return;
    await this.think(0.5);
    const street = this.marker();
    const saved = await this.call<{ version: number }>(
      'clients.update',
      { ...client, street },
      { kind: 'client', id, readVersion: client.version },
    );
    if (saved)
      this.o.ledger.record({
        kind: 'client',
        id,
        clientId: id,
        version: saved.version,
        value: street,
        desk: this.o.index,
      });
  }

  private async writeNote(): Promise<void> {
    const clientId = this.client();
    const body = `${this.marker()}: שיחה עם הלקוח על מצב התביעה`;
    const note = await this.call<{ id: number; version: number }>('notes.create', { clientId, body });
    if (note)
      this.o.ledger.record({
        kind: 'note',
        id: note.id,
        clientId,
        version: note.version,
        value: body,
        desk: this.o.index,
      });
  }

  /** A new follow-up task, or one of this desk's own closed. */
  private async task(): Promise<void> {
    const { random } = this.o;
    const own =
      this.openTasks.length > 0 && random.chance(0.4)
        ? this.openTasks.splice(random.int(0, this.openTasks.length - 1), 1)[0]!
        : null;
    if (own) {
      const done = await this.call<{ version: number }>(
        'tasks.complete',
        { id: own.id, version: own.version, done: true },
        { kind: 'task', ...own, readVersion: own.version },
      );
      if (done)
        this.o.ledger.record({
          kind: 'task',
          id: own.id,
          clientId: own.clientId,
          version: done.version,
          value: 'done',
          desk: this.o.index,
        });
      return;
    }
    const clientId = this.client();
    const dueDate = new Date(Date.now() + random.int(1, 30) * 86_400_000).toISOString().slice(0, 10);
    const task = await this.call<{ id: number; version: number }>('tasks.create', {
      kind: 'follow_up',
      title: this.marker(),
      dueDate,
      clientId,
    });
    if (!task) return;
    this.openTasks.push({ id: task.id, version: task.version, clientId });
    this.o.ledger.record({
      kind: 'task',
      id: task.id,
      clientId,
      version: task.version,
      value: 'open',
      desk: this.o.index,
    });
  }

  /** The claims board, then a claim moved one step along the workflow. */
  private async moveClaim(): Promise<void> {
    const { random } = this.o;
    await this.call('claims.board', { perColumn: 40 });
    const status = random.pick(Object.keys(CLAIM_MOVES));
    const claims = await this.call<{ id: number; version: number; clientId: number }[]>('claims.list', {
      status,
      limit: 100,
      offset: random.int(0, 300),
    });
    if (!claims || claims.length === 0) return;
    const claim = random.pick(claims);
    await this.think(0.2);
    const to = CLAIM_MOVES[status]!;
    const moved = await this.call<{ version: number }>(
      'claims.transition',
      { id: claim.id, version: claim.version, to },
      { kind: 'claim', id: claim.id, readVersion: claim.version },
    );
    if (moved)
      this.o.ledger.record({
        kind: 'claim',
        id: claim.id,
        clientId: claim.clientId,
        version: moved.version,
        value: to,
        desk: this.o.index,
      });
  }

  private async rights(): Promise<void> {
    await this.call('rights.scan', { clientId: this.client() });
  }

  private async dashboard(): Promise<void> {
    await this.call('dashboard.summary', {});
  }

  private async drawPaper(): Promise<void> {
    await this.call('paperwork.preview', { clientId: this.client(), template: 'poa' });
  }

  private async exportList(): Promise<void> {
    const query = this.o.random.pick(this.o.office.surnames).slice(0, 3);
    await this.call('clients.export', { targetFolder: this.o.office.exportDir, format: 'csv', query });
  }

  /** The day's mix: how often each action comes up at a desk. */
  private actions(): readonly (readonly [() => Promise<void>, number])[] {
    return [
      [() => this.searchAsYouType(), 24],
      [() => this.globalSearch(), 8],
      [() => this.openFile(), 14],
      [() => this.editClient(), 10],
      [() => this.writeNote(), 10],
      [() => this.task(), 9],
      [() => this.moveClaim(), 7],
      [() => this.rights(), 7],
      [() => this.dashboard(), 6],
      [() => this.drawPaper(), 3],
      [() => this.exportList(), this.o.lawyer ? 2 : 0],
    ];
  }

  async run(): Promise<void> {
    // Desks do not all start on the same millisecond.
    await this.think(this.o.random.next());
    const actions = this.actions();
    while (this.now < this.o.until) {
      await this.o.random.weighted(actions)();
      await this.think();
    }
  }
}

export function runDesk(options: DeskOptions): Promise<void> {
  return new Desk(options).run();
}
