// What the desktop app's IPC adapter answers, kept apart from Electron so it runs (and is tested) in
// Node: a call from our own page goes to this process's dispatch, or — a desk in office mode — to the
// office server through the forward. The name is checked here as well as in the preload: the forward
// puts it into the server's URL.
import type { ApiResult } from '../../shared/api/result';
import { PROCEDURE_NAME } from '../../shared/api/transport';
import { errorMessage } from '../../shared/locales/messages';
import type { HttpBackend } from './http';

function isCall(payload: unknown): payload is { name: string; input: unknown; token: string | null } {
  if (typeof payload !== 'object' || payload === null) return false;
  const { name, token } = payload as { name?: unknown; token?: unknown };
  return typeof name === 'string' && PROCEDURE_NAME.test(name) && (token === null || typeof token === 'string');
}

export async function answerIpcCall(
  backend: HttpBackend,
  payload: unknown,
  fromOurPage: boolean,
): Promise<ApiResult<unknown>> {
  if (!fromOurPage || !isCall(payload))
    return { ok: false, error: { code: 'forbidden', message: errorMessage('forbidden') } };
  if ('forward' in backend) return backend.forward(payload.name, payload.input, payload.token);
  return backend.dispatch(backend.sessions.resolve(payload.token), payload.name, payload.input);
}
