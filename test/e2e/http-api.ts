// Calls the running browser-mode server's API directly, to set data up before the browser looks at it.
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { SESSION_HEADER } from '../../shared/api/transport';

export async function callApi<N extends ProcedureName>(
  serverUrl: string,
  token: string | null,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers[SESSION_HEADER] = token;
  const response = await fetch(`${serverUrl}api/${name}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const reply = (await response.json()) as ApiResult<OutputOf<N>>;
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
  return reply.value;
}
