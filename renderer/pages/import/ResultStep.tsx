// What the import wrote, the way to the imported clients in the list, and undo while the session lasts.
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconFileImport, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportWizard } from './useImportWizard';

export function ResultStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const result = wizard.imported!;
  const extras = [
    result.family > 0 ? t('import.result.family', { count: result.family }) : null,
    result.incomes > 0 ? t('import.result.incomes', { count: result.incomes }) : null,
  ].filter(Boolean);

  const undo = async () => {
    setUndoing(true);
    await wizard.undo();
    setUndoing(false);
    setConfirming(false);
  };

  return (
    <Stack gap="md" data-testid="import-result">
      <Title order={2} size="h3">
        {result.undone === null ? t('import.result.title') : t('import.result.undoneTitle')}
      </Title>
      <Text size="lg">
        {t('import.result.clients', { count: result.imported })}
        {extras.length > 0 && ` · ${extras.join(' · ')}`}
      </Text>
      {result.stopped && <Alert color="red">{t('import.progress.stopped', { message: result.stopped })}</Alert>}
      {result.undone !== null && (
        <Alert color="green" role="status">
          {t('import.result.undone', { count: result.undone })}
        </Alert>
      )}
      <Group gap="sm">
        {result.undone === null && (
          <Button component={Link} to={`/clients?batch=${result.batchId}`} leftSection={<IconUsers size={16} />}>
            {t('import.result.show')}
          </Button>
        )}
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={wizard.restart}>
          {t('import.result.again')}
        </Button>
      </Group>
      {result.undone === null && (
        <Stack gap={4} align="flex-start">
          <Button
            variant="outline"
            color="red"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => setConfirming(true)}
          >
            {t('import.result.undo')}
          </Button>
          <Text size="sm" c="gray.7">
            {t('import.result.undoHelp')}
          </Text>
        </Stack>
      )}
      {wizard.failure && (
        <Alert color="red" role="alert">
          {wizard.failure}
        </Alert>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('import.result.undoConfirmTitle')}>
        <Stack gap="md">
          <Text>{t('import.result.undoConfirm', { count: result.imported })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('import.result.keep')}
            </Button>
            <Button color="red" loading={undoing} onClick={() => void undo()}>
              {t('import.result.undoYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
