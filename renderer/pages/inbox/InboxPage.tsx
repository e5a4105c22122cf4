// The inbox: drop the NII's letters, see what each was read as (kind, client, fields with their
// confidence), correct and confirm one into the client's file from the keyboard, or confirm in bulk
// those where every field is certain. Figures at the top; the list filtered by who added the file.
import { Alert, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInIsrael } from '../../../shared/dates';
import type { InboxItem } from '../../../shared/inbox/item';
import { apiQuery, invalidateKeys } from '../../api/apiQuery';
import { call } from '../../api/client';
import { queryKey } from '../../api/queryKeys';
import { FileDropzone } from '../../components/FileDropzone';
import { Ltr } from '../../components/Ltr';
import { fileToBase64 } from '../client-file/documents/fileBytes';
import { FileName } from '../client-file/documents/FileName';
import { allCertain, inboxCounts } from '../../../shared/inbox/counts';
import { ItemDetail } from './ItemDetail';

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Stack gap={0} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" className="num">
        {value}
      </Text>
    </Stack>
  );
}

const NONE: InboxItem[] = [];

export function InboxPage() {
  const { t } = useTranslation();
  const items = useQuery(apiQuery('inbox.list', {})).data ?? NONE;
  const [selected, setSelected] = useState<number | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(() => invalidateKeys([queryKey('inbox.list', {})]), []);

  const upload = async (files: File[]) => {
    setFailure(null);
    setUploading(true);
    const problems: string[] = [];
    for (const one of files) {
      const reply = await call('inbox.add', {
        name: one.name,
        mimeType: one.type || 'application/octet-stream',
        contentBase64: await fileToBase64(one),
      });
      if (!reply.ok) problems.push(`${one.name}: ${reply.error.message}`);
    }
    setUploading(false);
    if (problems.length > 0) setFailure(problems.join('\n'));
    else notifications.show({ color: 'green', message: t('inbox.added', { count: files.length }) });
    await refresh();
  };

  const [staffId, setStaffId] = useState<string | null>(null);
  const [bulkBusy, setBulkBusy] = useState(false);
  const shown = staffId === null ? items : items.filter((item) => String(item.addedBy?.id) === staffId);
  const staffOptions = [
    ...new Map(
      items.flatMap((item) => (item.addedBy ? [[String(item.addedBy.id), item.addedBy.name] as const] : [])),
    ).entries(),
  ].map(([value, label]) => ({ value, label }));
  const counts = inboxCounts(shown, todayInIsrael());
  const certain = shown.filter(allCertain);

  const confirmCertain = async () => {
    setBulkBusy(true);
    const problems: string[] = [];
    for (const item of certain) {
      const reply = await call('inbox.confirm', {
        id: item.id,
        version: item.version,
        clientId: item.client!.id,
        claimId: item.claimId,
      });
      if (!reply.ok) problems.push(`${item.originalName}: ${reply.error.message}`);
    }
    setBulkBusy(false);
    if (problems.length > 0) setFailure(problems.join('\n'));
    else notifications.show({ color: 'green', message: t('inbox.bulkFiled', { count: certain.length }) });
    await refresh();
  };

  const current = items.find((item) => item.id === selected) ?? null;
  return (
    <Stack gap="md" p="md">
      <Title order={2}>{t('inbox.title')}</Title>
      <Group gap="xl" align="end">
        <Figure label={t('inbox.counts.toFile')} value={counts.toFile} testId="inbox-to-file" />
        <Figure label={t('inbox.counts.toConfirm')} value={counts.toConfirm} testId="inbox-to-confirm" />
        <Figure label={t('inbox.counts.filedToday')} value={counts.filedToday} testId="inbox-filed-today" />
        <Select
          label={t('inbox.addedBy')}
          placeholder={t('inbox.everyone')}
          data={staffOptions}
          value={staffId}
          onChange={setStaffId}
          clearable
          w={220}
        />
        <Button
          variant="light"
          disabled={certain.length === 0}
          loading={bulkBusy}
          onClick={() => void confirmCertain()}
          data-testid="inbox-bulk"
        >
          {t('inbox.bulkConfirm', { count: certain.length })}
        </Button>
      </Group>
      <FileDropzone
        title={t('inbox.drop')}
        help={t('inbox.dropHelp')}
        loading={uploading}
        onDrop={(files) => void upload(files)}
        onRefused={setFailure}
        testId="inbox-dropzone"
      />
      {failure && (
        <Alert color="red" role="alert" style={{ whiteSpace: 'pre-line' }}>
          {failure}
        </Alert>
      )}
      {shown.length === 0 ? (
        <Text c="dimmed">{t('inbox.empty')}</Text>
      ) : (
        <Table highlightOnHover data-testid="inbox-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inbox.file')}</Table.Th>
              <Table.Th>{t('inbox.kind')}</Table.Th>
              <Table.Th>{t('inbox.client')}</Table.Th>
              <Table.Th className="num">{t('inbox.fieldsFound')}</Table.Th>
              <Table.Th>{t('inbox.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((item) => (
              <Table.Tr
                key={item.id}
                onClick={() => setSelected(item.id)}
                aria-selected={item.id === selected}
                tabIndex={0}
                onKeyDown={(event) => event.key === 'Enter' && setSelected(item.id)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <FileName name={item.originalName} />
                </Table.Td>
                <Table.Td>{item.kind ? t(`inbox.kinds.${item.kind}`) : '—'}</Table.Td>
                <Table.Td>
                  {item.client ? (
                    <>
                      {item.client.name} <Ltr>{item.client.idNumber}</Ltr>
                    </>
                  ) : (
                    t('inbox.noClient')
                  )}
                </Table.Td>
                <Table.Td className="num">{Object.keys(item.reading?.fields ?? {}).length}</Table.Td>
                <Table.Td>{t(`inbox.statuses.${item.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {current && <ItemDetail key={`${current.id}:${current.version}`} item={current} onFiled={() => void refresh()} />}
    </Stack>
  );
}
