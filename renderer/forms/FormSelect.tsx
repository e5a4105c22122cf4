// A choice from a closed list, bound to react-hook-form, with the Hebrew error under it. Typing
// narrows the list (type-ahead) unless a caller turns it off.
import { Select, type SelectProps } from '@mantine/core';
import { Controller, get, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';

interface Props<V extends FieldValues> extends Omit<SelectProps, 'form' | 'name' | 'error' | 'value' | 'onChange'> {
  form: UseFormReturn<V>;
  name: FieldPath<V>;
}

export function FormSelect<V extends FieldValues>({ form, name, required, searchable = true, ...rest }: Props<V>) {
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          {...rest}
          searchable={searchable}
          withAsterisk={required}
          ref={field.ref}
          value={(field.value as string) || null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          error={error?.message}
          allowDeselect={!required}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}
