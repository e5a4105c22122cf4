// A drop zone for documents up to the documents' size limit: a title and a hint, and every refused
// file named with its reason, so that nothing dropped is lost without a word.
import '@mantine/dropzone/styles.css';
import { Group, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENT_BYTES } from '../../shared/schemas/work';

interface Props {
  title: string;
  help: string;
  loading: boolean;
  onDrop: (files: File[]) => void;
  /** One line per refused file: its name and why. */
  onRefused: (message: string) => void;
  testId: string;
  flex?: number;
}

export function FileDropzone({ title, help, loading, onDrop, onRefused, testId, flex }: Props) {
  const { t } = useTranslation();
  const refused = (rejections: FileRejection[]) =>
    onRefused(
      rejections
        .map(
          (r) =>
            `${r.file.name}: ${r.file.size > MAX_DOCUMENT_BYTES ? t('common.fileTooLarge') : t('common.fileRefused')}`,
        )
        .join('\n'),
    );
  return (
    <Dropzone
      flex={flex}
      onDrop={onDrop}
      onReject={refused}
      maxSize={MAX_DOCUMENT_BYTES}
      loading={loading}
      aria-label={title}
      data-testid={testId}
    >
      <Group justify="center" gap="sm" mih={70} style={{ pointerEvents: 'none' }}>
        <IconUpload size={28} stroke={1.5} />
        <div>
          <Text size="sm" fw={500}>
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {help}
          </Text>
        </div>
      </Group>
    </Dropzone>
  );
}
