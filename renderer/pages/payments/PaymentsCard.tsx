// The dashboard's payments check: the claims whose payments the last check flagged, by what it found;
// for owners and lawyers, a payments list imported from the NII's CSV and the check run again.
import { Alert, Button, FileButton, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconRefresh, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentFlagCounts } from '../../../shared/api/procedures/dashboard';
import type { PaymentImportResult } from '../../../shared/schemas/payments';
import { call } from '../../api/client';
import { fileToBase64 } from '../client-file/documents/fileBytes';
import { useMay } from '../client-file/access';
import { DashboardCard } from '../dashboard/DashboardCard';

function Count({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <div>
      <Text size="xl" fw={700} c={value ? color : 'gray.7'}>
        {value}
      </Text>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
    </div>
  );
}

function Problems({ result }: { result: PaymentImportResult }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('payments.card.problems')}>
      <Table fz="xs" verticalSpacing={2} data-testid="payment-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('payments.card.row')}</Table.Th>
            <Table.Th>{t('payments.card.column')}</Table.Th>
            <Table.Th>{t('payments.card.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.problems.map((p, i) => (
            <Table.Tr key={i}>
              <Table.Td>{p.row}</Table.Td>
              <Table.Td>
                <bdi>{p.column}</bdi>
              </Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

export function PaymentsCard({ counts, onChanged }: { counts: PaymentFlagCounts; onChanged: () => void }) {
  const { t } = useTranslation();
  const may = useMay();
  const [result, setResult] = useState<PaymentImportResult | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importList = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setNote(null);
    const reply = await call('payments.import', { name: file.name, contentBase64: await fileToBase64(file) });
    setBusy(false);
    if (!reply.ok) return setError(reply.error.message);
    setResult(reply.value);
    if (reply.value.problems.length === 0) {
      setNote(t('payments.card.imported', { recorded: reply.value.recorded, duplicates: reply.value.duplicates }));
      onChanged();
    }
  };
  const recheck = async () => {
    setBusy(true);
    const reply = await call('payments.recheck', {});
    setBusy(false);
    if (!reply.ok) return setError(reply.error.message);
    setNote(t('payments.card.rechecked', { ...reply.value }));
    onChanged();
  };

  return (
    <DashboardCard title={t('payments.card.title')}>
      <Stack gap="sm" data-testid="payments-card">
        <SimpleGrid cols={4}>
          <Count label={t('payments.card.missing')} value={counts.missing} color="orange" />
          <Count label={t('payments.card.wrongRate')} value={counts.wrongRate} color="red" />
          <Count label={t('payments.card.stopped')} value={counts.stopped} color="red" />
          <Count label={t('payments.card.claims')} value={counts.claims} color="dark" />
        </SimpleGrid>
        {may('payments.import') && (
          <Group gap="sm">
            <FileButton onChange={(file) => void importList(file)} accept=".csv,text/csv,.txt">
              {(props) => (
                <Button {...props} size="xs" variant="light" leftSection={<IconUpload size={16} />} loading={busy}>
                  {t('payments.card.import')}
                </Button>
              )}
            </FileButton>
            <Button size="xs" variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void recheck()}>
              {t('payments.card.recheck')}
            </Button>
          </Group>
        )}
        {note && (
          <Text size="sm" role="status">
            {note}
          </Text>
        )}
        {error && <Alert color="red">{error}</Alert>}
        {result && result.problems.length > 0 && <Problems result={result} />}
      </Stack>
    </DashboardCard>
  );
}
