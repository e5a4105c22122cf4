// A login reply narrowed to a session: these tests sign in people without a second factor.
import type { LoginReply, SignedIn } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

export function signedIn(reply: LoginReply | ApiResult<LoginReply>): SignedIn {
  const value = 'ok' in reply ? (reply.ok ? reply.value : null) : reply;
  if (!value) throw new Error(`expected a session, got ${JSON.stringify(reply)}`);
  if (!('token' in value)) throw new Error(`expected a session, got the second step ${value.secondFactor}`);
  return value;
}
