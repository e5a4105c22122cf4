// Backups: make one now (progress while it copies and checks), the list, and — owners only — a
// restore of a listed backup or an uploaded backup file after an explicit confirmation (RestoreDialog),
// which signs everyone out. A backup is named on screen by when it was taken, in Israel time: its file name
// keeps the UTC time it was taken at, which would read hours off to the office.
import { Button, FileButton, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFolder, IconRestore, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult, SecondCopyStatus } from '../../../shared/schemas/backup';
import { apiQuery, invalidateKeys, useApiMutation } from '../../api/apiQuery';
import { queryKey } from '../../api/queryKeys';
import { useAuth } from '../../auth/AuthContext';
import { Ltr } from '../../components/Ltr';
import { formatSize, formatTimestamp } from '../../format';
import { FolderRestoreDialog } from './FolderRestoreDialog';
import { RestoreDialog, uploadOf, type Upload } from './RestoreDialog';
import { SecondCopyKeys } from './SecondCopyKeys';
import { SettingsSection } from './SettingsSection';

export function BackupsSection({ canRestore }: { canRestore: boolean }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const list = useQuery(apiQuery('backup.list', {})).data ?? null;
  const createBackup = useApiMutation('backup.create');
  const [creating, setCreating] = useState(false);
  /** The listed backup or the picked file to restore, while the confirmation is open. */
  const [restoring, setRestoring] = useState<BackupInfo | Upload | null>(null);
  const [fromFolder, setFromFolder] = useState(false);

  /** Clears the picker when a dialog closes, so the same files can be picked again. */
  const resetPicker = useRef<() => void>(null);
  const closeRestore = () => {
    setRestoring(null);
    resetPicker.current?.();
  };

  const create = async () => {
    setCreating(true);
    const reply = await createBackup({});
    setCreating(false);
    if (!reply.ok) return notifications.show({ color: 'red', message: reply.error.message });
    notifications.show({
      color: 'green',
      message: (
        <>
          {t('settings.backups.created')} <Ltr>{formatTimestamp(reply.value.createdAt)}</Ltr>
        </>
      ),
    });
    if (reply.value.damagedDocuments > 0) {
      notifications.show({
        color: 'yellow',
        autoClose: false,
        message: t('settings.backups.damagedDocuments', { count: reply.value.damagedDocuments }),
      });
    }
  };

  const restored = (result: RestoreResult) => {
    closeRestore();
    setFromFolder(false);
    notifications.show({ color: 'green', message: t('settings.backups.restored') });
    showMissing(result);
    void signOut();
  };

  const showMissing = ({ missingDocuments }: RestoreResult) => {
    if (missingDocuments.length === 0) return;
    const names = missingDocuments.map((doc) => (doc.client ? `${doc.name} (${doc.client})` : doc.name)).join(', ');
    notifications.show({
      color: 'yellow',
      autoClose: false,
      title: t('settings.backups.missingDocuments', { count: missingDocuments.length }),
      message: names,
    });
  };

  return (
    <SettingsSection title={t('settings.backups.title')}>
      <Text size="sm">{t('settings.backups.text')}</Text>
      {list?.secondCopy && <SecondCopy status={list.secondCopy} />}
      {list?.secondCopy && canRestore && (
        <SecondCopyKeys
          sealed={list.secondCopyKeys}
          onSealed={() => void invalidateKeys([queryKey('backup.list', {})])}
        />
      )}
      <Group>
        <Button leftSection={<IconDatabaseExport size={18} />} onClick={() => void create()} loading={creating}>
          {t('settings.backups.create')}
        </Button>
        {canRestore && (
          <FileButton
            multiple
            resetRef={resetPicker}
            onChange={(files) => setRestoring(uploadOf(files))}
            accept=".sqlite,application/vnd.sqlite3,application/x-sqlite3,.json,application/json"
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconUpload size={18} />}>
                {t('settings.backups.restoreFile')}
              </Button>
            )}
          </FileButton>
        )}
        {canRestore && (
          <Button variant="default" leftSection={<IconFolder size={18} />} onClick={() => setFromFolder(true)}>
            {t('settings.backups.folderRestore')}
          </Button>
        )}
        {creating && (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('settings.backups.creating')}</Text>
          </Group>
        )}
      </Group>
      {list && list.backups.length === 0 && <Text c="gray.7">{t('settings.backups.none')}</Text>}
      {list && list.backups.length > 0 && (
        <Table striped fz="sm" verticalSpacing={4} data-testid="backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.backups.date')}</Table.Th>
              <Table.Th>{t('settings.backups.kind')}</Table.Th>
              <Table.Th ta="end">{t('settings.backups.size')}</Table.Th>
              {canRestore && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.backups.map((backup) => (
              <Table.Tr key={backup.file}>
                <Table.Td>
                  <Ltr>{formatTimestamp(backup.createdAt)}</Ltr>
                </Table.Td>
                <Table.Td>{t(`settings.backups.kinds.${backup.kind}`)}</Table.Td>
                <Table.Td ta="end" className="numeric">
                  <Ltr>{formatSize(backup.size)}</Ltr>
                </Table.Td>
                {canRestore && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      leftSection={<IconRestore size={16} />}
                      aria-label={t('settings.backups.restoreOf', { date: formatTimestamp(backup.createdAt) })}
                      onClick={() => setRestoring(backup)}
                    >
                      {t('settings.backups.restore')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {fromFolder && <FolderRestoreDialog onClose={() => setFromFolder(false)} onRestored={restored} />}
      {restoring && <RestoreDialog from={restoring} onClose={closeRestore} onRestored={restored} />}
    </SettingsSection>
  );
}

/** Where the daily backup's second copy goes, and whether the last copy worked (the error as the system gave it). */
function SecondCopy({ status }: { status: SecondCopyStatus }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} data-testid="second-copy" role={status.error ? 'alert' : undefined}>
      <Text size="sm">
        {t('settings.backups.secondCopyWaiting')} <Ltr>{status.folder}</Ltr>
      </Text>
      {status.at && (
        <Text size="sm" c={status.error ? 'red.8' : undefined}>
          {t(status.error ? 'settings.backups.secondCopyFailed' : 'settings.backups.secondCopyDone')}{' '}
          <Ltr>{formatTimestamp(status.at)}</Ltr>
        </Text>
      )}
      {status.error && (
        <Text size="xs" c="red.8">
          <Ltr>{status.error}</Ltr>
        </Text>
      )}
    </Stack>
  );
}
