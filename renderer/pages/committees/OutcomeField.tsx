// The committee's outcome per impairment: section (type-ahead over the list of impairment items, or as
// typed), description, percent, until when a temporary one holds, and the percent the office claims
// for it on appeal (the claim page's appeal estimate compares the two).
import { Checkbox, Grid, Stack, Text } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../forms/FormTextField';
import { ImpairmentSectionField } from '../../forms/ImpairmentSectionField';
import type { CommitteeFormValues } from './committeeValues';
import { AddRow, RemoveRow } from './RowButtons';

export function OutcomeField({ form }: { form: UseFormReturn<CommitteeFormValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'outcome' });
  return (
    <Stack gap="xs" data-testid="committee-outcome">
      {fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('committees.outcome.empty')}
        </Text>
      )}
      {fields.map((row, index) => {
        const n = index + 1;
        return (
          <Grid key={row.id} align="flex-end" gap="xs">
            <Grid.Col span={2}>
              <ImpairmentSectionField
                form={form}
                name={`outcome.${index}.section`}
                descriptionName={`outcome.${index}.description`}
                label={t('committees.outcome.section', { n })}
                required
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <FormTextField
                form={form}
                name={`outcome.${index}.description`}
                label={t('committees.outcome.description', { n })}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <FormTextField
                form={form}
                name={`outcome.${index}.percent`}
                label={t('committees.outcome.percent', { n })}
                required
                ltr
                inputMode="numeric"
                rightSection="%"
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <FormTextField
                form={form}
                name={`outcome.${index}.claimedPercent`}
                label={t('committees.outcome.claimedPercent', { n })}
                ltr
                inputMode="numeric"
                rightSection="%"
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <Checkbox
                mb={8}
                label={t('committees.outcome.temporary')}
                {...form.register(`outcome.${index}.isTemporary`)}
              />
            </Grid.Col>
            <Grid.Col span={2}>
              <FormTextField
                form={form}
                name={`outcome.${index}.until`}
                label={t('committees.outcome.until', { n })}
                placeholder={t('committees.fields.datePlaceholder')}
                ltr
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <RemoveRow label={t('committees.outcome.remove', { n })} onRemove={() => remove(index)} />
            </Grid.Col>
          </Grid>
        );
      })}
      <AddRow
        label={t('committees.outcome.add')}
        onAdd={() =>
          append({ section: '', description: '', percent: '', isTemporary: false, until: '', claimedPercent: '' })
        }
      />
    </Stack>
  );
}
