// How a procedure is declared: its input schema, its output type and who may call it.
import type { z } from 'zod';
import type { Role } from '../schemas/staff';

/** 'public' needs no session; otherwise the roles that may call it. */
export type Access = 'public' | readonly Role[];

export interface Procedure<I extends z.ZodType, O, A extends Access = Access> {
  input: I;
  access: A;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

export function procedure<O>() {
  return <I extends z.ZodType, const A extends Access>(def: { input: I; access: A }): Procedure<I, O, A> => def;
}

export const everyone: readonly Role[] = ['owner', 'lawyer', 'staff'];
/** Staff may not delete, read the audit log or change the office (issue 3). */
export const lawyers: readonly Role[] = ['owner', 'lawyer'];
export const owners: readonly Role[] = ['owner'];
