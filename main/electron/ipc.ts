// Electron IPC transport: the same dispatch as HTTP, reachable only from our own app:// pages.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type CallPayload } from '../../shared/api/transport';
import { errorMessage } from '../../shared/locales/messages';
import type { Dispatch } from '../services/dispatch';
import type { SessionStore } from '../services/sessions';
import { APP_ORIGIN } from './protocol';

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  return (event.senderFrame?.url ?? '').startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, sessions: SessionStore): void {
  ipcMain.handle(IPC_CHANNEL, async (event, payload: CallPayload) => {
    if (!fromOurPage(event) || typeof payload?.name !== 'string') {
      return { ok: false, error: { code: 'forbidden', message: errorMessage('forbidden') } };
    }
    return dispatch(sessions.resolve(payload.token), payload.name, payload.input);
  });
}
