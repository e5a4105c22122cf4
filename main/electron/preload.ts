// The whole bridge between the sandboxed page and main: one call function with names checked, and the
// relayed change stream (a desk in office mode) — nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CHANNEL,
  PROCEDURE_NAME,
  SIGNAL_CHANNEL,
  UNWATCH_CHANNEL,
  WATCH_CHANNEL,
  type CallPayload,
  type WatchPayload,
} from '../../shared/api/transport';

let nextWatch = 1;

contextBridge.exposeInMainWorld('mitzui', {
  call(name: string, input: unknown, token: string | null): Promise<unknown> {
    if (typeof name !== 'string' || !PROCEDURE_NAME.test(name))
      return Promise.reject(new Error('Invalid procedure name'));
    const payload: CallPayload = { name, input, token: typeof token === 'string' ? token : null };
    return ipcRenderer.invoke(IPC_CHANNEL, payload);
  },
  watchChanges(ticket: string, listener: (signal: { kind: string; data?: string }) => void): () => void {
    const id = nextWatch++;
    const onSignal = (_event: IpcRendererEvent, signal: { id: number; kind: string; data?: string }) => {
      if (signal.id === id) listener({ kind: signal.kind, data: signal.data });
    };
    ipcRenderer.on(SIGNAL_CHANNEL, onSignal);
    const payload: WatchPayload = { id, ticket: String(ticket) };
    ipcRenderer.send(WATCH_CHANNEL, payload);
    return () => {
      ipcRenderer.off(SIGNAL_CHANNEL, onSignal);
      ipcRenderer.send(UNWATCH_CHANNEL, id);
    };
  },
});
