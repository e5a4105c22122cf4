// The office's recovery key typed in (14 groups), left to right in the Hebrew page: spaces, dashes
// and case do not matter — the server reads it and names a mistyped one by its checksum.
import { Textarea } from '@mantine/core';
import { LTR_FIELD } from '../../forms/ltrField';

export interface RecoveryKeyFieldProps {
  label: string;
  description: string;
  value: string;
  error: string | null;
  required?: boolean;
  onChange: (value: string) => void;
}

export function RecoveryKeyField({ label, description, value, error, required, onChange }: RecoveryKeyFieldProps) {
  return (
    <Textarea
      label={label}
      description={description}
      {...LTR_FIELD}
      styles={{ ...LTR_FIELD.styles, input: { fontFamily: 'monospace', fontSize: 16 } }}
      autosize
      minRows={2}
      spellCheck={false}
      autoComplete="off"
      required={required}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
