// Export of the list's current view (search, filters, order) to CSV or Excel, into a folder the user
// names; the last folder is remembered. Owners and lawyers only, as the API allows.
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileFormat } from '../../../shared/schemas/transfer';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import type { ClientView } from './clientView';

const FOLDER_KEY = 'mitzui.clients.exportFolder';

export function ExportDialog({ view, count }: { view: ClientView; count: number }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [folder, setFolder] = useState(() => localStorage.getItem(FOLDER_KEY) ?? '');
  const [format, setFormat] = useState<FileFormat>('xlsx');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async () => {
    setWorking(true);
    setError(null);
    const reply = await call('clients.export', { ...view, targetFolder: folder, format });
    setWorking(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    localStorage.setItem(FOLDER_KEY, folder);
    setOpened(false);
    notifications.show({
      color: 'green',
      autoClose: 10_000,
      message: (
        <>
          {t('clients.export.done', { count: reply.value.count })}
          <Ltr>{reply.value.file}</Ltr>
        </>
      ),
    });
  };

  const folderError = error && (error.field === 'targetFolder' || !error.field) ? error.message : undefined;

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} />}
        onClick={() => setOpened(true)}
        disabled={count === 0}
      >
        {t('clients.export.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('clients.export.title')} size="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('clients.export.scope', { count })}</Text>
            <TextInput
              label={t('clients.export.folder')}
              description={t('clients.export.folderHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              withAsterisk
              dir="ltr"
              className="ltr-input"
              value={folder}
              onChange={(event) => setFolder(event.currentTarget.value)}
              error={folderError}
              data-autofocus
            />
            <div>
              <Text size="sm" fw={500} mb={4} id="export-format-label">
                {t('clients.export.format')}
              </Text>
              <SegmentedControl
                aria-labelledby="export-format-label"
                value={format}
                onChange={(value) => setFormat(value as FileFormat)}
                data={[
                  { value: 'xlsx', label: t('clients.export.xlsx') },
                  { value: 'csv', label: t('clients.export.csv') },
                ]}
              />
            </div>
            {error && error.field && error.field !== 'targetFolder' && <Alert color="red">{error.message}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('clients.export.cancel')}
              </Button>
              <Button type="submit" loading={working}>
                {t('clients.export.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
