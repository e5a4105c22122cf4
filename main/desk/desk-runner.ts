// A desk that can change its mode while it runs: local (its own store, opened by `openLocal`) or
// office (no store, every call forwarded to the server). The mode last chosen is kept in the data
// folder, so the next start without `--office` comes back the same. The transports ask `current()`
// for each call, so a switch needs no restart: joining a server closes the store and releases the
// folder's lock once the joining call is answered; going back opens it again.
import fs from 'node:fs';
import type { App } from '../app';
import { dataFiles } from '../config/paths';
import type { ChangeStream } from '../transports/change-stream';
import { createChangeStream } from '../transports/change-stream';
import type { DeskHost } from '../services/context';
import type { HttpBackend } from '../transports/http';
import { deskModeFile, deskSettingsFile, readDeskMode, writeDeskMode, type DeskMode } from './desk-settings';
import type { RelayListener } from './change-relay';
import { createDeskForward, type DeskForward } from './forward';
import { pairDesk } from './pair';

export interface DeskRunnerOptions {
  dataDir: string;
  deviceName: string;
  /** `--office URL`: work on this server now (and from now on). */
  office?: string;
  openLocal: () => Promise<App>;
  now?: () => Date;
}

export interface DeskRunner {
  current(): HttpBackend;
  mode(): DeskMode['mode'];
  /** The live stream of whichever mode the desk is in. */
  changeStream: ChangeStream;
  /** The change stream relayed by this process (the desktop app); a local desk has none to give. */
  watchChanges(ticket: string, listener: RelayListener): () => void;
  /** Present in local mode: the recovery state of its store, for the start-up message. */
  app(): App | null;
  close(): void;
}

type State = { mode: 'local'; app: App; stream: ChangeStream } | { mode: 'office'; forward: DeskForward };

export async function startDeskRunner(options: DeskRunnerOptions): Promise<DeskRunner> {
  const now = options.now ?? (() => new Date());
  const modeFile = deskModeFile(options.dataDir);
  const settingsFile = deskSettingsFile(options.dataDir);
  let state: State;

  const host: DeskHost = {
    deviceName: options.deviceName,
    async connect(input, localOffice) {
      const paired = await pairDesk(input, settingsFile, now());
      if (!paired.ok) return paired;
      const leaving = state;
      workOnServer({ mode: 'office', server: paired.value.server, localOffice });
      // The store closes after this call's answer has been written; the page then reloads.
      if (leaving.mode === 'local') setImmediate(() => closeLocal(leaving));
      return { ok: true, value: { fingerprint: paired.value.fingerprint } };
    },
  };

  function closeLocal(local: Extract<State, { mode: 'local' }>): void {
    local.stream.closeAll();
    local.app.close();
  }

  async function openLocal(): Promise<State> {
    const app = await options.openLocal();
    app.deskHost = host;
    return { mode: 'local', app, stream: createChangeStream({ bus: app.changes, sessions: app.sessions }) };
  }

  function workOnServer(mode: Extract<DeskMode, { mode: 'office' }>): void {
    writeDeskMode(modeFile, mode);
    const forward = createDeskForward({
      server: mode.server,
      settingsFile,
      deviceName: options.deviceName,
      now,
      backToLocal: mode.localOffice ? backToLocal : undefined,
    });
    state = { mode: 'office', forward };
  }

  async function backToLocal(): Promise<void> {
    const next = await openLocal();
    if (state.mode === 'office') state.forward.changeStream.closeAll();
    writeDeskMode(modeFile, { mode: 'local' });
    state = next;
  }

  const saved = readDeskMode(modeFile);
  // Started with --office on a folder that holds a store of its own: that store is kept to go back to.
  const keptStore = saved.mode === 'office' ? saved.localOffice : fs.existsSync(dataFiles(options.dataDir).database);
  if (options.office) workOnServer({ mode: 'office', server: options.office, localOffice: keptStore });
  else if (saved.mode === 'office') workOnServer(saved);
  else state = await openLocal();

  const stream = () => (state.mode === 'local' ? state.stream : state.forward.changeStream);
  return {
    current: () =>
      state.mode === 'local'
        ? { dispatch: state.app.dispatch, sessions: state.app.sessions }
        : { forward: state.forward.call },
    mode: () => state.mode,
    watchChanges: (ticket, listener) => {
      if (state.mode === 'office') return state.forward.watch(ticket, listener);
      listener({ kind: 'end' });
      return () => undefined;
    },
    changeStream: {
      handle: (req, res) => stream().handle(req, res),
      openCount: () => stream().openCount(),
      closeAll: () => stream().closeAll(),
    },
    app: () => (state.mode === 'local' ? state.app : null),
    close: () => {
      if (state.mode === 'local') closeLocal(state);
      else state.forward.changeStream.closeAll();
    },
  };
}
