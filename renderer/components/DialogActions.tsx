// A dialog form's closing row: cancel, then the submit button at the end (left, in Hebrew), busy
// while its call runs.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DialogActions({
  submitLabel,
  submitting,
  onCancel,
}: {
  submitLabel: string;
  submitting: boolean;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
