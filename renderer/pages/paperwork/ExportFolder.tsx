// Where an exported package lies: the folder's path with a copy button, and on the desktop a button
// that shows the package in the file manager (browser mode cannot open a folder on the office's disk).
import { ActionIcon, Button, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';

export function ExportFolder({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation();
  const folder = path.endsWith(fileName) ? path.slice(0, -fileName.length - 1) : path;
  const open = async () => {
    const reply = await call('paperwork.showExport', { fileName, targetFolder: folder });
    if (!reply.ok) notifications.show({ color: 'red', message: reply.error.message });
  };
  return (
    <Group gap="xs" mt="sm" wrap="nowrap" data-testid="export-folder">
      <Text size="sm">{t('paperwork.claim.savedIn')}</Text>
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        <Ltr>{folder}</Ltr>
      </Text>
      <CopyButton value={folder}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('paperwork.claim.copied') : t('paperwork.claim.copyPath')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('paperwork.claim.copyPath')}
            >
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
      {window.mitzui && (
        <Button size="xs" variant="light" leftSection={<IconFolderOpen size={14} />} onClick={() => void open()}>
          {t('paperwork.claim.openFolder')}
        </Button>
      )}
    </Group>
  );
}
