// The inbox: drop the NII's letters, see what each was read as (kind, client, fields with their
// confidence), and confirm one into the client's file from the keyboard (Enter).
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../shared/inbox/item';
import type { FieldName, FieldValues } from '../../../shared/inbox/types';
import { call } from '../../api/client';
import { FileDropzone } from '../../components/FileDropzone';
import { Ltr } from '../../components/Ltr';
import { fileToBase64 } from '../client-file/documents/fileBytes';
import { FileName } from '../client-file/documents/FileName';
import { fieldText } from './fieldText';

const confidenceColor = { certain: 'green', likely: 'yellow', doubtful: 'red' } as const;

/** Words stay in the line's Hebrew order; numbers, dates and percents are kept left to right. */
function FieldValue({ name, value }: { name: FieldName; value: FieldValues[FieldName] }) {
  const { t } = useTranslation();
  if (Array.isArray(value))
    return value.map((item, i) => (
      <div key={i}>
        {item.impairment} <Ltr>{`${item.percent}%`}</Ltr>
      </div>
    ));
  const text = fieldText(t, name, value);
  return name === 'committeePlace' || name === 'benefit' || name === 'outcome' || name === 'appealRoute' ? text : <Ltr>{text}</Ltr>;
}

function ItemDetail({ item, onFiled }: { item: InboxItem; onFiled: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const fields = Object.entries(item.reading?.fields ?? {}) as [FieldName, { value: FieldValues[FieldName]; confidence: keyof typeof confidenceColor }][];
  const confirm = async () => {
    if (!item.client) return;
    setBusy(true);
    const reply = await call('inbox.confirm', { id: item.id, version: item.version, clientId: item.client.id, claimId: item.claimId });
    setBusy(false);
    notifications.show(reply.ok ? { color: 'green', message: t('inbox.filed') } : { color: 'red', message: reply.error.message });
    if (reply.ok) onFiled();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={(event) => (event.preventDefault(), void confirm())} aria-label={item.originalName} data-testid="inbox-detail">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{t(`inbox.kinds.${item.kind ?? 'other'}`)}</Title>
          <Text size="sm">
            {t('inbox.idNumbers')}: <Ltr>{item.reading?.idNumbers.join(', ') || '—'}</Ltr>
          </Text>
        </Group>
        <Table data-testid="inbox-fields">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inbox.field')}</Table.Th>
              <Table.Th>{t('inbox.value')}</Table.Th>
              <Table.Th>{t('inbox.confidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map(([name, field]) => (
              <Table.Tr key={name}>
                <Table.Td>{t(`inbox.fields.${name}`)}</Table.Td>
                <Table.Td>
                  <FieldValue name={name} value={field.value} />
                </Table.Td>
                <Table.Td>
                  <Badge color={confidenceColor[field.confidence]} variant="light">
                    {t(`inbox.confidences.${field.confidence}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {item.error && (
          <Alert color="orange" data-testid="inbox-unreadable">
            {t(`inbox.unreadableReasons.${item.error}`)}
          </Alert>
        )}
        {item.status === 'new' && !item.client && <Alert color="yellow">{t('inbox.needsClient')}</Alert>}
        {item.status === 'new' && item.client && (
          <Group>
            <Button type="submit" loading={busy} autoFocus data-autofocus>
              {t('inbox.confirm')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('inbox.confirmHelp')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const reply = await call('inbox.list', {});
    if (reply.ok) setItems(reply.value);
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const upload = async (files: File[]) => {
    setFailure(null);
    setUploading(true);
    const problems: string[] = [];
    for (const one of files) {
      const reply = await call('inbox.add', { name: one.name, mimeType: one.type || 'application/octet-stream', contentBase64: await fileToBase64(one) });
      if (!reply.ok) problems.push(`${one.name}: ${reply.error.message}`);
    }
    setUploading(false);
    if (problems.length > 0) setFailure(problems.join('\n'));
    else notifications.show({ color: 'green', message: t('inbox.added', { count: files.length }) });
    await refresh();
  };

  const current = items.find((item) => item.id === selected) ?? null;
  return (
    <Stack gap="md" p="md">
      <Title order={2}>{t('inbox.title')}</Title>
      <FileDropzone title={t('inbox.drop')} help={t('inbox.dropHelp')} loading={uploading} onDrop={(files) => void upload(files)} onRefused={setFailure} testId="inbox-dropzone" />
      {failure && (
        <Alert color="red" role="alert" style={{ whiteSpace: 'pre-line' }}>
          {failure}
        </Alert>
      )}
      {items.length === 0 ? (
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
            {items.map((item) => (
              <Table.Tr key={item.id} onClick={() => setSelected(item.id)} aria-selected={item.id === selected} tabIndex={0} onKeyDown={(event) => event.key === 'Enter' && setSelected(item.id)} style={{ cursor: 'pointer' }}>
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
      {current && <ItemDetail key={current.id} item={current} onFiled={() => void refresh()} />}
    </Stack>
  );
}
