// The foot of an admin dialog's form: cancel, and save (busy while the call runs).
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DialogActions({ onCancel, saving }: { onCancel: () => void; saving: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('admin.form.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {t('admin.form.save')}
      </Button>
    </Group>
  );
}
