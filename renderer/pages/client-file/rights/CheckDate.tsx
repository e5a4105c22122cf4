// The day the rights are checked on (today unless changed): amounts and rules in force that day.
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayToIso, isoToDisplay } from '../../../../shared/dates';

export function CheckDate({ date, onChange }: { date: string; onChange(iso: string): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(isoToDisplay(date));
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    const iso = displayToIso(text);
    setInvalid(iso === null);
    if (iso && iso !== date) onChange(iso);
  };
  return (
    <TextInput
      label={t('rights.checkDate')}
      description={t('rights.checkDateHelp')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
      error={invalid && t('rights.checkDateInvalid')}
      placeholder="dd/mm/yyyy"
      dir="ltr"
      className="ltr-input"
      w={220}
    />
  );
}
