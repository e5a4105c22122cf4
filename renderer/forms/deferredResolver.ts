// contractResolver for the forms shown before sign-in: the contract's schemas bring zod and the
// phone metadata (some 440 kB of script), which the sign-in screen should not wait for. The schema
// and the resolver load on the first validation (the first submit), then stay.
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export function deferredResolver<V extends FieldValues>(loadSchema: () => Promise<z.ZodType>): Resolver<V> {
  let loading: Promise<Resolver<V>> | undefined;
  const load = async () => {
    const [{ contractResolver }, schema] = await Promise.all([import('./contractResolver'), loadSchema()]);
    return contractResolver<V>(schema);
  };
  return async (...args) => (await (loading ??= load()))(...args);
}
