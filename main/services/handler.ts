// The shape of a service function for one procedure; each service module exports a map of these.
import type { contract, OutputOf, ParsedInputOf, ProcedureName } from '../../shared/api/contract';
import type { Call } from './context';
import type { Session } from './sessions';

export type Handler<N extends ProcedureName> = (
  call: Call<(typeof contract)[N]['access'] extends 'public' ? null : Session>,
  input: ParsedInputOf<N>,
) => OutputOf<N> | Promise<OutputOf<N>>;

export type Handlers<N extends ProcedureName> = { [K in N]: Handler<K> };
