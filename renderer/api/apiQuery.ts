// A procedure's reply as a cached query, and a write as a mutation that marks stale what it changed.
// The cache keeps the newest question's answer: a reply to a question asked before the latest one of
// the same key is dropped (the query's fetch is replaced), so an older reply never overwrites a newer.
import { useMutation, type UseQueryOptions } from '@tanstack/react-query';
import { changedRecord } from '../../shared/api/changes';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/result';
import { call } from './client';
import { invalidateFor } from './liveQueries';
import { queryClient } from './queryClient';
import { queryKey } from './queryKeys';

/** A failed reply, thrown so the query holds it as its error; `message` is the server's Hebrew text. */
export class ApiFailure extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

export async function answer<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const reply = await call(name, input);
  if (!reply.ok) throw new ApiFailure(reply.error);
  return reply.value;
}

type ApiQuery<N extends ProcedureName> = UseQueryOptions<OutputOf<N>, ApiFailure, OutputOf<N>, readonly unknown[]>;

/**
 * What a screen shows is asked for each time it opens and kept only while some screen shows it: a
 * screen opened again waits for the current reply rather than showing an old one (which a write
 * could then act on), and a client's details leave memory with the screen.
 */
export function apiQuery<N extends ProcedureName>(name: N, input: InputOf<N>): ApiQuery<N> {
  return { queryKey: queryKey(name, input), queryFn: () => answer(name, input), staleTime: 0, gcTime: 0 };
}

/**
 * Marks stale what a write of this desk changed, as the same write on another desk would. The contract
 * (every procedure's zod schema) is loaded here, at the first write, so that the sign-in screen's script
 * does not carry it.
 */
export async function afterWrite(name: ProcedureName, input: unknown, value: unknown): Promise<void> {
  const { contract } = await import('../../shared/api/contract');
  const spec = (contract[name] as { changes?: Parameters<typeof changedRecord>[0] }).changes;
  if (spec) await invalidateFor({ ...changedRecord(spec, input, value), procedure: name });
}

/**
 * A write that answers as `call` does ({ ok, value | error }, for the screen's own handling) and,
 * once it succeeded, has the replies it changed asked for again before it resolves; `also` names
 * reads a write changes without a change kind of its own (a setting of the signed-in person).
 */
export function useApiMutation<N extends ProcedureName>(
  name: N,
  also: readonly ProcedureName[] = [],
): (input: InputOf<N>) => Promise<ApiResult<OutputOf<N>>> {
  return useMutation({
    mutationFn: (input: InputOf<N>) => call(name, input),
    onSuccess: async (reply, input) => {
      if (!reply.ok) return;
      await Promise.all([
        afterWrite(name, input, reply.value),
        ...also.map((read) => queryClient.invalidateQueries({ queryKey: [read] })),
      ]);
    },
  }).mutateAsync;
}

/** Has these replies asked for again (after a write a screen makes and refreshes by hand). */
export async function invalidateKeys(keys: readonly (readonly unknown[])[]): Promise<void> {
  await Promise.all(keys.map((key) => queryClient.invalidateQueries({ queryKey: key })));
}
