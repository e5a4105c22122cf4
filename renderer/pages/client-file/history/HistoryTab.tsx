// Owner only: the audit trail of this client — who did what to the file and when, newest first,
// paged back 100 rows at a time.
import { Alert, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '../../../../shared/api/procedures/audit';
import { call } from '../../../api/client';
import { Ltr } from '../../../components/Ltr';
import { formatTimestamp } from '../../../format';
import { useClientFile } from '../useClientFile';

const PAGE = 100;

type Details = { fields?: string[]; from?: string; to?: string; outcome?: string } | null;

export function HistoryTab() {
  const { t } = useTranslation();
  const { file } = useClientFile();
  const [rows, setRows] = useState<AuditRecord[]>([]);
  const [more, setMore] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(
    async (beforeId?: number) => {
      const reply = await call('audit.client', { clientId: file.client.id, limit: PAGE, beforeId });
      setLoaded(true);
      if (!reply.ok) {
        setFailure(reply.error.message);
        return;
      }
      setRows((previous) => (beforeId ? [...previous, ...reply.value] : reply.value));
      setMore(reply.value.length === PAGE);
    },
    [file.client.id],
  );

  // Every write refreshes part of the file; the trail follows.
  useEffect(() => {
    void load();
  }, [load, file]);

  const detail = (row: AuditRecord): string => {
    const details = row.details as Details;
    if (details?.fields) return details.fields.map((f) => t(`clientForm.${f}`, { defaultValue: f })).join(', ');
    if (details?.from && details.to)
      return `${t(`clientFile.enums.claimStatus.${details.from}`)} ← ${t(`clientFile.enums.claimStatus.${details.to}`)}`;
    if (details?.outcome) return t(`clientFile.enums.outcome.${details.outcome}`);
    return '';
  };

  return (
    <section aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb={4}>
        {t('clientFile.history.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('clientFile.history.intro')}
      </Text>
      {failure && (
        <Alert color="red" role="alert" mb="sm">
          {failure}
        </Alert>
      )}
      <Paper withBorder>
        {loaded && rows.length === 0 && !failure ? (
          <Text ta="center" c="dimmed" py="lg" size="sm">
            {t('clientFile.history.empty')}
          </Text>
        ) : (
          <Table className="data-table" striped verticalSpacing={5} fz="sm" data-testid="table-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clientFile.history.at')}</Table.Th>
                <Table.Th>{t('clientFile.history.who')}</Table.Th>
                <Table.Th>{t('clientFile.history.action')}</Table.Th>
                <Table.Th>{t('clientFile.history.entity')}</Table.Th>
                <Table.Th>{t('clientFile.history.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Ltr>{formatTimestamp(row.at)}</Ltr>
                  </Table.Td>
                  <Table.Td>{row.staffName ?? t('clientFile.history.system')}</Table.Td>
                  <Table.Td>{t(`clientFile.history.actions.${row.action}`, { defaultValue: row.action })}</Table.Td>
                  <Table.Td>{t(`clientFile.history.entities.${row.entity}`, { defaultValue: row.entity })}</Table.Td>
                  <Table.Td>{detail(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {more && (
        <Group justify="center" mt="sm">
          <Button variant="default" size="xs" onClick={() => void load(rows[rows.length - 1]?.id)}>
            {t('clientFile.history.more')}
          </Button>
        </Group>
      )}
    </section>
  );
}
