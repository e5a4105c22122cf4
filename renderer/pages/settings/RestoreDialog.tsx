// The confirmation before a restore. An uploaded backup file may come from another computer or from
// before a reinstall, when this machine's keys do not open it: the office's recovery key, typed in
// here, opens the keys the backup carries. Errors about the key stay in the dialog, under the field.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../../shared/schemas/backup';
import { call } from '../../api/client';
import { formatTimestamp } from '../../format';
import { fileToBase64 } from '../client-file/documents/fileBytes';
import { RecoveryKeyField } from '../security/RecoveryKeyField';

/** An uploaded backup file, with its manifest when picked together with it (it carries the recovery bundle). */
export interface Upload {
  file: File;
  manifest: File | null;
}

/** The picked files as one upload: the manifest is the .json one, the backup the other. */
export function uploadOf(files: File[]): Upload | null {
  const file = files.find((picked) => !picked.name.endsWith('.json'));
  return file ? { file, manifest: files.find((picked) => picked.name.endsWith('.json')) ?? null } : null;
}

export function RestoreDialog({
  from,
  onClose,
  onRestored,
}: {
  from: BackupInfo | Upload;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const withKey = recoveryKey.trim() !== '';

  const restore = async () => {
    setBusy(true);
    setKeyError(null);
    const reply =
      'manifest' in from
        ? await call('backup.restore', { file: await uploaded(from), confirm: true, ...(withKey && { recoveryKey }) })
        : await call('backup.restore', { backup: from.name, confirm: true });
    setBusy(false);
    if (reply.ok) return onRestored(reply.value);
    // A refusal that names no other field (the key opens no bundle, this office already has documents) is about the key too.
    if (withKey && (reply.error.field === 'recoveryKey' || reply.error.field === undefined))
      return setKeyError(reply.error.message);
    onClose();
    notifications.show({ color: 'red', message: reply.error.message });
  };

  return (
    <Modal opened onClose={onClose} title={t('settings.backups.restoreTitle')}>
      <Stack>
        <Text size="sm">
          {'manifest' in from
            ? t('settings.backups.restoreFileText', { name: isolated(from.file.name) })
            : t('settings.backups.restoreText', { date: formatTimestamp(from.createdAt) })}
        </Text>
        {'manifest' in from && (
          <RecoveryKeyField
            label={t('settings.backups.recoveryKey')}
            description={t('settings.backups.recoveryKeyHelp')}
            value={recoveryKey}
            error={keyError}
            onChange={(typed) => {
              setKeyError(null);
              setRecoveryKey(typed);
            }}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('settings.backups.cancel')}
          </Button>
          <Button color="red" onClick={() => void restore()} loading={busy}>
            {t('settings.backups.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

async function uploaded({
  file,
  manifest,
}: Upload): Promise<{ name: string; contentBase64: string; manifest?: string }> {
  return {
    name: file.name,
    contentBase64: await fileToBase64(file),
    ...(manifest && { manifest: await manifest.text() }),
  };
}

/** A Latin file name inside a Hebrew sentence, kept left to right as one piece (Unicode bidi isolates). */
function isolated(name: string): string {
  return `\u2066${name}\u2069`;
}
