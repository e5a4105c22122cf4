// The typed API client. It does not know its transport: inside Electron the preload's
// window.mitzui.call, in a browser POST /api/<name>. Both return the same { ok, value | error }.
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { SESSION_HEADER } from '../../shared/api/transport';
import { errorMessage } from '../../shared/locales/messages';
import { sessionToken } from '../auth/token';

/** What the desktop app's relay of the change stream tells (see the preload). */
export interface BridgeSignal {
  kind: 'open' | 'change' | 'end' | 'error';
  data?: string;
}

interface Bridge {
  call(name: string, input: unknown, token: string | null): Promise<ApiResult<unknown>>;
  watchChanges?(ticket: string, listener: (signal: BridgeSignal) => void): () => void;
}

declare global {
  interface Window {
    mitzui?: Bridge;
  }
}

async function overHttp(name: string, input: unknown, token: string | null): Promise<ApiResult<unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers[SESSION_HEADER] = token;
  const response = await fetch(`./api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input),
  });
  return (await response.json()) as ApiResult<unknown>;
}

type Listener = (result: ApiResult<unknown>) => void;
const listeners = new Set<Listener>();

/** Lets the app react to every reply, e.g. sign out when the session has expired. */
export function onReply(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<ApiResult<OutputOf<N>>> {
  let result: ApiResult<unknown>;
  try {
    const transport = window.mitzui ? window.mitzui.call.bind(window.mitzui) : overHttp;
    result = await transport(name, input, sessionToken.get());
  } catch {
    result = { ok: false, error: { code: 'network', message: errorMessage('network') } };
  }
  for (const listener of listeners) listener(result);
  return result as ApiResult<OutputOf<N>>;
}
