// The amounts in force: the parameter packs the office imported (the NII's January update), and for
// the owner the import — a signed pack loads at once; one whose signature does not check only after
// an explicit "load anyway", which the audit log records.
import { Button, FileButton, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDisplay } from '../../../shared/dates';
import { apiQuery, useApiMutation } from '../../api/apiQuery';
import { Ltr } from '../../components/Ltr';
import { formatTimestamp } from '../../format';
import { SettingsSection } from './SettingsSection';

export function PacksSection({ canImport }: { canImport: boolean }) {
  const { t } = useTranslation();
  const packs = useQuery(apiQuery('packs.list', {})).data ?? null;
  const importPack = useApiMutation('packs.import');
  /** A pack whose signature did not check, waiting for the owner's decision. */
  const [unsigned, setUnsigned] = useState<{ text: string; reason: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const importText = async (text: string, acceptUnsigned: boolean) => {
    setBusy(true);
    const reply = await importPack({ text, acceptUnsigned });
    setBusy(false);
    if (!reply.ok) {
      if (reply.error.field === 'signature' && !acceptUnsigned)
        return setUnsigned({ text, reason: reply.error.message });
      return notifications.show({ color: 'red', title: t('settings.packs.refused'), message: reply.error.message });
    }
    setUnsigned(null);
    notifications.show({ color: 'green', message: t('settings.packs.imported', { title: reply.value.title }) });
  };

  return (
    <SettingsSection title={t('settings.packs.title')}>
      <Text size="sm">{t('settings.packs.text')}</Text>
      {canImport && (
        <Group>
          <FileButton
            onChange={(file) => file && void file.text().then((text) => importText(text, false))}
            accept=".json,application/json"
          >
            {(props) => (
              <Button {...props} variant="default" loading={busy} leftSection={<IconFileImport size={18} />}>
                {t('settings.packs.import')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {packs && packs.length === 0 && <Text c="gray.7">{t('settings.packs.none')}</Text>}
      {packs && packs.length > 0 && (
        <Table striped fz="sm" verticalSpacing={4} data-testid="packs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.packs.name')}</Table.Th>
              <Table.Th>{t('settings.packs.issued')}</Table.Th>
              <Table.Th>{t('settings.packs.signature')}</Table.Th>
              <Table.Th>{t('settings.packs.importedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {packs.map((pack) => (
              <Table.Tr key={`${pack.id}-${pack.importedAt}`}>
                <Table.Td>{pack.title}</Table.Td>
                <Table.Td>
                  <Ltr>{isoToDisplay(pack.issued)}</Ltr>
                </Table.Td>
                <Table.Td>
                  {pack.signedBy ? (
                    t('settings.packs.signed')
                  ) : (
                    <Text span c="red.8" size="sm">
                      {t('settings.packs.unsigned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Ltr>{formatTimestamp(pack.importedAt)}</Ltr> {pack.importedBy && `· ${pack.importedBy}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {unsigned && (
        <Modal opened onClose={() => setUnsigned(null)} title={t('settings.packs.unsignedTitle')}>
          <Stack>
            <Text size="sm">{unsigned.reason}</Text>
            <Text size="sm">{t('settings.packs.unsignedText')}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setUnsigned(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={busy} onClick={() => void importText(unsigned.text, true)}>
                {t('settings.packs.loadAnyway')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </SettingsSection>
  );
}
