// The preparation checklist inside the committee form: what to bring, each ticked when ready and
// optionally tied to a document of the file.
import { Checkbox, Grid, Stack } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../../forms/FormSelect';
import { FormTextField } from '../../forms/FormTextField';
import type { CommitteeFormValues } from './committeeValues';
import { AddRow, RemoveRow } from './RowButtons';

export function ChecklistField({
  form,
  documents,
}: {
  form: UseFormReturn<CommitteeFormValues>;
  documents: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'checklist' });
  return (
    <Stack gap="xs" data-testid="committee-checklist">
      {fields.map((row, index) => {
        const n = index + 1;
        return (
          <Grid key={row.id} align="flex-end" gap="xs">
            <Grid.Col span={1}>
              <Checkbox
                mb={8}
                aria-label={t('committees.checklist.done', { n })}
                {...form.register(`checklist.${index}.done`)}
              />
            </Grid.Col>
            <Grid.Col span={5}>
              <FormTextField
                form={form}
                name={`checklist.${index}.label`}
                label={t('committees.checklist.item', { n })}
                required
              />
            </Grid.Col>
            <Grid.Col span={5}>
              <FormSelect
                form={form}
                name={`checklist.${index}.documentId`}
                label={t('committees.checklist.document', { n })}
                placeholder={t('committees.none')}
                data={documents}
                searchable
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <RemoveRow label={t('committees.checklist.remove', { n })} onRemove={() => remove(index)} />
            </Grid.Col>
          </Grid>
        );
      })}
      <AddRow label={t('committees.checklist.add')} onAdd={() => append({ label: '', done: false, documentId: '' })} />
    </Stack>
  );
}
