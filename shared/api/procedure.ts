// How a procedure is declared: its input schema, its output type and who may call it.
import type { z } from 'zod';
import type { Role } from '../schemas/staff';
import type { ChangeSpec } from './changes';

/** 'public' needs no session; otherwise the roles that may call it. */
export type Access = 'public' | readonly Role[];

export interface Procedure<I extends z.ZodType, O, A extends Access = Access> {
  input: I;
  access: A;
  /** Largest request body a transport reads for it; DEFAULT_BODY_BYTES unless the procedure carries files. */
  maxBodyBytes?: number;
  /** Returns client data that dispatch meters per session: full records or list rows. */
  reads?: 'records' | 'rows';
  /** A write: the kind of record it changes, which the other desks are told of once it succeeds. */
  changes?: ChangeSpec;
  /** Answered while the store's start-up check still runs: what the sign-in screen needs, reads only. */
  beforeCheck?: true;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

export function procedure<O>() {
  return <I extends z.ZodType, const A extends Access>(def: {
    input: I;
    access: A;
    maxBodyBytes?: number;
    reads?: 'records' | 'rows';
    changes?: ChangeSpec;
    beforeCheck?: true;
  }): Procedure<I, O, A> => def;
}

/** Whether a caller of this role (null: no live session) may call a procedure of this access. */
export function allows(access: Access, role: Role | null): boolean {
  return access === 'public' || (role !== null && access.includes(role));
}

/** Enough for any form of the desk (a client with family and incomes, a long note). */
export const DEFAULT_BODY_BYTES = 512 * 1024;

export function bodyLimitOf(procedure: { maxBodyBytes?: number }): number {
  return procedure.maxBodyBytes ?? DEFAULT_BODY_BYTES;
}

/** A file of `bytes` as base64 inside a JSON body, with room for the other fields. */
export function bodyFor(bytes: number): number {
  return Math.ceil(bytes / 3) * 4 + 64 * 1024;
}

export const everyone: readonly Role[] = ['owner', 'lawyer', 'staff'];
/** Staff may not delete, read the audit log or change the office. */
export const lawyers: readonly Role[] = ['owner', 'lawyer'];
export const owners: readonly Role[] = ['owner'];
