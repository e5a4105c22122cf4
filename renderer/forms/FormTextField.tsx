// A text (or password) input bound to react-hook-form: label above, help and the Hebrew error
// below, digits-first values (IDs, phones, dates, e-mail) typed left to right.
import { PasswordInput, TextInput, type TextInputProps } from '@mantine/core';
import { get, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';

interface Props<V extends FieldValues> extends Omit<TextInputProps, 'form' | 'name' | 'error' | 'vars'> {
  form: UseFormReturn<V>;
  name: FieldPath<V>;
  help?: string;
  ltr?: boolean;
  password?: boolean;
}

export function FormTextField<V extends FieldValues>({ form, name, help, ltr, password, required, ...rest }: Props<V>) {
  const Input = password ? PasswordInput : TextInput;
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return (
    <Input
      description={help}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      withAsterisk={required}
      {...(ltr ? { dir: 'ltr', className: 'ltr-input' } : {})}
      {...rest}
      {...form.register(name)}
      error={error?.message}
    />
  );
}
