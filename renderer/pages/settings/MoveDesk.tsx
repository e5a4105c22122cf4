// On the desk: the move package is written to the exports folder; the screen names the file, what it
// carries, and the next steps (upload on the server, then switch this desk to office mode).
import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { IconPackageExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_MOVE_PASSPHRASE, type MovePackage } from '../../../shared/schemas/move';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import { formatSize } from '../../format';
import { PassphraseInput } from './MovePassphrase';

const count = new Intl.NumberFormat('he-IL');

export function MoveDesk() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<MovePackage | null>(null);

  const make = async () => {
    setBusy(true);
    setError(null);
    const reply = await call('backup.movePackage', { passphrase });
    setBusy(false);
    if (!reply.ok) return setError(reply.error.message);
    setMade(reply.value);
  };

  return (
    <Stack gap="xs" data-testid="move-desk">
      <Title order={4} size="h5">
        {t('settings.move.deskTitle')}
      </Title>
      <PassphraseInput value={passphrase} onChange={setPassphrase} />
      <Button
        w="fit-content"
        leftSection={<IconPackageExport size={18} />}
        onClick={() => void make()}
        loading={busy}
        disabled={passphrase.length < MIN_MOVE_PASSPHRASE}
      >
        {t('settings.move.make')}
      </Button>
      {busy && <Text size="sm">{t('settings.move.making')}</Text>}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {made && (
        <Alert color="green" title={t('settings.move.made')}>
          <Table fz="sm" verticalSpacing={2} withRowBorders={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={200}>{t('settings.move.madeFile')}</Table.Th>
                <Table.Td>
                  <Ltr>{made.file}</Ltr>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.move.madeSize')}</Table.Th>
                <Table.Td className="numeric">
                  <Ltr>{formatSize(made.size)}</Ltr>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.move.madeRows', { tables: made.tables })}</Table.Th>
                <Table.Td className="numeric">{count.format(made.rows)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.move.madeDocuments')}</Table.Th>
                <Table.Td className="numeric">{count.format(made.documents)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.move.madeHead')}</Table.Th>
                <Table.Td>
                  <Ltr>
                    #{made.auditHead.id} · {made.auditHead.hash.slice(0, 16)}
                  </Ltr>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {made.damagedDocuments > 0 && (
            <Text size="sm" c="orange.9">
              {t('settings.move.damaged', { count: made.damagedDocuments })}
            </Text>
          )}
          <Text size="sm" mt="xs">
            {t('settings.move.nextSteps')}
          </Text>
          <Button
            variant="light"
            size="xs"
            mt="xs"
            onClick={() => document.getElementById('desk-mode')?.scrollIntoView({ behavior: 'smooth' })}
          >
            {t('settings.move.toSwitch')}
          </Button>
        </Alert>
      )}
    </Stack>
  );
}
