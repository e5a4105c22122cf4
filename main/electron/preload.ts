// The whole bridge between the sandboxed page and main: one function, one channel, names checked.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, PROCEDURE_NAME, type CallPayload } from '../../shared/api/transport';

contextBridge.exposeInMainWorld('mitzui', {
  call(name: string, input: unknown, token: string | null): Promise<unknown> {
    if (typeof name !== 'string' || !PROCEDURE_NAME.test(name)) return Promise.reject(new Error('Invalid procedure name'));
    const payload: CallPayload = { name, input, token: typeof token === 'string' ? token : null };
    return ipcRenderer.invoke(IPC_CHANNEL, payload);
  },
});
