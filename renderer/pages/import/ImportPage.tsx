// The import wizard: pick or drop the file (with the template beside it), fix or skip the rows the
// dry run finds wrong, import with progress, then see what came in — and undo it if it was a mistake.
import '@mantine/dropzone/styles.css';
import { Alert, Button, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, sheetKinds } from '../../../shared/schemas/transfer';
import { useIdentity } from '../../auth/AuthContext';
import { Ltr } from '../../components/Ltr';
import { ProblemsStep } from './ProblemsStep';
import { ResultStep } from './ResultStep';
import { TemplateHelp } from './TemplateHelp';
import { useImportWizard, type ImportWizard, type Stage } from './useImportWizard';

const STAGES: Stage[] = ['file', 'check', 'import', 'result'];
const ACCEPT = {
  'text/csv': ['.csv', '.txt'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

function FilePicker({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState(false);
  return (
    <Dropzone
      onDrop={(files) => {
        setRefused(false);
        void wizard.choose(files);
      }}
      onReject={() => setRefused(true)}
      accept={ACCEPT}
      maxSize={MAX_IMPORT_BYTES}
      maxFiles={sheetKinds.length}
      loading={wizard.busy}
      aria-label={t('import.file.drop')}
      data-testid="import-dropzone"
    >
      <Group justify="center" gap="md" mih={120} style={{ pointerEvents: 'none' }}>
        <IconFileSpreadsheet size={40} stroke={1.5} />
        <div>
          <Text fw={500}>{t('import.file.drop')}</Text>
          <Text size="sm" c="gray.7">
            {t('import.file.dropHelp')}
          </Text>
          {refused && (
            <Text size="sm" c="red.8" role="alert">
              {t('import.file.refused')}
            </Text>
          )}
        </div>
      </Group>
    </Dropzone>
  );
}

function Importing({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" maw={560}>
      <Text fw={500}>{t('import.progress.label')}</Text>
      <Progress
        value={total === 0 ? 100 : (done / total) * 100}
        size="lg"
        animated
        aria-label={t('import.progress.label')}
      />
      <Text role="status" data-testid="import-progress">
        {t('import.progress.done', { count: done })} {t('import.progress.of', { total })}
      </Text>
    </Stack>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const { staff } = useIdentity();
  const wizard = useImportWizard();
  if (staff.role === 'staff') return <Alert color="gray">{t('import.staffOnly')}</Alert>;

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1} size="h2">
        {t('import.title')}
      </Title>
      <Text>{t('import.intro')}</Text>
      <Stepper active={STAGES.indexOf(wizard.stage)} size="sm" allowNextStepsSelect={false}>
        {STAGES.map((stage) => (
          <Stepper.Step key={stage} label={t(`import.steps.${stage}`)} />
        ))}
      </Stepper>
      {wizard.stage === 'file' && (
        <>
          <FilePicker wizard={wizard} />
          {wizard.failure && (
            <Alert color="red" role="alert">
              {wizard.failure}
            </Alert>
          )}
          <TemplateHelp />
        </>
      )}
      {wizard.stage === 'check' && (
        <>
          <Group gap="sm">
            <Text>{t('import.file.chosen')}</Text>
            {wizard.uploads.map((upload) => (
              <Ltr key={upload.name}>{upload.name}</Ltr>
            ))}
            <Button variant="subtle" size="xs" onClick={wizard.restart}>
              {t('import.file.another')}
            </Button>
          </Group>
          {wizard.failure && (
            <Alert color="red" role="alert">
              {wizard.failure}
            </Alert>
          )}
          <ProblemsStep wizard={wizard} />
        </>
      )}
      {wizard.progress && <Importing {...wizard.progress} />}
      {wizard.stage === 'result' && <ResultStep wizard={wizard} />}
    </Stack>
  );
}
