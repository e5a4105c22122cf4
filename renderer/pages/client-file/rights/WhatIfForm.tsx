// What-if: facts the user may change for this check only. Every change recalculates at once;
// nothing is sent to the file. A field that differs from the file says so under it.
import { Button, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { maritalStatuses } from '../../../../shared/domain/enums';
import type { NursingDependency } from '../../../../shared/rules/scan/facts';
import type { WhatIfValues } from './whatIf';
import type { WhatIfErrors, WhatIfTexts } from './whatIfText';

interface Props {
  texts: WhatIfTexts;
  errors: WhatIfErrors;
  changed: Set<keyof WhatIfValues>;
  onChange(texts: WhatIfTexts): void;
  onReset(): void;
}

type Key = keyof WhatIfValues;
type Field =
  | { key: Key; kind: 'number'; help?: string }
  | { key: Key; kind: 'choice'; options: readonly string[]; labels: string };

const NURSING: readonly NursingDependency[] = [
  'none',
  'large',
  'supervision',
  'very-large',
  'full',
  'constant-supervision',
];
const YES_NO = ['true', 'false'] as const;

/** Facts the file holds. */
const STORED: Field[] = [
  { key: 'incapacityPercent', kind: 'number' },
  { key: 'weightedPercent', kind: 'number' },
  { key: 'maxImpairmentPercent', kind: 'number', help: 'rights.whatIf.maxImpairmentHelp' },
  { key: 'specialServicesPercent', kind: 'number' },
  { key: 'monthlyIncome', kind: 'number', help: 'rights.whatIf.monthlyIncomeHelp' },
  { key: 'spouseIncome', kind: 'number' },
  { key: 'children', kind: 'number' },
  { key: 'maritalStatus', kind: 'choice', options: maritalStatuses, labels: 'enums.maritalStatus' },
];

/** Facts the file does not hold; the scan assumes or asks for them. */
const EXTRA: Field[] = [
  { key: 'inInstitution', kind: 'choice', options: YES_NO, labels: 'rights.whatIf.yesNo' },
  { key: 'nursingDependency', kind: 'choice', options: NURSING, labels: 'rights.whatIf.nursing' },
  { key: 'insuredYears', kind: 'number' },
  { key: 'medicalCheckWithin72h', kind: 'choice', options: YES_NO, labels: 'rights.whatIf.yesNo' },
  { key: 'deceasedInsuredMonths', kind: 'number' },
];

/** The id of a what-if field, for a missing fact that asks for it. */
export const whatIfFieldId = (key: Key) => `what-if-${key}`;

function FieldInput({ field, texts, errors, changed, onChange }: { field: Field } & Omit<Props, 'onReset'>) {
  const { t } = useTranslation();
  const help = [
    field.kind === 'number' && field.help ? t(field.help) : undefined,
    changed.has(field.key) ? t('rights.whatIf.changed') : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const common = {
    id: whatIfFieldId(field.key),
    label: t(`rights.whatIf.${field.key}`),
    description: help || undefined,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
    placeholder: t('rights.whatIf.unknown'),
  };
  const set = (value: string) => onChange({ ...texts, [field.key]: value });
  if (field.kind === 'choice') {
    return (
      <Select
        {...common}
        data={field.options.map((value) => ({ value, label: t(`${field.labels}.${value}`) }))}
        value={texts[field.key] || null}
        onChange={(value) => set(value ?? '')}
        clearable
      />
    );
  }
  return (
    <TextInput
      {...common}
      value={texts[field.key]}
      onChange={(event) => set(event.currentTarget.value)}
      error={errors[field.key] && t(`rights.whatIf.${errors[field.key]}`)}
      dir="ltr"
      className="ltr-input"
      inputMode="decimal"
    />
  );
}

function Fields({ fields, ...props }: { fields: Field[] } & Omit<Props, 'onReset'>) {
  return (
    <Grid gap="sm">
      {fields.map((field) => (
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }} key={field.key}>
          <FieldInput field={field} {...props} />
        </Grid.Col>
      ))}
    </Grid>
  );
}

export function WhatIfForm({ onReset, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-yellow-0)" component="section" aria-labelledby="what-if-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="what-if-title">
            {t('rights.whatIf.title')}
          </Title>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={onReset}
            disabled={props.changed.size === 0}
          >
            {t('rights.whatIf.reset')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('rights.whatIf.intro')}
        </Text>
        <Fields fields={STORED} {...props} />
        <Title order={4} size="h5">
          {t('rights.whatIf.extraTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rights.whatIf.extraIntro')}
        </Text>
        <Fields fields={EXTRA} {...props} />
      </Stack>
    </Paper>
  );
}
