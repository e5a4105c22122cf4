// The passphrase that seals the office's audit keys in a move package: typed on the desk and again on the server.
import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_MOVE_PASSPHRASE } from '../../../shared/schemas/move';

export function PassphraseInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('settings.move.passphrase')}
      description={t('settings.move.passphraseHint', { min: MIN_MOVE_PASSPHRASE })}
      descriptionProps={{ c: 'gray.7' }}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete="off"
      maw={420}
    />
  );
}
