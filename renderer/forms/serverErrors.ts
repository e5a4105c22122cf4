// Puts a server error under the field it names (and focuses it); otherwise returns it for an alert.
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { ApiError } from '../../shared/api/result';

export function showServerError<V extends FieldValues>(form: UseFormReturn<V>, error: ApiError): ApiError | null {
  if (!error.field) return error;
  const name = error.field as FieldPath<V>;
  form.setError(name, { type: 'server', message: error.message }, { shouldFocus: true });
  return null;
}
