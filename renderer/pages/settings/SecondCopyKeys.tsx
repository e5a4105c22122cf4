// The owner seals the office's keys into the second backup folder with a passphrase: without them, the
// folder's backups of an encrypted office cannot be restored on a fresh install.
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

export function SecondCopyKeys({ sealed, onSealed }: { sealed: boolean; onSealed: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const seal = async () => {
    setBusy(true);
    const reply = await call('backup.sealSecondCopy', { passphrase });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error.message);
      return;
    }
    setError(null);
    setPassphrase('');
    notifications.show({ color: 'green', message: t('settings.backups.keysSealed') });
    onSealed();
  };

  return (
    <Stack gap="xs" data-testid="second-copy-keys">
      {sealed ? (
        <Text size="sm">{t('settings.backups.keysPresent')}</Text>
      ) : (
        <Alert color="yellow" p="xs">
          {t('settings.backups.keysMissing')}
        </Alert>
      )}
      <Group align="flex-end" wrap="nowrap">
        <PasswordInput
          label={t('settings.backups.keysPassphrase')}
          description={t('settings.backups.keysPassphraseHint')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={error}
          autoComplete="new-password"
          style={{ flex: 1 }}
        />
        <Button leftSection={<IconKey size={16} />} loading={busy} onClick={() => void seal()}>
          {t(sealed ? 'settings.backups.keysReseal' : 'settings.backups.keysSeal')}
        </Button>
      </Group>
    </Stack>
  );
}
