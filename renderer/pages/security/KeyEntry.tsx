// On the recovery screen when the store is encrypted and this machine's key is missing or wrong: what
// happened, in plain words, and the office's recovery key typed in.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../shared/schemas/backup';
import { call } from '../../api/client';
import { RecoveryKeyField } from './RecoveryKeyField';

export function KeyEntry({
  problem,
  onOpened,
}: {
  problem: NonNullable<RecoveryStatus['keyProblem']>;
  onOpened: () => void;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState(false);

  const open = async () => {
    setBusy(true);
    setError(null);
    const reply = await call('recovery.openWithKey', { recoveryKey: key });
    setBusy(false);
    if (reply.ok) setOpened(true);
    else setError(reply.error.message);
  };

  if (opened) {
    return (
      <Stack gap="md">
        <Alert color="green">{t('security.recovery.opened')}</Alert>
        <Button onClick={onOpened}>{t('recovery.continue')}</Button>
      </Stack>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
      noValidate
      data-testid="recovery-key-entry"
    >
      <Stack gap="md">
        <Text size="sm">{t(`security.recovery.${problem}`)}</Text>
        <Text size="sm">{t('security.recovery.howTo')}</Text>
        <RecoveryKeyField
          label={t('security.recovery.field')}
          description={t('security.recovery.fieldHelp')}
          required
          value={key}
          error={error}
          onChange={(typed) => {
            setError(null);
            setKey(typed);
          }}
        />
        <Button type="submit" leftSection={<IconKey size={16} />} loading={busy} disabled={!key.trim()}>
          {t('security.recovery.open')}
        </Button>
      </Stack>
    </form>
  );
}
