// A document opened in place: PDFs in the browser's own viewer, images as they are, both from a
// blob URL that is let go when the preview closes. Reading the content is logged by the server.
import { Alert, Button, Center, Group, Loader, Modal } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '../../../../shared/schemas/work';
import { call } from '../../../api/client';
import { base64ToBlob, download } from './fileBytes';
import { FileName } from './FileName';

export function DocumentPreview({ document: doc, onClose }: { document: DocumentInfo; onClose(): void }) {
  const { t } = useTranslation();
  const [blob, setBlob] = useState<{ data: Blob; url: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let url: string | null = null;
    void call('documents.read', { id: doc.id }).then((reply) => {
      if (!reply.ok) {
        setFailure(reply.error.message);
        return;
      }
      const data = base64ToBlob(reply.value.contentBase64, reply.value.mimeType);
      url = URL.createObjectURL(data);
      setBlob({ data, url });
    });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [doc.id]);

  return (
    <Modal opened onClose={onClose} size="xl" title={<FileName name={doc.originalName} />} closeButtonProps={{ 'aria-label': t('clientFile.close') }}>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {!blob && !failure && (
        <Center py="xl">
          <Loader aria-label={t('clientFile.loading')} />
        </Center>
      )}
      {blob && (
        <>
          {doc.mimeType === 'application/pdf' ? (
            <iframe src={blob.url} title={doc.originalName} data-testid="pdf-preview" style={{ width: '100%', height: '70vh', border: 0 }} />
          ) : (
            <img src={blob.url} alt={doc.originalName} data-testid="image-preview" style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} />
          )}
          <Group mt="sm">
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => download(blob.data, doc.originalName)}>
              {t('clientFile.documents.download')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
