// On a fresh install: the office restored from a backup folder outside it (a USB stick, a second
// disk) — the folder's path and the backup passphrase that sealed the keys there. Each error is shown
// under the field it names; anything else closes the dialog with a notice.
import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../../shared/schemas/backup';
import { call } from '../../api/client';
import { LTR_FIELD } from '../../forms/ltrField';

type Field = 'folder' | 'passphrase';

export function FolderRestoreDialog({
  onClose,
  onRestored,
}: {
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  const restore = async () => {
    setBusy(true);
    setErrors({});
    const reply = await call('backup.restoreFromFolder', { folder, passphrase, confirm: true });
    setBusy(false);
    if (reply.ok) return onRestored(reply.value);
    const field = reply.error.field;
    if (field === 'folder' || field === 'passphrase') return setErrors({ [field]: reply.error.message });
    onClose();
    notifications.show({ color: 'red', message: reply.error.message });
  };

  return (
    <Modal opened onClose={onClose} title={t('settings.backups.folderRestoreTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void restore();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">{t('settings.backups.folderRestoreText')}</Text>
          <TextInput
            label={t('settings.backups.folderRestoreFolder')}
            description={t('settings.backups.folderRestoreFolderHelp')}
            {...LTR_FIELD}
            value={folder}
            error={errors.folder}
            onChange={(event) => setFolder(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('settings.backups.keysPassphrase')}
            value={passphrase}
            error={errors.passphrase}
            autoComplete="off"
            onChange={(event) => setPassphrase(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('settings.backups.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('settings.backups.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
