// The client's documents: drop files to upload them (with their type), the list, a preview of PDFs
// and images, download, and delete for the roles that may.
import { ActionIcon, Alert, Group, Select, Stack, Table, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentKinds } from '../../../../shared/domain/enums';
import type { DocumentInfo } from '../../../../shared/schemas/work';
import { call } from '../../../api/client';
import { FileDropzone } from '../../../components/FileDropzone';
import { Ltr } from '../../../components/Ltr';
import { formatTimestamp } from '../../../format';
import { useMay } from '../access';
import { ConfirmDelete } from '../ConfirmDelete';
import { ActionsHead, SectionHeader, TableCard } from '../Section';
import { useClientFile } from '../useClientFile';
import { DocumentPreview } from './DocumentPreview';
import { FileName } from './FileName';
import { base64ToBlob, download, fileToBase64, previewable, readableSize } from './fileBytes';

type Kind = DocumentInfo['kind'];

export function DocumentsTab() {
  const { t } = useTranslation();
  const { file, refresh } = useClientFile();
  const may = useMay();
  const [kind, setKind] = useState<Kind>('other');
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<DocumentInfo | null>(null);

  const upload = async (files: File[]) => {
    setFailure(null);
    setUploading(true);
    const problems: string[] = [];
    for (const one of files) {
      const reply = await call('documents.add', {
        clientId: file.client.id,
        kind,
        name: one.name,
        mimeType: one.type || 'application/octet-stream',
        contentBase64: await fileToBase64(one),
      });
      if (!reply.ok) problems.push(`${one.name}: ${reply.error.message}`);
    }
    setUploading(false);
    if (problems.length > 0) setFailure(problems.join('\n'));
    else notifications.show({ color: 'green', message: t('clientFile.documents.uploaded', { count: files.length }) });
    await refresh('documents');
  };

  const fetchAndDownload = async (doc: DocumentInfo) => {
    const reply = await call('documents.read', { id: doc.id });
    if (reply.ok) download(base64ToBlob(reply.value.contentBase64, reply.value.mimeType), doc.originalName);
    else notifications.show({ color: 'red', message: reply.error.message });
  };

  const remove = async (doc: DocumentInfo) => {
    const reply = await call('documents.delete', { id: doc.id, version: doc.version });
    notifications.show(
      reply.ok ? { color: 'green', message: t('clientFile.deleted') } : { color: 'red', message: reply.error.message },
    );
    await refresh('documents');
  };

  return (
    <Stack gap="md">
      <SectionHeader id="documents-title" title={t('clientFile.documents.title')} count={file.documents.length} />
      <Group align="stretch" gap="md" wrap="nowrap">
        <Select
          w={220}
          label={t('clientFile.documents.kind')}
          description={t('clientFile.documents.kindHelp')}
          data={documentKinds.map((value) => ({ value, label: t(`clientFile.enums.documentKind.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as Kind)}
          allowDeselect={false}
        />
        <FileDropzone
          flex={1}
          title={t('clientFile.documents.drop')}
          help={t('clientFile.documents.dropHelp')}
          loading={uploading}
          onDrop={(files) => void upload(files)}
          onRefused={setFailure}
          testId="dropzone"
        />
      </Group>
      {failure && (
        <Alert color="red" role="alert" style={{ whiteSpace: 'pre-line' }}>
          {failure}
        </Alert>
      )}
      <TableCard rows={file.documents.length} empty={t('clientFile.documents.empty')} testId="table-documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clientFile.documents.name')}</Table.Th>
            <Table.Th>{t('clientFile.documents.kind')}</Table.Th>
            <Table.Th className="num">{t('clientFile.documents.size')}</Table.Th>
            <Table.Th>{t('clientFile.documents.added')}</Table.Th>
            <ActionsHead />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {file.documents.map((doc) => (
            <Table.Tr key={doc.id} onClick={() => previewable(doc.mimeType) && setPreviewing(doc)}>
              <Table.Td>
                <FileName name={doc.originalName} />
              </Table.Td>
              <Table.Td>{t(`clientFile.enums.documentKind.${doc.kind}`)}</Table.Td>
              <Table.Td className="num">
                <Ltr>{readableSize(doc.sizeBytes)}</Ltr>
              </Table.Td>
              <Table.Td>
                <Ltr>{formatTimestamp(doc.createdAt)}</Ltr>
              </Table.Td>
              <Table.Td onClick={(event) => event.stopPropagation()}>
                <Group gap={2} justify="flex-end" wrap="nowrap">
                  {previewable(doc.mimeType) && (
                    <Tooltip label={t('clientFile.documents.preview')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${t('clientFile.documents.preview')} ${doc.originalName}`}
                        onClick={() => setPreviewing(doc)}
                      >
                        <IconEye size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  <Tooltip label={t('clientFile.documents.download')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`${t('clientFile.documents.download')} ${doc.originalName}`}
                      onClick={() => void fetchAndDownload(doc)}
                    >
                      <IconDownload size={16} />
                    </ActionIcon>
                  </Tooltip>
                  {may('documents.delete') && (
                    <ConfirmDelete
                      label={`${t('clientFile.delete')} ${doc.originalName}`}
                      onConfirm={() => remove(doc)}
                    />
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
      {previewing && <DocumentPreview document={previewing} onClose={() => setPreviewing(null)} />}
    </Stack>
  );
}
