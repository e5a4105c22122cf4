// The client's signed papers, newest first: what, when, by whom, how and on which device, and
// whether the frozen file is still the one that was signed.
import { Badge, Button, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedPaperInfo } from '../../../shared/api/procedures/paperwork';
import { templateById } from '../../../shared/paperwork/templates';
import { call } from '../../api/client';
import { Ltr } from '../../components/Ltr';
import { formatTimestamp } from '../../format';
import { PdfFrame } from './PdfFrame';

export function SignedPapers({ papers }: { papers: SignedPaperInfo[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ title: string; base64: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (papers.length === 0) return <Text c="gray.7">{t('paperwork.signed.empty')}</Text>;

  const show = async (paper: SignedPaperInfo) => {
    const reply = await call('documents.read', { id: paper.documentId });
    if (reply.ok)
      setOpen({ title: templateById(paper.template)?.title ?? paper.template, base64: reply.value.contentBase64 });
    else setFailure(reply.error.message);
  };

  return (
    <>
      {failure && (
        <Text c="red.8" role="alert">
          {failure}
        </Text>
      )}
      <Table striped highlightOnHover stickyHeader data-testid="signed-papers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('paperwork.signed.document')}</Table.Th>
            <Table.Th>{t('paperwork.signed.signedAt')}</Table.Th>
            <Table.Th>{t('paperwork.signed.signer')}</Table.Th>
            <Table.Th>{t('paperwork.signed.method')}</Table.Th>
            <Table.Th>{t('paperwork.signed.by')}</Table.Th>
            <Table.Th>{t('paperwork.signed.state')}</Table.Th>
            <Table.Th aria-label={t('paperwork.signed.open')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {papers.map((paper) => (
            <Table.Tr key={paper.id}>
              <Table.Td>
                {templateById(paper.template)?.title ?? paper.template}
                {paper.language !== 'he' && (
                  <Text span c="gray.7" size="xs">{` · ${t(`paperwork.languages.${paper.language}`)}`}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Ltr>{formatTimestamp(paper.signedAt)}</Ltr>
              </Table.Td>
              <Table.Td>{paper.signerName}</Table.Td>
              <Table.Td title={paper.device}>{t(`paperwork.signed.methods.${paper.method}`)}</Table.Td>
              <Table.Td>{paper.signedByName}</Table.Td>
              <Table.Td>
                <Badge color={paper.intact ? 'teal.9' : 'red.9'} variant="outline">
                  {paper.intact ? t('paperwork.signed.intact') : t('paperwork.signed.changed')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" onClick={() => void show(paper)}>
                  {t('paperwork.signed.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="gray.7" mt={4}>
        {t('paperwork.signed.count', { count: papers.length })}
      </Text>
      {open && (
        <Modal
          opened
          onClose={() => setOpen(null)}
          size="xl"
          title={open.title}
          closeButtonProps={{ 'aria-label': t('paperwork.close') }}
        >
          <PdfFrame base64={open.base64} title={open.title} />
        </Modal>
      )}
    </>
  );
}
