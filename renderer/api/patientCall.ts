// A call that rides out a brief outage: no connection, or a server that is busy and asks to wait
// (HTTP 503 with Retry-After, RFC 9110 §15.6.4, https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4).
// It tries again a few times, with growing pauses, for as long as its answer is still wanted; a
// lasting failure is returned for the screen to show with a way to try again.
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { call } from './client';

const PAUSES_MS = [200, 500, 1000];

const passing = (reply: ApiResult<unknown>) =>
  !reply.ok && (reply.error.code === 'network' || reply.error.code === 'rate_limited');

export async function patientCall<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  wanted: () => boolean = () => true,
): Promise<ApiResult<OutputOf<N>>> {
  let reply = await call(name, input);
  for (const pause of PAUSES_MS) {
    if (!passing(reply) || !wanted()) break;
    await new Promise((resume) => setTimeout(resume, pause));
    if (!wanted()) break;
    reply = await call(name, input);
  }
  return reply;
}
