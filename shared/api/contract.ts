// The API contract (handbook §3): every procedure declared once — its input schema, its output type
// and who may call it. Services implement it in main/, transports carry it, the renderer's client is
// typed from it.
import { z } from 'zod';
import { officeSetupInput } from '../schemas/office';
import { loginInput, type Role, type StaffSummary } from '../schemas/staff';
import {
  clientFields,
  clientGetInput,
  clientSearchInput,
  clientUpdateInput,
  type Client,
  type ClientPage,
} from '../schemas/client';

/** 'public' needs no session; otherwise the roles that may call it. */
export type Access = 'public' | readonly Role[];

export interface Procedure<I extends z.ZodType, O, A extends Access = Access> {
  input: I;
  access: A;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

function procedure<O>() {
  return <I extends z.ZodType, const A extends Access>(def: { input: I; access: A }): Procedure<I, O, A> => def;
}

const everyone: readonly Role[] = ['owner', 'lawyer', 'staff'];
const none = z.object({});

export interface OfficeSummary {
  id: number;
  name: string;
}

export interface SignedIn {
  token: string;
  idleMinutes: number;
  staff: StaffSummary;
  office: OfficeSummary;
}

export const contract = {
  'office.status': procedure<{ setupDone: boolean; officeName: string | null }>()({
    input: none,
    access: 'public',
  }),
  'office.setup': procedure<{ officeId: number }>()({ input: officeSetupInput, access: 'public' }),
  'auth.login': procedure<SignedIn>()({ input: loginInput, access: 'public' }),
  'auth.logout': procedure<null>()({ input: none, access: everyone }),
  'auth.me': procedure<Omit<SignedIn, 'token'>>()({ input: none, access: everyone }),
  'clients.create': procedure<Client>()({ input: clientFields, access: everyone }),
  'clients.update': procedure<Client>()({ input: clientUpdateInput, access: everyone }),
  'clients.get': procedure<Client>()({ input: clientGetInput, access: everyone }),
  'clients.search': procedure<ClientPage>()({ input: clientSearchInput, access: everyone }),
} as const;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export type InputOf<N extends ProcedureName> = z.input<Contract[N]['input']>;
export type ParsedInputOf<N extends ProcedureName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends ProcedureName> = Contract[N] extends Procedure<z.ZodType, infer O> ? O : never;

export function isProcedureName(name: string): name is ProcedureName {
  return Object.hasOwn(contract, name);
}

