// The four procedures every record kind has, called by kind. The contract types each kind's calls
// separately; here they share one shape, checked by the contract's schemas on the server.
import type { RecordKind } from '../../../../shared/api/procedures/records';
import type { ApiResult } from '../../../../shared/api/result';
import { call } from '../../../api/client';
import type { AnyRecord } from './recordValues';

type Op = 'list' | 'create' | 'update' | 'delete';
type Reply<O extends Op> = ApiResult<O extends 'list' ? AnyRecord[] : O extends 'delete' ? null : AnyRecord>;

export function recordCall<O extends Op>(kind: RecordKind, op: O, input: Record<string, unknown>): Promise<Reply<O>> {
  return call(`${kind}.${op}` as 'family.list', input as never) as Promise<Reply<O>>;
}
