// Electron IPC transport: the same answers as HTTP (the desk's dispatch, or the forward to the office
// server), and the relayed change stream, reachable only from our own app:// pages.
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import {
  IPC_CHANNEL,
  SIGNAL_CHANNEL,
  UNWATCH_CHANNEL,
  WATCH_CHANNEL,
  type WatchPayload,
} from '../../shared/api/transport';
import type { DeskRunner } from '../desk/desk-runner';
import { answerIpcCall } from '../transports/ipc-answer';
import { APP_ORIGIN } from './protocol';

function fromOurPage(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  return (event.senderFrame?.url ?? '').startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(ipcMain: IpcMain, desk: DeskRunner): void {
  ipcMain.handle(IPC_CHANNEL, (event, payload: unknown) => answerIpcCall(desk.current(), payload, fromOurPage(event)));

  const watching = new Map<string, () => void>();
  ipcMain.on(WATCH_CHANNEL, (event, payload: WatchPayload) => {
    if (!fromOurPage(event) || typeof payload?.ticket !== 'string' || typeof payload.id !== 'number') return;
    const key = `${event.sender.id}:${payload.id}`;
    const stop = desk.watchChanges(payload.ticket, (signal) => {
      if (signal.kind === 'end' || signal.kind === 'error') watching.delete(key);
      if (!event.sender.isDestroyed()) event.sender.send(SIGNAL_CHANNEL, { id: payload.id, ...signal });
    });
    watching.set(key, stop);
    event.sender.once('destroyed', () => watching.get(key)?.());
  });
  ipcMain.on(UNWATCH_CHANNEL, (event, id: unknown) => {
    const key = `${event.sender.id}:${String(id)}`;
    watching.get(key)?.();
    watching.delete(key);
  });
}
