// A react-hook-form resolver that validates with the API contract's own zod schema, so the form
// shows exactly the Hebrew messages the server would give, under the same fields.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldIssues } from '../../shared/api/validation';

export function contractResolver<V extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: V) => unknown = (v) => v,
): Resolver<V> {
  return async (values) => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const { field, message } of fieldIssues(parsed.error)) {
      setPath(errors, field, { type: 'validation', message });
    }
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}
