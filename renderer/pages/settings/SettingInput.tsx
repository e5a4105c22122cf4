// A settings value typed left to right (a path, a list of numbers) whose error clears as it is edited.
import { TextInput } from '@mantine/core';
import { useState } from 'react';

/**
 * The text in a setting's field: what was typed or saved here, until then the office's setting as read
 * (`saved`, once its reply has come); and the server's refusal of it, which an edit clears.
 */
export function useSettingDraft(saved: string | undefined) {
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const edit = (value: string) => {
    setTyped(value);
    setError(null);
  };
  return { text: typed ?? saved ?? '', edit, error, refuse: setError };
}

export function SettingInput(props: {
  label: string;
  value: string;
  error: string | null;
  width: number;
  onChange(value: string): void;
  readOnly?: boolean;
}) {
  return (
    <TextInput
      w={props.width}
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      readOnly={props.readOnly}
      error={props.error}
      dir="ltr"
    />
  );
}
