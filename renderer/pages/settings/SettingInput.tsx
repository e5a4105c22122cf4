// A settings value typed left to right (a path, a list of numbers) whose error clears as it is edited.
import { TextInput } from '@mantine/core';
import { useState } from 'react';

/** The typed text and the server's refusal of it; `edit` sets the text and clears the refusal. */
export function useSettingText() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const edit = (value: string) => {
    setText(value);
    setError(null);
  };
  return { text, setText, error, setError, edit };
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
