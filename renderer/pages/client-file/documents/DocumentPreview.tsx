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
import { titledPdf } from '../../../../shared/paperwork/pdf-title';

export function DocumentPreview({ document: doc, onClose }: { document: DocumentInfo; onClose(): void }) {
  const { t } = useTranslation();
  const [blob, setBlob] = useState<{ data: Blob; url: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let url: string | null = null;
    let closed = false;
    void call('documents.read', { id: doc.id }).then(async (reply) => {
      if (!reply.ok) {
        setFailure(reply.error.message);
        return;
      }
      const data = base64ToBlob(reply.value.contentBase64, reply.value.mimeType);
      // The viewer shows the document's name, not the blob's id.
      const shown =
        reply.value.mimeType === 'application/pdf'
          ? new Blob(
              [
                (await titledPdf(
                  new Uint8Array(await data.arrayBuffer()),
                  doc.originalName,
                )) as Uint8Array<ArrayBuffer>,
              ],
              { type: 'application/pdf' },
            )
          : data;
      if (closed) return;
      url = URL.createObjectURL(shown);
      setBlob({ data, url });
    });
    return () => {
      closed = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [doc.id, doc.originalName]);

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={<FileName name={doc.originalName} />}
      closeButtonProps={{ 'aria-label': t('clientFile.close') }}
    >
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
            <iframe
              src={blob.url}
              title={doc.originalName}
              data-testid="pdf-preview"
              style={{ width: '100%', height: '70vh', border: 0 }}
            />
          ) : (
            <img
              src={blob.url}
              alt={doc.originalName}
              data-testid="image-preview"
              style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }}
            />
          )}
          <Group mt="sm">
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() => download(blob.data, doc.originalName)}
            >
              {t('clientFile.documents.download')}
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
